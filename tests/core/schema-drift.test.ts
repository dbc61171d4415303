import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Database } from '../../src/data-source';
import { migrations, postgresMigrations } from '../../src/migrations';
import { printSubgraphSdl } from '../../src/federation/subgraph-schema';
import { buildAppSchema } from '../../src/schema';
import { repoRoot } from '../helpers/paths';
import { testPostgresUrl } from '../helpers/test-postgres';
import { openTestDatabase } from '../helpers/test-server';

describe('committed artifacts follow the code', () => {
  test('schema.graphql is the SDL the code builds (run `npm run schema` after changing the schema)', async () => {
    const committed = readFileSync(join(repoRoot, 'schema.graphql'), 'utf8');
    const built = printSubgraphSdl(await buildAppSchema());
    assert.equal(committed, built, 'schema.graphql differs from the schema built from src/: run `npm run schema` and commit it');
  });

  describe('migrations', () => {
    let db: Database;
    before(async () => { db = (await openTestDatabase()).db; });
    after(() => db.close());

    test('create exactly the schema the entities describe (TypeORM finds nothing to change)', async () => {
      const pending = await db.writer.driver.createSchemaBuilder().log();
      // On PostgreSQL the epoch-millisecond columns are bigint where the entities say integer
      // (SQLite's INTEGER is 64-bit); that one widening (the columns and the indexes over them,
      // which TypeORM would rebuild) is the only difference allowed.
      const widened = (q: string) => db.dialect === 'postgres'
        && /"publishedTs"|"idx_(article_published_ts|mention_entity|quote_speaker_order|quote_published)"/.test(q);
      assert.deepEqual(pending.upQueries.map((q) => q.query).filter((q) => !widened(q)), []);
    });

    test('are one history on both dialects: PostgreSQL runs a migration of the same name for each SQLite one, in order', async () => {
      const names = (list: (new () => { name?: string })[]) => list.map((M) => new M().name);
      assert.deepEqual(names(postgresMigrations), names(migrations));
      const ran: { name: string }[] = await db.writer.query('SELECT name FROM migrations ORDER BY id');
      assert.deepEqual(ran.map((r) => r.name), names(migrations));
    });

    test('open the file in WAL mode with foreign keys on', { skip: testPostgresUrl ? 'SQLite only' : false }, async () => {
      const [{ journal_mode: mode }] = await db.writer.query('PRAGMA journal_mode');
      const [{ foreign_keys: fk }] = await db.writer.query('PRAGMA foreign_keys');
      assert.deepEqual([mode, fk], ['wal', 1]);
    });
  });
});
