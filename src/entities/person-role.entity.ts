import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Article } from './article.entity';
import { Organization } from './organization.entity';
import { Person } from './person.entity';

/** An office a person held as one article reported it. */
@ObjectType({ simpleResolvers: true, implements: Node, description: 'An office a person held, as an article reported it: a title, usually at an organization, as of the article\'s date.' })
@Entity('person_role')
@Index('idx_person_role_unique', ['personId', 'title', 'organizationId', 'articleId'], { unique: true })
@Index('idx_person_role_distinct', ['personId', 'title', 'organizationId', 'asOf'])
export class PersonRole {
  /** Row id; the API shows it as a global id (Node.id). */
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Index('idx_person_role_person')
  @Column('integer')
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'personId' })
  person?: Person;

  @Field(() => String, { description: 'The title as reported, e.g. "First Deputy Chairman of the Presidium".' })
  @Column('varchar')
  title!: string;

  @Index('idx_person_role_organization')
  @Column('integer', { nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;

  @Field(() => String, { nullable: true, description: 'The date the role was reported as held (the article\'s publication date), YYYY-MM-DD.' })
  @Column('varchar', { nullable: true })
  asOf!: string | null;

  @Index('idx_person_role_article')
  @Column('integer')
  articleId!: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: Article;
}
