import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationKind } from './enums';

/** A ministry, academy, company, agency, party or other body. */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A ministry, academy, company, agency, party, international body or other organization named in articles.' })
@Entity('organization')
export class Organization {
  /** Row id; the API shows it as a global id (Node.id). */
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Field(() => String, { description: 'The organization\'s full name, e.g. "National Academy of Sciences".' })
  @Column('varchar')
  name!: string;

  /** Folded lookup key of the name. */
  @Index('idx_organization_name_key')
  @Column('varchar')
  nameKey!: string;

  @Field(() => String, { nullable: true, description: 'Its acronym when articles use one, e.g. "NAS".' })
  @Column('varchar', { nullable: true })
  acronym!: string | null;

  @Field(() => OrganizationKind, { description: 'What sort of body it is.' })
  @Column('varchar', { default: OrganizationKind.OTHER })
  kind!: OrganizationKind;
}
