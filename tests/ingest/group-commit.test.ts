/**
 * Bulk ingest's group commit: articles ready together share one transaction, each in its own
 * savepoint (Database.writeEach), and the graph they build is the one that ingesting them one
 * transaction each builds. Real databases (SQLite file, or PostgreSQL under the PG suite).
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/data-source';
import { bulkIngest } from '../../src/ingest/bulk';
import { extract, storeArticle } from '../../src/ingest/ingest.service';
import { insertOne } from '../../src/ingest/sql';
import { writeCorpus } from '../bench/corpus/generate';
import { openTestDatabase } from '../helpers/test-server';

/** What the graph holds, independent of anything but the order articles were written in. */
async function graphOf(db: Database): Promise<Record<string, unknown[]>> {
  const q = (sql: string) => db.reader.query(sql);
  return {
    articles: await q('SELECT id, url, headline, "datelinePlaceId" FROM article ORDER BY id'),
    quotes: await q('SELECT q.id, q.text, q."speakerId", q."speakerRoleId", q."statementId", q."eventId" FROM quote q ORDER BY q.id'),
    people: await q('SELECT id, name FROM person ORDER BY id'),
    organizations: await q('SELECT id, name, acronym, kind FROM organization ORDER BY id'),
    places: await q('SELECT id, name FROM place ORDER BY id'),
    events: await q('SELECT id, name, "startDate", "endDate", "placeId" FROM event ORDER BY id'),
    aliases: await q('SELECT "entityType", "entityId", key, reason FROM alias ORDER BY "entityType", "entityId", key'),
    roles: await q('SELECT id, "personId", title, "organizationId" FROM person_role ORDER BY id'),
    mentions: await q('SELECT "articleId", "entityType", "entityId", count, "firstOffset" FROM mention ORDER BY "articleId", "entityType", "entityId"'),
    statements: await q('SELECT id, "speakerId", "textKey" FROM statement ORDER BY id'),
    participants: await q('SELECT "eventId", "personId", "organizationId" FROM event_participant ORDER BY 1, 2, 3'),
    search: await q('SELECT COUNT(*) AS n FROM search_index'),
  };
}

describe('group commit', () => {
  const opened: { db: Database; dir: string }[] = [];
  const open = async () => { const o = await openTestDatabase(); opened.push(o); return o; };
  after(async () => { for (const { db, dir } of opened) { await db.close(); rmSync(dir, { recursive: true, force: true }); } });

  test('writeEach: a work that fails is rolled back alone; the others commit, in one transaction', async () => {
    const { db } = await open();
    const place = (name: string) => async (m: Parameters<Parameters<Database['write']>[0]>[0]) => insertOne(m, 'place', { name, nameKey: name.toLowerCase() });
    const results = await db.writeEach([
      place('Orrin Bay'),
      async (m) => { await place('Half Written')(m); throw new Error('second work fails after its insert'); },
      place('Tessel Ford'),
    ]);
    assert.equal(typeof results[0], 'number');
    assert.ok(results[1] instanceof Error && /second work fails/.test(results[1].message), String(results[1]));
    assert.equal(typeof results[2], 'number');
    const names = (await db.reader.query('SELECT name FROM place ORDER BY id')).map((r: { name: string }) => r.name);
    assert.deepEqual(names, ['Orrin Bay', 'Tessel Ford']);
  });

  describe('bulk ingest against one transaction an article', () => {
    let grouped: Database;
    let single: Database;
    const batches: number[] = [];

    before(async () => {
      const a = await open();
      const b = await open();
      grouped = a.db;
      single = b.db;
      const corpus = await writeCorpus(join(a.dir, 'corpus-60.jsonl'), 60);
      const writeEach = grouped.writeEach.bind(grouped);
      grouped.writeEach = (works) => { batches.push(works.length); return writeEach(works); };
      // No workers: articles reach the writer in corpus order, so both databases see the same order.
      const summary = await bulkIngest(grouped, [corpus], { maxArticleBytes: 1_000_000 }, { workers: 0 });
      assert.equal(summary.added, 60, JSON.stringify(summary.failures.slice(0, 3)));
      for (const line of readFileSync(corpus, 'utf8').split('\n').filter(Boolean)) {
        const input = JSON.parse(line);
        await storeArticle(single, input, extract(input));
      }
    });

    test('articles that arrive while a transaction is written share the next one', () => {
      assert.equal(batches.reduce((s, n) => s + n, 0), 60);
      assert.ok(Math.max(...batches) > 1, `some transaction took several articles: ${batches}`);
      assert.ok(Math.max(...batches) <= 16, `no transaction took more than 16: ${batches}`);
    });

    test('build the same graph: entities, aliases, roles, quotes, statements, mentions and search entries', async () => {
      const [g, s] = [await graphOf(grouped), await graphOf(single)];
      assert.ok((s.quotes as unknown[]).length > 50 && (s.organizations as { acronym: string | null }[]).some((o) => o.acronym), 'the corpus has quotes and acronyms to compare');
      for (const key of Object.keys(s)) assert.deepEqual(g[key], s[key], key);
    });
  });
});
