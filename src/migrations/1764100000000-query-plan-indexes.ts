import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found by the benchmarks (tests/bench) with EXPLAIN QUERY PLAN:
 * - alias (entityType, key, entityId) replaces (entityType, key): the name lookup
 *   `WHERE entityType = ? AND key = ? ORDER BY entityId` was planned as a scan of every alias of the
 *   type (to get entityId order); now it is one covering range.
 * - quote (speakerId, publishedTs, articleId, startOffset) replaces (speakerId, publishedTs): a
 *   speaker's quote page sorts on index entries alone, without reading each quote row.
 */
export class QueryPlanIndexes1764100000000 implements MigrationInterface {
  name = 'QueryPlanIndexes1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_alias_lookup"');
    await queryRunner.query('CREATE INDEX "idx_alias_lookup_entity" ON "alias" ("entityType", "key", "entityId") ');
    await queryRunner.query('DROP INDEX "idx_quote_speaker_published"');
    await queryRunner.query('CREATE INDEX "idx_quote_speaker_order" ON "quote" ("speakerId", "publishedTs", "articleId", "startOffset") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_quote_speaker_order"');
    await queryRunner.query('CREATE INDEX "idx_quote_speaker_published" ON "quote" ("speakerId", "publishedTs") ');
    await queryRunner.query('DROP INDEX "idx_alias_lookup_entity"');
    await queryRunner.query('CREATE INDEX "idx_alias_lookup" ON "alias" ("entityType", "key") ');
  }
}
