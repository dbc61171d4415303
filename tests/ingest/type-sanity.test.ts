import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ExtractedArticle, ExtractedPerson } from '../../src/extraction/types';
import { saneTypes } from '../../src/ingest/type-sanity';
import { loadSampleArticlesIfEmpty } from '../../src/ingest/sample';
import { createLogger } from '../../src/logger';
import { openTestDatabase } from '../helpers/test-server';
import type { Database } from '../../src/data-source';
import { rmSync } from 'node:fs';

const span = { start: 0, end: 1 };
const person = (key: string, name: string, titles: string[] = []): ExtractedPerson => ({ key, name, aliases: [], mentions: [span], roles: titles.map((title) => ({ title, organizationKey: null })) });

function article(people: ExtractedPerson[], extra: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    headline: 'h', body: 'b', publishedAt: null, source: null, section: null, dateline: null, datelineLength: 0, language: 'en', warnings: [],
    paragraphs: [], sentences: [], people, organizations: [], places: [], events: [],
    quotes: people.map((p) => ({ kind: 'DIRECT', text: 'words', span, sentence: span, speakerKey: p.key, speakerText: p.name, cueVerb: 'said', attribution: 'EXPLICIT_NAME', cuePass: null, speakerPass: null, confidence: 0.9, eventKey: null })),
    ...extra,
  };
}

describe('type sanity before persisting', () => {
  test('events, organizations, pronouns and places are never people; their quotes lose the speaker', () => {
    const doc = saneTypes(article(
      [person('p1', 'Harbour Week Forum', ['first']), person('p2', 'Nobody'), person('p3', 'Ostland'), person('p4', 'France'), person('p5', 'Lena Sorvik', ['Deputy Mayor', 'former'])],
      { events: [{ key: 'e1', name: 'Harbour Week', kind: 'OTHER', startDate: null, endDate: null, placeKey: null, participantKeys: ['p1', 'p5'], aliases: [], mentions: [] }],
        places: [{ key: 'l1', name: 'Ostland', kind: 'OTHER', aliases: [], mentions: [span] }] },
    ));
    assert.deepEqual(doc.people.map((p) => [p.name, p.roles.map((r) => r.title)]), [['Lena Sorvik', ['Deputy Mayor']]]);
    assert.deepEqual(doc.quotes.map((q) => q.speakerKey), [null, null, null, null, 'p5']);
    assert.deepEqual(doc.places.map((p) => [p.name, p.kind]), [['Ostland', 'OTHER'], ['France', 'COUNTRY']]);
    assert.deepEqual(doc.events[0].participantKeys, ['p5']);
  });

  test('a one-word name the database knows as a place is no person', () => {
    assert.deepEqual(saneTypes(article([person('p1', 'Ostland')]), new Set(['ostland'])).people, []);
  });

  test('countries are places, not organizations; organizations and months are not places', () => {
    const doc = saneTypes(article([], {
      organizations: [{ key: 'o1', name: 'Belarus', acronym: null, kind: 'OTHER', aliases: [], mentions: [span] }, { key: 'o2', name: 'Ostland Pilots Union', acronym: 'OPU', kind: 'OTHER', aliases: [], mentions: [span] }],
      places: [{ key: 'l1', name: 'May', kind: 'OTHER', aliases: [], mentions: [span] }, { key: 'l2', name: 'Ostland Pilots Union', kind: 'OTHER', aliases: [], mentions: [span] }],
    }));
    assert.deepEqual(doc.organizations.map((o) => o.name), ['Ostland Pilots Union']);
    assert.deepEqual(doc.places.map((p) => [p.name, p.kind]), [['Belarus', 'COUNTRY']]);
  });
});

describe('the sample content', () => {
  let db: Database;
  let dir: string;
  before(async () => {
    ({ db, dir } = await openTestDatabase());
    await loadSampleArticlesIfEmpty(db, { maxArticleBytes: 1_000_000 }, createLogger('silent'));
  });
  after(async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); });

  test('has only real people (the officials and the credited journalists), and no role is a stray word', async () => {
    const people: { name: string }[] = await db.reader.query('SELECT name FROM person ORDER BY name');
    // By-lines and "Reporting by ...; Editing by ..." credit journalists: they are people of the article.
    assert.deepEqual(people.map((p) => p.name), ['Alexei Varga', 'Carmen Ybarra', 'Elsa Mork', 'Henrik Aasen', 'Ingrid Dahlberg', 'Lars Vinter',
      'Rana Oduya', 'Rosa Ibarra', 'Teodor Marek', 'Tomas Hekkel']);
    const titles: { title: string }[] = await db.reader.query('SELECT DISTINCT title FROM person_role ORDER BY title');
    assert.ok(!titles.some((t) => t.title === 'first'), JSON.stringify(titles));
  });

  test('keeps one forum and the two signing ceremonies apart', async () => {
    const [{ n }] = await db.reader.query("SELECT COUNT(*) AS n FROM event WHERE name = 'Arven Basin Water Forum'");
    // Each ceremony is named with what the article says of it ("signing ceremony at ..."), never merged into one.
    const [{ c }] = await db.reader.query("SELECT COUNT(*) AS c FROM event WHERE name LIKE 'signing ceremony%'");
    assert.deepEqual([n, c], [1, 2]);
  });
});
