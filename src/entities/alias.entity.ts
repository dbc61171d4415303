import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AliasReason, EntityType } from './enums';

/** A name an entity goes by, with the reason it was attached (so every merge is explainable). */
@ObjectType({ simpleResolvers: true, description: 'A name an entity goes by, and why Newsgraph took it to mean that entity.' })
@Entity('alias')
@Index('idx_alias_unique', ['entityType', 'entityId', 'key'], { unique: true })
@Index('idx_alias_lookup_entity', ['entityType', 'key', 'entityId'])
export class Alias {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column('varchar')
  entityType!: EntityType;

  @Column('integer')
  entityId!: number;

  @Field(() => String, { description: 'The name as first seen, e.g. "NASB" or "Chizhik".' })
  @Column('varchar')
  name!: string;

  /** Folded lookup key (text/fold.nameKey). */
  @Column('varchar')
  key!: string;

  @Field(() => AliasReason, { description: 'Why the name was attached: acronym, short form, surname, variant spelling...' })
  @Column('varchar')
  reason!: AliasReason;

  /** The article the name was first seen in. */
  @Column('integer', { nullable: true })
  articleId!: number | null;
}
