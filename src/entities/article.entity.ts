import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { Place } from './place.entity';

/** One news article: the clean story and where it came from. */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article: its headline, clean story text, where and when it was published, and everything extracted from it.' })
@Entity('article')
export class Article {
  /** Row id; the API shows it as a global id (Node.id). */
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Field(() => String, { nullable: true, description: 'The address the article was published at, as it was given when ingested. Unique in its normal form (host case, fragment, utm_* parameters and a trailing slash do not matter).' })
  @Index('idx_article_url', { unique: true })
  @Column('varchar', { nullable: true })
  url!: string | null;

  /** The url's normal form (ingest/input-checks normalizeUrl): what duplicates and lookups match on. */
  @Index('idx_article_url_key', { unique: true })
  @Column('varchar', { nullable: true })
  urlKey!: string | null;

  @Field(() => String, { description: 'SHA-256 of the normalized headline and story; two ingests of the same story share it.' })
  @Index('idx_article_content_hash', { unique: true })
  @Column('varchar')
  contentHash!: string;

  @Field(() => String, { description: 'The headline.' })
  @Column('text')
  headline!: string;

  @Field(() => String, { description: 'The story text, cleaned of menus, share buttons and footers. Quote offsets point into it.' })
  @Column('text')
  body!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the article was published, with the offset it was published in.' })
  @Column('varchar', { nullable: true })
  publishedAt!: string | null;

  /** publishedAt as epoch milliseconds, for ordering and range filters. */
  @Index('idx_article_published_ts')
  @Column('integer', { nullable: true })
  publishedTs!: number | null;

  @Field(() => String, { nullable: true, description: 'The outlet or news agency, e.g. "Reuters".' })
  @Index('idx_article_source')
  @Column('varchar', { nullable: true })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'The section the outlet filed it under, e.g. "Society".' })
  @Column('varchar', { nullable: true })
  section!: string | null;

  @Field(() => String, { nullable: true, description: 'The dateline as written at the start of the story, e.g. "Minsk".' })
  @Column('varchar', { nullable: true })
  dateline!: string | null;

  @Column('integer', { nullable: true })
  datelinePlaceId!: number | null;

  @ManyToOne(() => Place, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'datelinePlaceId' })
  datelinePlace?: Place;

  @Field(() => String, { description: 'ISO 639-1 language code of the story, e.g. "en".' })
  @Column('varchar', { default: 'en' })
  language!: string;

  @Field(() => DateTimeScalar, { description: 'When Newsgraph ingested the article (UTC).' })
  @Column('varchar')
  ingestedAt!: string;
}
