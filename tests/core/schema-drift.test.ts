import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Database } from '../../src/data-source';
import { printSubgraphSdl } from '../../src/federation/subgraph-schema';
import { buildAppSchema } from '../../src/schema';
import { repoRoot } from '../helpers/paths';
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
      assert.deepEqual(pending.upQueries.map((q) => q.query), []);
    });

    test('open the file in WAL mode with foreign keys on', async () => {
      const [{ journal_mode: mode }] = await db.writer.query('PRAGMA journal_mode');
      const [{ foreign_keys: fk }] = await db.writer.query('PRAGMA foreign_keys');
      assert.deepEqual([mode, fk], ['wal', 1]);
    });
  });
});
