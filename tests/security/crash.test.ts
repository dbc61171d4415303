import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Database } from '../../src/data-source';
import { extractArticle } from '../../src/extraction/pipeline';
import { freshPostgresDatabase, testPostgresUrl } from '../helpers/test-postgres';
import { seededRandom, wireArticles } from './fixtures/wire-articles';

const ARTICLES = 40;
const SEED = 11;
const TRIALS = 10;
const CHILD = join(__dirname, 'fixtures', 'crash-child.js');

interface ChildRun { child: ChildProcess; lines: string[]; ready: Promise<void>; firstArticle: Promise<void>; exited: Promise<number | null>; go(from: number): void }

/**
 * Spawn the ingesting child on `databasePath`. It loads its modules, then waits for go(from)
 * before opening the database and ingesting articles from index `from` on; `ready` resolves once
 * the database is open, `firstArticle` once it has ingested one (or exited).
 */
function startChild(databasePath: string): ChildRun {
  const child = spawn(process.execPath, [CHILD, databasePath, String(ARTICLES), String(SEED)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => { stderr += chunk; });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      if (lines.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before it was ready: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const firstArticle = new Promise<void>((resolve) => {
    child.stdout!.on('data', () => { if (lines.some((l) => /^\d+ /.test(l))) resolve(); });
    child.once('exit', () => resolve());
  });
  ready.catch(() => {});
  return { child, lines, ready, firstArticle, exited, go: (from) => child.stdin!.end(`${from}\n`) };
}

/** Per-article row counts in the database (a SQLite file or a postgres:// URL), keyed by url. */
async function storedArticles(databasePath: string) {
  const pg = databasePath.startsWith('postgres');
  const db = await Database.open(pg ? { databasePath: '/nonexistent/never.sqlite', url: databasePath, poolSize: 1 } : { databasePath });
  try {
    // PostgreSQL has no integrity_check: its consistency is what the counts below check.
    const [{ integrity_check: integrity }] = pg ? [{ integrity_check: 'ok' }] : await db.writer.query('PRAGMA integrity_check');
    const rows: { url: string; id: number; quotes: number; mentions: number; indexed: number }[] = await db.writer.query(`
      SELECT a.url, a.id,
        (SELECT COUNT(*) FROM quote q WHERE q.articleId = a.id) AS quotes,
        (SELECT COUNT(*) FROM mention m WHERE m.articleId = a.id) AS mentions,
        (SELECT COUNT(*) FROM search_index s WHERE s.rowid = a.id * 8 + 1) AS indexed
      FROM article a`);
    const [{ orphans }] = await db.writer.query(`SELECT
      (SELECT COUNT(*) FROM quote WHERE articleId NOT IN (SELECT id FROM article)) +
      (SELECT COUNT(*) FROM mention WHERE articleId NOT IN (SELECT id FROM article)) AS orphans`);
    return { integrity, rows, orphans: Number(orphans) };
  } finally {
    await db.close();
  }
}

describe('a bulk ingest killed with SIGKILL at random points', () => {
  let dir: string;
  let databasePath: string;
  const articles = wireArticles(ARTICLES, SEED);
  const expected = new Map<string, { quotes: number; mentions: number }>();
  const running: ChildProcess[] = [];

  let pgDatabase: { url: string; drop(): Promise<void> } | null = null;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-crash-'));
    pgDatabase = testPostgresUrl ? await freshPostgresDatabase() : null;
    databasePath = pgDatabase ? pgDatabase.url : join(dir, 'crash.sqlite');
    for (const a of articles) {
      const doc = extractArticle(a);
      expected.set(a.url, { quotes: doc.quotes.length, mentions: doc.people.length + doc.organizations.length + doc.places.length + doc.events.length });
    }
  });
  after(async () => {
    for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    await pgDatabase?.drop();
  });

  /**
   * Every stored article is whole (all its quotes, mentions and its search entry), nothing is
   * orphaned, and the stored articles are exactly the first ones of the list (one at a time, in order).
   */
  async function assertWholeOrAbsent(label: string): Promise<number> {
    const { integrity, rows, orphans } = await storedArticles(databasePath);
    assert.equal(integrity, 'ok', `${label}: integrity_check`);
    assert.equal(orphans, 0, `${label}: quotes or mentions without their article`);
    assert.equal(new Set(rows.map((r) => r.url)).size, rows.length, `${label}: duplicate articles`);
    for (const row of rows) {
      const want = expected.get(row.url);
      assert.ok(want, `${label}: unexpected article ${row.url}`);
      assert.deepEqual({ quotes: Number(row.quotes), mentions: Number(row.mentions), indexed: Number(row.indexed) }, { ...want, indexed: 1 }, `${label}: article ${row.url} is not whole`);
    }
    assert.deepEqual(rows.map((r) => r.url).sort(), articles.slice(0, rows.length).map((a) => a.url).sort(), `${label}: not a prefix of the list`);
    return rows.length;
  }

  /**
   * Spawn a child and remember it, so that after() can kill it whatever happens. Kill trials start
   * where the last one stopped (so each kill lands in new work); the final run starts from 0.
   */
  const spawnChild = () => {
    const run = startChild(databasePath);
    running.push(run.child);
    return run;
  };

  test(`${TRIALS} kills leave every article whole or absent, and re-running completes the rest without duplicates`, { timeout: 120_000 }, async () => {
    const random = seededRandom(SEED);
    const stored: number[] = [];
    let next = spawnChild();
    let resumeFrom = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const run = next;
      run.go(resumeFrom);
      await run.ready;
      next = spawnChild(); // loads its modules while this one runs
      await run.firstArticle; // past the first extraction's warm-up
      const delay = Math.floor(random() * 500);
      await new Promise((resolve) => setTimeout(resolve, delay));
      run.child.kill('SIGKILL');
      await run.exited;
      resumeFrom = await assertWholeOrAbsent(`trial ${trial} (killed after ${delay} ms)`);
      stored.push(resumeFrom);
    }
    const final = next;
    final.go(0);
    assert.equal(await final.exited, 0, 'the last run completes');
    assert.ok(final.lines.includes('done'));
    assert.equal(await assertWholeOrAbsent('after the full run'), ARTICLES);
    console.log(`crash test: articles stored after each kill: ${stored.join(', ')}; after the last run: ${ARTICLES}`);
  });
});
