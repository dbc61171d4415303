import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EntityType } from './enums';

/** A merged entity's old id and the id that survived it: `person(id: old)` answers the survivor. */
@Entity('entity_redirect')
export class EntityRedirect {
  @PrimaryColumn('varchar')
  entityType!: EntityType;

  @PrimaryColumn('integer')
  fromId!: number;

  @Column('integer')
  toId!: number;

  /** The correction that merged it. */
  @Column('integer')
  correctionId!: number;
}
