import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixturesDir } from '../helpers/paths';
import { freshPostgresDatabase, testPostgresUrl } from '../helpers/test-postgres';

const CLI = join(__dirname, '..', '..', 'src', 'cli', 'ingest.js');

describe('npm run ingest (the bulk CLI)', () => {
  let dir: string;
  // With TEST_DATABASE_URL the CLI writes to a fresh PostgreSQL database (DATABASE_URL), with its worker pool.
  let pgDatabase: { url: string; drop(): Promise<void> } | null = null;
  const run = (...paths: string[]) => spawnSync(process.execPath, [CLI, ...paths], {
    env: { ...process.env, DATABASE_PATH: join(dir, 'cli.sqlite'), ...(pgDatabase ? { DATABASE_URL: pgDatabase.url, INGEST_WORKERS: '2' } : {}), NODE_ENV: 'test' },
    encoding: 'utf8', timeout: 60_000,
  });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
    pgDatabase = testPostgresUrl ? await freshPostgresDatabase() : null;
    mkdirSync(join(dir, 'in', 'nested'), { recursive: true });
    copyFileSync(join(fixturesDir, 'articles', 'harbour-reopens.txt'), join(dir, 'in', 'harbour.txt'));
    const academy = { text: require('node:fs').readFileSync(join(fixturesDir, 'articles', 'academy-budget.txt'), 'utf8'), url: 'https://example.test/academy' };
    writeFileSync(join(dir, 'in', 'nested', 'batch.jsonl'), `${JSON.stringify(academy)}\n{"text": 42}\nnot json\n`);
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await pgDatabase?.drop();
  });

  test('ingests folders of .txt and .jsonl, lists each failure with its reason and exits 1', () => {
    const first = run(join(dir, 'in'));
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stdout, /ingested 4 articles in .*: 2 new, 0 duplicate, 2 failed; \d+ quotes, \d+ people/);
    assert.match(first.stdout, /batch\.jsonl:2: each line must be a JSON object with a string "text"/);
    assert.match(first.stdout, /batch\.jsonl:3: .*JSON/);
  });

  test('a second run over the same files adds nothing: every good article is a duplicate', () => {
    const again = run(join(dir, 'in'));
    assert.match(again.stdout, /ingested 4 articles in .*: 0 new, 2 duplicate, 2 failed/);
  });

  test('exits 0 when every article went in, and 2 with usage when given nothing', () => {
    assert.equal(run(join(dir, 'in', 'harbour.txt')).status, 0);
    const usage = run();
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /usage: npm run ingest -- <files or folders/);
  });
});
