import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statements: one row per thing a person said, whichever articles reported it; each quote points
 * at its statement. Quotes stored before this migration get theirs from `npm run reextract`.
 */
export class Statements1764600000000 implements MigrationInterface {
  name = 'Statements1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "text" text NOT NULL, "textKey" varchar, "speakerId" integer NOT NULL)');
    await queryRunner.query('CREATE UNIQUE INDEX "idx_statement_key" ON "statement" ("speakerId", "textKey") ');
    await addStatementColumn(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropStatementColumn(queryRunner);
    await queryRunner.query('DROP INDEX "idx_statement_key"');
    await queryRunner.query('DROP TABLE "statement"');
  }
}

/** quote.statementId and its index (the same SQL on both dialects). */
export async function addStatementColumn(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('ALTER TABLE "quote" ADD COLUMN "statementId" integer');
  await queryRunner.query('CREATE INDEX "idx_quote_statement" ON "quote" ("statementId") ');
}

export async function dropStatementColumn(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('DROP INDEX "idx_quote_statement"');
  await queryRunner.query('ALTER TABLE "quote" DROP COLUMN "statementId"');
}
