import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { CorrectionAction, EntityType } from './enums';

/** One human correction of the graph, with who made it, when, what it changed and the state before. */
@ObjectType({ simpleResolvers: true, description: 'A human correction of the graph (a merge, a rename, a reassigned quote, a detached alias), audited.' })
@Entity('correction')
export class Correction {
  @Field(() => ID, { description: 'Stable id; corrections are listed in the order they were made.' })
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Field(() => CorrectionAction, { description: 'What kind of correction.' })
  @Column('varchar')
  action!: CorrectionAction;

  @Field(() => String, { description: 'Who made it: the name of the API key the request carried.' })
  @Column('varchar')
  who!: string;

  @Field(() => DateTimeScalar, { description: 'When it was made (UTC).' })
  @Index('idx_correction_at')
  @Column('varchar')
  at!: string;

  @Field(() => EntityType, { nullable: true, description: 'The kind of entity corrected (null for a quote).' })
  @Column('varchar', { nullable: true })
  entityType!: EntityType | null;

  /** Row id of what was corrected; the API shows its global id (CorrectionResolver.targetId). */
  @Column('integer')
  targetId!: number;

  @Field(() => String, { description: 'What was asked, as JSON, e.g. {"keep":"3","merge":["7"]}.' })
  @Column('text')
  what!: string;

  @Field(() => String, { description: 'The state before, as JSON: every row the correction changed or removed, as it was.' })
  @Column('text')
  before!: string;
}
