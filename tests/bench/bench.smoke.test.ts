import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/data-source';
import { bulkIngest } from '../../src/ingest/bulk';
import { openTestDatabase } from '../helpers/test-server';
import { generateArticles, writeCorpus } from './corpus/generate';
import { BenchQuery, benchQueries } from './queries';
import { Verified, verifyVariants } from './verify';

describe('benchmark smoke run (50 generated articles)', () => {
  let db: Database;
  let dir: string;
  let queries: BenchQuery[];
  let verified: Verified;

  before(async () => {
    ({ db, dir } = await openTestDatabase());
    const corpus = await writeCorpus(join(dir, 'corpus-50.jsonl'), 50);
    const summary = await bulkIngest(db, [corpus], { maxArticleBytes: 1_000_000 });
    assert.equal(summary.added, 50, JSON.stringify(summary.failures.slice(0, 3)));
    queries = await benchQueries(db.reader);
    verified = await verifyVariants(db, queries);
  });
  after(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('generates the same corpus for the same seed and a different one for another seed', () => {
    const a = [...generateArticles(20, 7)];
    assert.deepEqual([...generateArticles(20, 7)], a);
    assert.notDeepEqual([...generateArticles(20, 8)], a);
    assert.equal(new Set(a.map((r) => r.url)).size, 20);
  });

  test('service, naive and ceiling answer every benchmark query with identical, non-empty bodies', () => {
    assert.deepEqual(queries.map((q) => q.name), ['Q1 first 20', 'Q1 first 50', 'Q2 article', 'Q3 search', 'Q4 events']);
    const b = verified.bodies;
    assert.ok(b['Q1 first 20'].service && (b['Q1 first 20'].service as any).data.quotes.edges.length > 0, 'Q1 found no quotes');
    assert.ok((b['Q2 article'].service as any).data.article.quotes.edges.length > 0, 'Q2 article has no quotes');
    assert.ok((b['Q3 search'].service as any).data.search.edges.length > 0, 'Q3 found nothing');
    assert.ok((b['Q4 events'].service as any).data.events.edges.length > 0, 'Q4 found no events');
  });

  test('runs as many SQL statements for Q1 at first 50 as at first 20, and far fewer than the naive variant', () => {
    const s = verified.statements;
    assert.equal(s['Q1 first 50'].service, s['Q1 first 20'].service);
    assert.ok(s['Q1 first 50'].naive > 3 * s['Q1 first 50'].service, JSON.stringify(s['Q1 first 50']));
  });
});
