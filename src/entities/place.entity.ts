import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PlaceKind } from './enums';

/** A country, region or city that articles mention or are datelined from. */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A country, region or city that articles mention, are datelined from, or where events take place.' })
@Entity('place')
export class Place {
  /** Row id; the API shows it as a global id (Node.id). */
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Field(() => String, { description: 'The place\'s name, e.g. "Minsk".' })
  @Column('varchar')
  name!: string;

  /** Folded lookup key of the name (see text/fold). */
  @Index('idx_place_name_key', { unique: true })
  @Column('varchar')
  nameKey!: string;

  @Field(() => PlaceKind, { description: 'Whether this is a country, a region or a city.' })
  @Column('varchar', { default: PlaceKind.OTHER })
  kind!: PlaceKind;
}
