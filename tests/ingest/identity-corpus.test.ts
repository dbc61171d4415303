import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/data-source';
import { ingestArticle } from '../../src/ingest/ingest.service';
import { nameKey } from '../../src/text/fold';
import { fixturesDir } from '../helpers/paths';
import { openTestDatabase } from '../helpers/test-server';

/**
 * The project's own invented articles with known identities (tests/fixtures/identity): ministries
 * of two countries, two academies sharing the short form "Academy of Sciences", two unions, companies
 * sharing legal forms (ASA, Inc.), two people named Haraldsen, a transliterated given name, and an
 * acronym (HAS) used by two bodies. Every (article, identity) mention is scored pairwise across articles.
 */
interface Entry { file: string; publishedAt: string; identities: Record<string, string> }
interface Mention { article: number; gold: string; entity: string | null; name: string }

const dir = join(fixturesDir, 'identity');
const manifest: Entry[] = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));

/** The stored entity an article names `name` by: among the entities it mentions, the one with that alias key. */
async function entityOf(db: Database, articleId: number, name: string): Promise<string | null> {
  const rows: { t: string; id: number }[] = await db.reader.query(
    `SELECT DISTINCT m.entityType AS t, m.entityId AS id FROM mention m JOIN alias a ON a.entityType = m.entityType AND a.entityId = m.entityId
     WHERE m.articleId = ? AND a.key = ?`, [articleId, nameKey(name)],
  );
  return rows.length === 1 ? `${rows[0].t}:${rows[0].id}` : null;
}

function pairwise(mentions: Mention[]): { precision: number; recall: number; wrong: string[]; missed: string[] } {
  let tp = 0; let fp = 0; let fn = 0;
  const wrong: string[] = []; const missed: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const [a, b] = [mentions[i], mentions[j]];
      if (a.article === b.article) continue;
      const same = a.entity !== null && a.entity === b.entity;
      if (same && a.gold === b.gold) tp++;
      else if (same) { fp++; wrong.push(`${a.name} (${a.article}) = ${b.name} (${b.article})`); }
      else if (a.gold === b.gold) { fn++; missed.push(`${a.name} (${a.article}) / ${b.name} (${b.article})`); }
    }
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, wrong, missed };
}

describe('identity across articles on the invented corpus', () => {
  let db: Database;
  let tmp: string;
  const mentions: Mention[] = [];
  before(async () => {
    ({ db, dir: tmp } = await openTestDatabase());
    for (const [i, e] of manifest.entries()) {
      const out = await ingestArticle(db, { text: readFileSync(join(dir, e.file), 'utf8'), publishedAt: e.publishedAt, source: 'Nordic Wire' }, { maxArticleBytes: 1_000_000 });
      for (const [name, gold] of Object.entries(e.identities)) mentions.push({ article: i, gold, name, entity: await entityOf(db, out.articleId, name) });
    }
  });
  after(async () => { await db.close(); rmSync(tmp, { recursive: true, force: true }); });

  test('finds every labelled entity in its article', () => {
    assert.deepEqual(mentions.filter((m) => m.entity === null).map((m) => `${m.name} in ${manifest[m.article].file}`), []);
  });

  test('never joins two different things (pairwise precision 1.0) and joins the same thing (recall >= 0.95)', () => {
    const score = pairwise(mentions);
    assert.deepEqual(score.wrong, []);
    assert.equal(score.precision, 1);
    assert.ok(score.recall >= 0.95, `recall ${score.recall.toFixed(3)}; missed: ${score.missed.join('; ')}`);
  });

  test('keeps the two academies apart although both are "the Academy of Sciences"', async () => {
    const rows: { name: string }[] = await db.reader.query("SELECT name FROM organization WHERE name LIKE '%Academy%' ORDER BY name");
    assert.deepEqual(rows.map((r) => r.name), ['Halvard Academy of Sciences', 'Merrow Academy of Sciences']);
  });
});
