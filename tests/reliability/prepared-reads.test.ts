import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { rmSync } from 'node:fs';
import type { Database } from '../../src/data-source';
import { openTestDatabase } from '../helpers/test-server';

// The SQLite read pool keeps each read's statement prepared on its connection once it has run
// there (src/db/read-pool.ts). What a cached statement must still do: see every committed write,
// take new parameters, and report errors without being kept.
let db: Database;
let dir: string;
before(async () => { ({ db, dir } = await openTestDatabase()); });
after(async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); });

test('a repeated read (prepared after its first run) sees rows written since, with its own parameters', async (t) => {
  if (db.postgresUrl) return t.skip('the SQLite read pool only (PostgreSQL prepares in pg)');
  const sql = 'SELECT name FROM person WHERE nameKey = ? ORDER BY id';
  const names = async (key: string) => (await db.reader.query(sql, [key])).map((r: { name: string }) => r.name);
  for (let i = 0; i < 6; i++) assert.deepEqual(await names('ida brenn'), []); // every pool connection has run (and prepared) it
  await db.writer.query("INSERT INTO person (name, nameKey) VALUES ('Ida Brenn', 'ida brenn'), ('Ivo Dahl', 'ivo dahl')");
  for (let i = 0; i < 6; i++) {
    assert.deepEqual(await names('ida brenn'), ['Ida Brenn']);
    assert.deepEqual(await names('ivo dahl'), ['Ivo Dahl']);
  }
  const cached = [...(db.readPool as unknown as { statements: Map<unknown, Map<string, unknown>> }).statements.values()];
  assert.ok(cached.some((c) => c.has(sql)), 'the read is kept prepared on at least one connection');
});

test('a read that fails gives its error every time and is not kept prepared', async (t) => {
  if (db.postgresUrl) return t.skip('the SQLite read pool only (PostgreSQL prepares in pg)');
  const bad = 'SELECT nothing_here FROM person WHERE id = ?';
  for (let i = 0; i < 5; i++) await assert.rejects(db.reader.query(bad, [1]), /no such column: nothing_here/);
  const cached = [...(db.readPool as unknown as { statements: Map<unknown, Map<string, unknown>> }).statements.values()];
  assert.ok(cached.every((c) => !c.has(bad)));
});
