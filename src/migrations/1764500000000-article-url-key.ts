import { MigrationInterface, QueryRunner } from 'typeorm';
import { normalizeUrl, urlProblem } from '../ingest/input-checks';

/**
 * An article keeps its url as the publisher gave it, and matches on `urlKey`, the url's normal
 * form (host case, fragment, utm_* parameters, trailing slash): two forms of one address are one
 * article, and clients still read back the address they sent. Existing rows get their key; of
 * rows that share one, the oldest keeps it.
 */
export class ArticleUrlKey1764500000000 implements MigrationInterface {
  name = 'ArticleUrlKey1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "article" ADD COLUMN "urlKey" varchar');
    const rows: { id: number; url: string }[] = await queryRunner.query('SELECT "id", "url" FROM "article" WHERE "url" IS NOT NULL ORDER BY "id"');
    const taken = new Set<string>();
    const pg = queryRunner.connection.options.type === 'postgres';
    for (const r of rows) {
      const key = urlProblem(r.url) ? r.url : normalizeUrl(r.url);
      if (taken.has(key)) continue;
      taken.add(key);
      await queryRunner.query(pg ? 'UPDATE "article" SET "urlKey" = $1 WHERE "id" = $2' : 'UPDATE "article" SET "urlKey" = ? WHERE "id" = ?', [key, r.id]);
    }
    await queryRunner.query('CREATE UNIQUE INDEX "idx_article_url_key" ON "article" ("urlKey") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_article_url_key"');
    await queryRunner.query('ALTER TABLE "article" DROP COLUMN "urlKey"');
  }
}
