import { MigrationInterface, QueryRunner } from 'typeorm';

/** The key-value bookkeeping table on PostgreSQL (the SQLite one is ../1764700000000-meta.ts). */
export class PostgresMeta1764700000000 implements MigrationInterface {
  name = 'Meta1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "meta" ("key" character varying NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_7f87cee620b4cb5946a0d9595d4" PRIMARY KEY ("key"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "meta"');
  }
}
