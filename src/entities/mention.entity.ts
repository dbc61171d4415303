import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Article } from './article.entity';
import { EntityType } from './enums';

/** That an article mentions an entity, how often, and where first. */
@ObjectType({ simpleResolvers: true, description: 'That an article names a person, organization, place or event: how often, and where first.' })
@Entity('mention')
@Index('idx_mention_unique', ['articleId', 'entityType', 'entityId'], { unique: true })
@Index('idx_mention_entity', ['entityType', 'entityId', 'publishedTs'])
export class Mention {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column('integer')
  articleId!: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: Article;

  @Field(() => EntityType, { description: 'What kind of thing is named.' })
  @Column('varchar')
  entityType!: EntityType;

  @Column('integer')
  entityId!: number;

  @Field(() => Int, { description: 'How many times the article names it (under any of its names).' })
  @Column('integer')
  count!: number;

  @Field(() => Int, { description: 'Offset in the article body of its first mention.' })
  @Column('integer')
  firstOffset!: number;

  /** The article's publishedAt in epoch ms, so "articles mentioning X" sorts from the index. */
  @Column('integer', { nullable: true })
  publishedTs!: number | null;
}
