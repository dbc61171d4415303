import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Article } from './article.entity';
import { EntityType } from './enums';

/** That an article mentions an entity, how often, and where first. */
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

  @Column('varchar')
  entityType!: EntityType;

  @Column('integer')
  entityId!: number;

  @Column('integer')
  count!: number;

  @Column('integer')
  firstOffset!: number;

  /** The article's publishedAt in epoch ms, so "articles mentioning X" sorts from the index. */
  @Column('integer', { nullable: true })
  publishedTs!: number | null;
}
