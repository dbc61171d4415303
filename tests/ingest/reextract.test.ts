import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { detachAlias, reassignQuote, renameEntity } from '../../src/corrections/edits';
import { mergeEntities } from '../../src/corrections/merge';
import { Database } from '../../src/data-source';
import { EntityType } from '../../src/entities/enums';
import { ingestArticle } from '../../src/ingest/ingest.service';
import { PROGRESS_KEY } from '../../src/ingest/reextract';
import { fixturesDir } from '../helpers/paths';
import { freshPostgresDatabase, testPostgresUrl } from '../helpers/test-postgres';

const CLI = join(__dirname, '..', '..', 'src', 'cli', 'reextract.js');
const TABLES = ['article', 'quote', 'statement', 'person', 'organization', 'place', 'event', 'alias', 'mention', 'person_role', 'event_participant', 'search_index'];

/** Stories of the project's own making: one minister's words carried by two outlets, and a port director's. */
const ferry = (outlet: string, day: number, speaker: string) => `${day} October 2026, 08:15

Tarrow ferries to run faster from November, officials say

PELLING, ${day} October 2026 (${outlet}) - The Tarrow ferry line will add two boats this winter.

"The new ferry timetable will cut the crossing to forty minutes from next month," ${speaker} told reporters on the quay.
`;
/** Organizations with only generic names ("Finance Committee", "State Agency"): no match key, yet re-extraction must not make them twice. */
const LEVY = `5 October 2026, 10:00

Harbour levy to rise, committee says

PELLING, 5 October 2026 (Harbour Daily) - The Finance Committee said on Monday that the harbour levy would rise next year.

"The levy has not changed in ten years," said Ilse Marrow, a member of the Committee.

The State Agency will collect it.
`;
const ARTICLES = [
  { text: readFileSync(join(fixturesDir, 'articles', 'harbour-reopens.txt'), 'utf8'), url: 'https://example.test/harbour' },
  { text: readFileSync(join(fixturesDir, 'articles', 'academy-budget.txt'), 'utf8'), url: 'https://example.test/academy' },
  { text: ferry('Norland Wire', 3, 'Transport Minister Ilse Marrow'), url: 'https://wire.example.test/ferries', source: 'Norland Wire' },
  { text: ferry('Pelling Courier', 4, 'Transport Minister Ilse Marrow'), url: 'https://courier.example.test/ferries', source: 'Pelling Courier' },
  { text: ferry('Harbour Daily', 5, 'port director Bram Oduya'), url: 'https://daily.example.test/ferries', source: 'Harbour Daily' },
  { text: LEVY, url: 'https://daily.example.test/levy', source: 'Harbour Daily' },
];

describe('npm run reextract (re-extraction of every stored article)', () => {
  let dir: string;
  let pg: { url: string; drop(): Promise<void> } | null = null;
  const open = () => Database.open({ databasePath: join(dir, 'graph.sqlite'), url: pg?.url ?? null, readUrl: null, poolSize: 2, readPoolSize: 2 });
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, DATABASE_PATH: join(dir, 'graph.sqlite'), ...(pg ? { DATABASE_URL: pg.url } : {}), NODE_ENV: 'test' }, encoding: 'utf8', timeout: 120_000,
  });
  /** Run `work` on the database, closed again after (the CLI is another process). */
  async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
    const db = await open();
    try { return await work(db); } finally { await db.close(); }
  }
  /**
   * Every row of the tables re-extraction writes (search entries counted), for before/after
   * comparisons; `exact: false` leaves out the ids of rows the test itself deleted (mentions,
   * statements: a quote's statement is then its speaker and key).
   */
  const state = (exact = true) => withDb(async (db) => {
    const out: Record<string, unknown> = {};
    for (const t of TABLES) out[t] = t === 'search_index' ? (await db.writer.query('SELECT COUNT(*) AS n FROM search_index'))[0].n : await db.writer.query(`SELECT * FROM ${t} ORDER BY 1, 2, 3`);
    if (!exact) {
      out.mention = await db.writer.query('SELECT articleId, entityType, entityId, count, firstOffset, publishedTs FROM mention ORDER BY 1, 2, 3');
      out.statement = await db.writer.query('SELECT speakerId, textKey, text FROM statement ORDER BY 1, 2, 3');
      const quotes: Record<string, unknown>[] = await db.writer.query('SELECT q.*, s.speakerId AS statementSpeaker, s.textKey AS statementKey FROM quote q LEFT JOIN statement s ON s.id = q.statementId ORDER BY q.id');
      out.quote = quotes.map(({ statementId, ...q }) => ({ ...q, hasStatement: statementId !== null }));
    }
    return JSON.parse(JSON.stringify(out)) as Record<string, unknown[]>;
  });
  const one = (db: Database, sql: string, params: unknown[] = []) => db.writer.query(sql, params).then((rows: Record<string, any>[]) => rows[0]);
  let corrected: Record<string, unknown[]>;
  let reextracted: Record<string, unknown[]>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-reextract-'));
    pg = testPostgresUrl ? await freshPostgresDatabase() : null;
    await withDb(async (db) => {
      for (const input of ARTICLES) await ingestArticle(db, input, { maxArticleBytes: 1_000_000 });
      // Human corrections: a quote given another speaker, a merge, a rename, a detached alias.
      const ilse = (await one(db, "SELECT id FROM person WHERE name = 'Ilse Marrow'")).id;
      const bram = (await one(db, "SELECT id FROM person WHERE name = 'Bram Oduya'")).id;
      const anna = (await one(db, "SELECT id FROM person WHERE name = 'Anna Kovac'")).id;
      const fishermen = (await one(db, "SELECT id FROM quote WHERE text LIKE 'Fishermen%'")).id;
      await db.write((m) => reassignQuote(m, 'editor', fishermen, ilse));
      await db.write((m) => mergeEntities(m, 'editor', EntityType.PERSON, ilse, [bram]));
      await db.write((m) => renameEntity(m, 'editor', EntityType.PERSON, anna, 'Anna Kovac-Lind'));
      const vpa = (await one(db, "SELECT id FROM organization WHERE name = 'Velmora Port Authority'")).id;
      await db.write((m) => detachAlias(m, 'editor', EntityType.ORGANIZATION, vpa, 'VPA'));
    });
    corrected = await state(false);
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await pg?.drop();
  });

  test('restores what an older extraction lacked, and keeps every human correction', async () => {
    await withDb(async (db) => {
      // An older extraction: a quote without its speaker, an article without its organization mentions, no statements.
      await db.writer.query("UPDATE quote SET speakerId = NULL, speakerRoleId = NULL, attribution = 'UNKNOWN' WHERE text LIKE 'The repairs%'");
      await db.writer.query("DELETE FROM mention WHERE entityType = 'ORGANIZATION'");
      await db.writer.query('UPDATE quote SET statementId = NULL');
      await db.writer.query('DELETE FROM statement');
    });
    const res = run();
    assert.equal(res.status, 0, res.stderr + res.stdout);
    assert.match(res.stdout, /re-extracted 6 articles in .* s: 0 failed; every article done/);
    assert.match(res.stderr, /re-extracting .*6\/6/);
    assert.deepEqual(await state(false), corrected);
    reextracted = await state();
    await withDb(async (db) => {
      const speakerOf = (text: string) => one(db, `SELECT p.name FROM quote q JOIN person p ON p.id = q.speakerId WHERE q.text LIKE '${text}%'`);
      assert.deepEqual(await speakerOf('The repairs'), { name: 'Anna Kovac-Lind' }, 'restored, under the name a human gave');
      assert.deepEqual(await speakerOf('Fishermen'), { name: 'Ilse Marrow' }, 'the reassigned quote keeps its corrected speaker');
      assert.equal((await one(db, "SELECT COUNT(*) AS n FROM person WHERE name = 'Bram Oduya'")).n, 0, 'the merged person stays merged');
      assert.equal((await one(db, "SELECT COUNT(*) AS n FROM alias WHERE key = 'vpa'")).n, 0, 'the detached alias stays detached');
      const reports = await db.writer.query("SELECT COUNT(*) AS n FROM quote WHERE text LIKE 'The new ferry%' GROUP BY statementId");
      assert.deepEqual(reports.map((r: { n: number }) => Number(r.n)), [3], 'one statement of three reports (the merge made Bram Oduya Ilse Marrow)');
    });
  });

  test('a second run changes nothing', async () => {
    const res = run();
    assert.equal(res.status, 0, res.stderr);
    assert.deepEqual(await state(), reextracted);
  });

  test('an interrupted run (--limit) records how far it got and the next run continues from there', async () => {
    const first = run('--limit', '2');
    assert.match(first.stdout, /re-extracted 2 articles .*more remain: run again to continue/);
    const ids = await withDb(async (db) => ({
      second: (await db.writer.query('SELECT id FROM article ORDER BY id'))[1].id,
      progress: await one(db, 'SELECT value FROM meta WHERE key = ?', [PROGRESS_KEY]),
    }));
    assert.deepEqual(ids.progress, { value: String(ids.second) });
    const rest = run();
    assert.match(rest.stdout, new RegExp(`re-extracted 4 articles in .* s \\(continued after article ${ids.second}\\): 0 failed; every article done`));
    assert.equal(await withDb((db) => one(db, 'SELECT value FROM meta WHERE key = ?', [PROGRESS_KEY])), undefined);
    assert.deepEqual(await state(), reextracted);
    assert.equal(run('--limit', 'x').status, 2);
  });
});
