import { MigrationInterface, QueryRunner } from 'typeorm';

/** A key-value table for the service's own bookkeeping (first use: where `npm run reextract` got to). */
export class Meta1764700000000 implements MigrationInterface {
  name = 'Meta1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "meta" ("key" varchar PRIMARY KEY NOT NULL, "value" text NOT NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "meta"');
  }
}
