import type { Logger, QueryRunner } from 'typeorm';

/**
 * A TypeORM logger that counts SQL statements. Shared by every request of one DataSource;
 * tests and benchmarks read `count` before and after an operation to get its statements.
 */
export class SqlCounter implements Logger {
  count = 0;
  /** The last statements, newest last (bounded), for debugging a count that grew. */
  readonly recent: string[] = [];

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
    if (this.recent.length >= 50) this.recent.shift();
    this.recent.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /** Reset the count and the recent list. */
  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }
}
