import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Event } from './event.entity';
import { Organization } from './organization.entity';
import { Person } from './person.entity';

/** A person or an organization taking part in an event (exactly one of the two is set). */
@Entity('event_participant')
@Index('idx_event_participant_unique', ['eventId', 'personId', 'organizationId'], { unique: true })
export class EventParticipant {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column('integer')
  eventId!: number;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: Event;

  @Index('idx_event_participant_person')
  @Column('integer', { nullable: true })
  personId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'personId' })
  person?: Person;

  @Index('idx_event_participant_organization')
  @Column('integer', { nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;
}
