import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small named facts the service keeps about itself, e.g. how far a re-extraction got (ingest/reextract.ts). */
@Entity('meta')
export class Meta {
  @PrimaryColumn('varchar')
  key!: string;

  @Column('text')
  value!: string;
}
