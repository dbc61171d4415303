import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Human corrections: the audit table (who, when, what, state before) and the redirects that keep
 * a merged entity's old id answering with the survivor.
 */
export class Corrections1764400000000 implements MigrationInterface {
  name = 'Corrections1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "correction" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "action" varchar NOT NULL, "who" varchar NOT NULL, "at" varchar NOT NULL, "entityType" varchar, "targetId" integer NOT NULL, "what" text NOT NULL, "before" text NOT NULL)');
    await queryRunner.query('CREATE INDEX "idx_correction_at" ON "correction" ("at") ');
    await queryRunner.query('CREATE TABLE "entity_redirect" ("entityType" varchar NOT NULL, "fromId" integer NOT NULL, "toId" integer NOT NULL, "correctionId" integer NOT NULL, PRIMARY KEY ("entityType", "fromId"))');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "entity_redirect"');
    await queryRunner.query('DROP INDEX "idx_correction_at"');
    await queryRunner.query('DROP TABLE "correction"');
  }
}
