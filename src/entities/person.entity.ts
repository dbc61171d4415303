import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person named in articles; offices held are in PersonRole. */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person named in articles: officials, experts, anyone quoted or mentioned.' })
@Entity('person')
export class Person {
  /** Row id; the API shows it as a global id (Node.id). */
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Field(() => String, { description: 'The person\'s canonical (fullest) name, e.g. "Anna Kovac".' })
  @Column('varchar')
  name!: string;

  /** Folded lookup key of the canonical name. */
  @Index('idx_person_name_key')
  @Column('varchar')
  nameKey!: string;
}
