import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventKind } from './enums';
import { Place } from './place.entity';

/** A named event: a forum, summit, visit, election, anniversary... */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A named event that articles report: a forum, summit, meeting, visit, election, anniversary and so on.' })
@Entity('event')
export class Event {
  /** Row id; the API shows it as a global id (Node.id). */
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Field(() => String, { description: 'The event\'s name, e.g. "Northern Trade Forum".' })
  @Column('varchar')
  name!: string;

  /** Folded lookup key of the name. */
  @Index('idx_event_name_key')
  @Column('varchar')
  nameKey!: string;

  @Field(() => EventKind, { description: 'What sort of event it is.' })
  @Column('varchar', { default: EventKind.OTHER })
  kind!: EventKind;

  @Field(() => String, { nullable: true, description: 'First day of the event, YYYY-MM-DD, when known.' })
  @Index('idx_event_start_date')
  @Column('varchar', { nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the event, YYYY-MM-DD, when known.' })
  @Column('varchar', { nullable: true })
  endDate!: string | null;

  @Index('idx_event_place')
  @Column('integer', { nullable: true })
  placeId!: number | null;

  @ManyToOne(() => Place, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'placeId' })
  place?: Place;
}
