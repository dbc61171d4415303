import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './node.interface';

/**
 * One thing a person said, however many articles reported it: the quotes of one speaker whose
 * words fold to the same key (ingest/statements.ts) are its reports. speaker, reports and
 * firstReported are resolved (StatementResolver).
 */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'Something a person said, once, with every article that reported it (syndicated wire copy, the same words in several outlets).' })
@Entity('statement')
@Index('idx_statement_key', ['speakerId', 'textKey'], { unique: true })
export class Statement {
  /** Row id; the API shows it as a global id (Node.id). */
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Field(() => String, { description: 'The words, as the first report stored gave them.' })
  @Column('text')
  text!: string;

  /** The words folded (case, punctuation, quote marks, white space); null for a quote too short to match across articles. */
  @Column('varchar', { nullable: true })
  textKey!: string | null;

  @Column('integer')
  speakerId!: number;
}
