import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person named in articles; offices held are in PersonRole. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person named in articles: officials, experts, anyone quoted or mentioned.' })
@Entity('person')
export class Person {
  @Field(() => ID, { description: 'Stable identifier of the person.' })
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
