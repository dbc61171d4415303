import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Article } from './article.entity';
import { AttributionMethod, QuoteKind } from './enums';
import { Event } from './event.entity';
import { Person } from './person.entity';
import { PersonRole } from './person-role.entity';

/** Something a person said, as an article reported it. */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'Something said, as an article reported it: the words, who said them (when known), in what role, where, and how sure the attribution is.' })
@Entity('quote')
@Index('idx_quote_speaker_order', ['speakerId', 'publishedTs', 'articleId', 'startOffset'])
@Index('idx_quote_published', ['publishedTs'])
export class Quote {
  /** Row id; the API shows it as a global id (Node.id). */
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Field(() => QuoteKind, { description: 'DIRECT for words in quote marks, INDIRECT for reported speech.' })
  @Column('varchar')
  kind!: QuoteKind;

  @Field(() => String, { description: 'The quoted words (without the quote marks), or the reported clause for INDIRECT quotes.' })
  @Column('text')
  text!: string;

  @Index('idx_quote_article')
  @Column('integer')
  articleId!: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: Article;

  @Column('integer', { nullable: true })
  speakerId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'speakerId' })
  speaker?: Person;

  @Column('integer', { nullable: true })
  speakerRoleId!: number | null;

  @ManyToOne(() => PersonRole, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'speakerRoleId' })
  speakerRole?: PersonRole;

  @Field(() => String, { nullable: true, description: 'The words that named the speaker in the article, e.g. "he" or "the minister".' })
  @Column('varchar', { nullable: true })
  speakerText!: string | null;

  @Index('idx_quote_event')
  @Column('integer', { nullable: true })
  eventId!: number | null;

  @ManyToOne(() => Event, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'eventId' })
  event?: Event;

  @Field(() => Int, { description: 'Offset of the first character of the quote in the article body.' })
  @Column('integer')
  startOffset!: number;

  @Field(() => Int, { description: 'Offset just past the last character of the quote in the article body.' })
  @Column('integer')
  endOffset!: number;

  @Column('integer')
  sentenceStart!: number;

  @Column('integer')
  sentenceEnd!: number;

  @Field(() => String, { nullable: true, description: 'The verb that introduced the quote, as written: "said", "concluded", "told".' })
  @Column('varchar', { nullable: true })
  cueVerb!: string | null;

  @Field(() => AttributionMethod, { description: 'How the speaker was identified.' })
  @Column('varchar')
  attribution!: AttributionMethod;

  @Field(() => Float, { description: 'How sure the attribution is, from 0 to 1.' })
  @Column('real')
  confidence!: number;

  /** The statement this quote reports (ingest/statements.ts); null when the speaker is unknown. */
  @Index('idx_quote_statement')
  @Column('integer', { nullable: true })
  statementId!: number | null;

  /** The article's publishedAt in epoch ms, copied here so quote lists sort without a join. */
  @Column('integer', { nullable: true })
  publishedTs!: number | null;
}
