import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';
import { wireArticle } from './fixtures/wire-articles';
import { INGEST } from './helpers';

const DURATION_MS = 8_000;
const READERS = 8;
const MAX_WRITES = 400;
const READS = [
  '{ quotes(first: 20) { totalCount edges { node { text speaker { name roles { title organization { name } } } article { headline } } } } }',
  '{ articles(first: 10) { totalCount edges { node { headline people { edges { node { name } } } } } } }',
  '{ search(query: "harbour minister", first: 10) { totalCount edges { node { kind title snippet } } } }',
  '{ people(first: 20) { totalCount edges { node { name quotes(first: 2) { totalCount } } } } }',
];

interface Tally { requests: number; failures: string[]; latencies: number[] }

/** Send requests in a loop until `deadline` (or `max` requests), recording latency and any error. */
async function loop(tally: Tally, deadline: number, max: number, next: (i: number) => Promise<{ status: number; body: any }>) {
  for (let i = 0; i < max && Date.now() < deadline; i += 1) {
    const started = performance.now();
    try {
      const res = await next(i);
      if (res.status >= 500 || res.body.errors) tally.failures.push(`${res.status} ${JSON.stringify(res.body.errors)}`);
    } catch (err) {
      tally.failures.push(`request failed: ${(err as Error).message}`);
    }
    tally.latencies.push(performance.now() - started);
    tally.requests += 1;
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

describe('load: concurrent readers at full speed and a writer', () => {
  let server: TestServer;
  before(async () => { server = await startTestServer(); });
  after(() => server.close());

  test(`${READERS} readers and one writer for ${DURATION_MS / 1000} s: no 5xx, no error, every write counted`, { timeout: 60_000 }, async () => {
    const reads: Tally = { requests: 0, failures: [], latencies: [] };
    const writes: Tally = { requests: 0, failures: [], latencies: [] };
    let added = 0;
    const deadline = Date.now() + DURATION_MS;
    await Promise.all([
      ...Array.from({ length: READERS }, (_, r) => loop(reads, deadline, 100_000, (i) => gql(server.url, READS[(r + i) % READS.length]))),
      loop(writes, deadline, MAX_WRITES, async (i) => {
        const res = await gql(server.url, INGEST, { input: wireArticle(i, 23) }, authHeader);
        if (res.body.data?.ingestArticle?.status === 'NEW') added += 1;
        return res;
      }),
    ]);
    for (const [name, t] of [['reads', reads], ['writes', writes]] as const) {
      const sorted = [...t.latencies].sort((a, b) => a - b);
      console.log(`load ${name}: ${t.requests} requests, ${t.failures.length} errors, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, ${(t.requests / (DURATION_MS / 1000)).toFixed(0)}/s`);
    }
    assert.deepEqual(reads.failures.slice(0, 5), []);
    assert.deepEqual(writes.failures.slice(0, 5), []);
    assert.equal(added, writes.requests, 'every article written was new');
    const [{ n }] = await server.db.reader.query('SELECT COUNT(*) AS n FROM article');
    assert.equal(Number(n), added);
    const res = await gql(server.url, '{ articles { totalCount } }');
    assert.equal(res.body.data.articles.totalCount, added);
  });
});
