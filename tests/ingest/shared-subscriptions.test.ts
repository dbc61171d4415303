import assert from 'node:assert/strict';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/data-source';
import { createLogger } from '../../src/logger';
import { AppServer, createServer } from '../../src/server';
import { freshPostgresDatabase, testPostgresUrl } from '../helpers/test-postgres';
import { authHeader, gql, TEST_API_KEY } from '../helpers/test-server';

// graphql-ws ships its client as a package export; the type comes from its dist file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createClient } = require('graphql-ws') as typeof import('graphql-ws/dist/index');

const INDEX = join(__dirname, '..', '..', 'src', 'index.js');
const CLI = join(__dirname, '..', '..', 'src', 'cli', 'ingest.js');
const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const story = (headline: string, place: string) => `${headline}\n\nVELMORA, 4 March (Norland Wire) - The council said on Tuesday that the ${place} will open every day.`;

/** Wait (at most `ms`) until `check` holds. */
async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await sleep(20);
}

/** Subscribe to every new article's headline; resolves once the server has had time to register it. */
async function hearHeadlines(url: string, into: string[]): Promise<() => Promise<void>> {
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false });
  client.subscribe({ query: 'subscription { articleAdded { headline } }' }, {
    next: (v) => into.push((v as any).data?.articleAdded?.headline ?? JSON.stringify(v)), error: (e) => into.push(String(e)), complete: () => undefined,
  });
  await sleep(200);
  return () => client.dispose() as Promise<void>;
}

/**
 * Live updates across instances on one PostgreSQL database (LISTEN/NOTIFY): two servers in this
 * process (one bus between them) and a third instance in a child process, as a deployment runs it.
 */
describe('subscriptions across instances sharing one PostgreSQL database', { skip: testPostgresUrl ? false : 'needs TEST_DATABASE_URL' }, () => {
  const local: { db: Database; server: AppServer; url: string }[] = [];
  let child: ChildProcess;
  let childUrl: string;
  let dir: string;
  let fresh: { url: string; drop(): Promise<void> };
  const heard: Record<'local0' | 'local1' | 'child', string[]> = { local0: [], local1: [], child: [] };
  const stops: (() => Promise<void>)[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-notify-'));
    fresh = await freshPostgresDatabase();
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', API_KEYS: TEST_API_KEY, DATABASE_URL: fresh.url, DATABASE_POOL_SIZE: '3' });
    for (let k = 0; k < 2; k += 1) {
      const db = await Database.open({ databasePath: '/nonexistent/never.sqlite', url: fresh.url, poolSize: 3 });
      const server = await createServer(config, db, createLogger('silent'));
      local.push({ db, server, url: await server.listen() });
    }
    const lines: string[] = [];
    child = spawn(process.execPath, [INDEX], {
      cwd: dir, // no .env here
      env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', LOAD_SAMPLE_DATA: 'false', API_KEYS: TEST_API_KEY, DATABASE_URL: fresh.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    child.stderr!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    await waitFor(() => lines.some((l) => /Newsgraph ready at/.test(l)), 45_000);
    const ready = lines.find((l) => /Newsgraph ready at/.test(l));
    assert.ok(ready, lines.join('\n'));
    childUrl = JSON.parse(ready).url;
    stops.push(await hearHeadlines(local[0].url, heard.local0), await hearHeadlines(local[1].url, heard.local1), await hearHeadlines(childUrl, heard.child));
  });
  after(async () => {
    for (const stop of stops) await stop();
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    for (const i of local) { await i.server.stop(); await i.db.close(); }
    rmSync(dir, { recursive: true, force: true });
    await fresh.drop();
  });

  const settle = async (n: number) => {
    await waitFor(() => Object.values(heard).every((h) => h.length >= n), 5000);
    await sleep(300); // a second delivery would arrive by now
  };

  test('an article ingested through this process is heard once by every subscriber, the other process included', async () => {
    const res = await gql(local[0].url, INGEST, { input: { text: story('Ferry timetable changes', 'ferry office'), url: 'https://example.test/ferry' } }, authHeader);
    assert.equal(res.body.data?.ingestArticle.status, 'NEW', JSON.stringify(res.body));
    await settle(1);
    assert.deepEqual(heard, { local0: ['Ferry timetable changes'], local1: ['Ferry timetable changes'], child: ['Ferry timetable changes'] });
  });

  test('an article ingested through the other process is heard here, and a duplicate is heard by nobody', async () => {
    const input = { text: story('Library hours extended', 'library'), url: 'https://example.test/library' };
    const res = await gql(childUrl, INGEST, { input }, authHeader);
    assert.equal(res.body.data?.ingestArticle.status, 'NEW', JSON.stringify(res.body));
    const again = await gql(local[1].url, INGEST, { input }, authHeader);
    assert.equal(again.body.data?.ingestArticle.status, 'DUPLICATE', JSON.stringify(again.body));
    await settle(2);
    const both = ['Ferry timetable changes', 'Library hours extended'];
    assert.deepEqual(heard, { local0: both, local1: both, child: both });
  });

  test('articles stored by the bulk CLI (another process) are heard by every instance', { timeout: 60_000 }, async () => {
    writeFileSync(join(dir, 'pool.txt'), story('Pool reopens after repairs', 'pool'));
    const run = spawnSync(process.execPath, [CLI, join(dir, 'pool.txt')], {
      env: { ...process.env, DATABASE_URL: fresh.url, INGEST_WORKERS: '1', NODE_ENV: 'test' }, encoding: 'utf8', timeout: 60_000,
    });
    assert.equal(run.status, 0, run.stderr + run.stdout);
    await settle(3);
    const all = ['Ferry timetable changes', 'Library hours extended', 'Pool reopens after repairs'];
    assert.deepEqual(heard, { local0: all, local1: all, child: all });
  });
});
