import { MigrationInterface, QueryRunner } from 'typeorm';
import { addStatementColumn, dropStatementColumn } from '../1764600000000-statements';

/** Statements on PostgreSQL (the SQLite one is ../1764600000000-statements.ts: AUTOINCREMENT there, SERIAL here). */
export class PostgresStatements1764600000000 implements MigrationInterface {
  name = 'Statements1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "statement" ("id" SERIAL NOT NULL, "text" text NOT NULL, "textKey" character varying, "speakerId" integer NOT NULL, CONSTRAINT "PK_d2ef88cb44b99f3332a1eebb96f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_statement_key" ON "statement" ("speakerId", "textKey")`);
    await addStatementColumn(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropStatementColumn(queryRunner);
    await queryRunner.query('DROP INDEX "idx_statement_key"');
    await queryRunner.query('DROP TABLE "statement"');
  }
}
