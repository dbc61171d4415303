import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Human corrections on PostgreSQL (the SQLite one is ../1764400000000-corrections.ts, whose ids
 * are AUTOINCREMENT where these are SERIAL): the audit table and the redirects that keep a merged
 * entity's old id answering with the survivor.
 */
export class PostgresCorrections1764400000000 implements MigrationInterface {
  name = 'Corrections1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "correction" ("id" SERIAL NOT NULL, "action" character varying NOT NULL, "who" character varying NOT NULL, "at" character varying NOT NULL, "entityType" character varying, "targetId" integer NOT NULL, "what" text NOT NULL, "before" text NOT NULL, CONSTRAINT "PK_87d78e856994ebac898b898ad9a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_correction_at" ON "correction" ("at")`);
    await queryRunner.query(`CREATE TABLE "entity_redirect" ("entityType" character varying NOT NULL, "fromId" integer NOT NULL, "toId" integer NOT NULL, "correctionId" integer NOT NULL, CONSTRAINT "PK_f8b0fb607db003c50a4df0650aa" PRIMARY KEY ("entityType", "fromId"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "entity_redirect"');
    await queryRunner.query('DROP INDEX "idx_correction_at"');
    await queryRunner.query('DROP TABLE "correction"');
  }
}
