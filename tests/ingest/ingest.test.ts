import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixturesDir } from '../helpers/paths';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status duplicate duplicateOf article { id headline source publishedAt } counts { directQuotes people } } }`;

const article = (name: string) => readFileSync(join(fixturesDir, 'articles', name), 'utf8');

async function tableCounts(server: TestServer): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['article', 'quote', 'person', 'organization', 'place', 'event', 'alias', 'mention', 'person_role', 'search_index']) {
    const [{ n }] = await server.db.reader.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = n;
  }
  return counts;
}

describe('ingestArticle', () => {
  let server: TestServer;
  before(async () => { server = await startTestServer(); });
  after(() => server.close());

  test('adds a raw scraped article and reports what it found', async () => {
    const res = await gql(server.url, INGEST, { input: { text: article('harbour-reopens.txt'), url: 'https://example.test/harbour' } }, authHeader);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    const result = res.body.data.ingestArticle;
    assert.equal(result.status, 'NEW');
    assert.equal(result.article.headline, 'Velmora harbour to reopen before winter, minister says');
    assert.equal(result.article.source, 'Norland Wire');
    assert.match(result.article.publishedAt, /^2026-09-12T09:40/);
    assert.ok(result.counts.directQuotes >= 2, JSON.stringify(result.counts));
  });

  test('re-ingesting the same url or the same story changes nothing and says duplicate', async () => {
    const before = await tableCounts(server);
    const sameUrl = await gql(server.url, INGEST, { input: { text: article('harbour-reopens.txt'), url: 'https://example.test/harbour' } }, authHeader);
    const sameText = await gql(server.url, INGEST, { input: { text: `Breaking\n${article('harbour-reopens.txt')}\nRelated news`, url: 'https://example.test/harbour-copy' } }, authHeader);
    assert.deepEqual([sameUrl.body.data.ingestArticle.status, sameUrl.body.data.ingestArticle.duplicateOf], ['DUPLICATE', 'url']);
    assert.deepEqual([sameText.body.data.ingestArticle.status, sameText.body.data.ingestArticle.duplicateOf], ['DUPLICATE', 'content']);
    assert.deepEqual(await tableCounts(server), before);
  });

  test('refuses to write without a valid key, and writes nothing', async () => {
    const before = await tableCounts(server);
    const none = await gql(server.url, INGEST, { input: { text: article('academy-budget.txt') } });
    const wrong = await gql(server.url, INGEST, { input: { text: article('academy-budget.txt') } }, { authorization: 'Bearer nope' });
    for (const res of [none, wrong]) assert.equal(res.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.deepEqual(await tableCounts(server), before);
  });

  test('names what was wrong with a bad article and writes nothing', async () => {
    const before = await tableCounts(server);
    const empty = await gql(server.url, INGEST, { input: { text: '   \n ' } }, authHeader);
    const badUrl = await gql(server.url, INGEST, { input: { text: article('academy-budget.txt'), url: 'ftp://x' } }, authHeader);
    assert.match(empty.body.errors?.[0].message ?? '', /text is empty/);
    assert.match(badUrl.body.errors?.[0].message ?? '', /url must be an absolute http\(s\) URL/);
    assert.deepEqual(await tableCounts(server), before);
  });

  test('links a person across articles by surname and full name', async () => {
    await gql(server.url, INGEST, { input: { text: article('academy-budget.txt') } }, authHeader);
    const res = await gql(server.url, '{ person(name: "Oduya") { name quotes(kind: DIRECT) { edges { node { text event { name } } } } } }');
    assert.equal(res.body.data.person.name, 'Marek Oduya');
    assert.deepEqual(res.body.data.person.quotes.edges.map((e: any) => e.node.text.replace(/[,.]$/, '')), ['Translation is how a small language stays alive']);
  });
});
