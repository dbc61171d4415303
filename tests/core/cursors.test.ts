import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';
import { gql, startTestServer, TestServer } from '../helpers/test-server';

const ARTICLES = `query ($first: Int, $after: String, $last: Int, $before: String) {
  articles(first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { headline } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
const SPEAKER_QUOTES = `query ($after: String) { person(name: "Anna Kovac") {
  quotes(first: 2, after: $after, kind: DIRECT) { edges { node { text } } pageInfo { endCursor hasNextPage } } } }`;

const headlines = (res: any) => res.body.data.articles.edges.map((e: any) => e.node.headline);

describe('cursors stay put while news arrives', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ LOAD_SAMPLE_DATA: 'false' });
    for (let i = 0; i < 10; i++) await persistFixture(server.db, fixtureArticle(i, 1), `https://example.test/a${i}`);
  });
  after(() => server.close());

  test('page 2 after two newer articles arrive holds none of page 1 and skips nothing', async () => {
    const page1 = await gql(server.url, ARTICLES, { first: 4 });
    assert.deepEqual(headlines(page1), ['Harbour 9 to reopen', 'Harbour 8 to reopen', 'Harbour 7 to reopen', 'Harbour 6 to reopen']);
    const older = await gql(server.url, ARTICLES, { first: 4, after: page1.body.data.articles.pageInfo.endCursor });
    for (let i = 10; i < 12; i++) await persistFixture(server.db, fixtureArticle(i, 1), `https://example.test/a${i}`);
    const page2 = await gql(server.url, ARTICLES, { first: 4, after: page1.body.data.articles.pageInfo.endCursor });
    assert.deepEqual(headlines(page2), ['Harbour 5 to reopen', 'Harbour 4 to reopen', 'Harbour 3 to reopen', 'Harbour 2 to reopen']);
    assert.deepEqual(headlines(page2), headlines(older));
    assert.equal(page2.body.data.articles.totalCount, 12);
    assert.deepEqual(page2.body.data.articles.pageInfo.hasPreviousPage, true);
  });

  test('last/before pages backward, in list order', async () => {
    const newest = await gql(server.url, ARTICLES, { first: 3 });
    const cursor = newest.body.data.articles.edges[2].cursor;
    const back = await gql(server.url, ARTICLES, { last: 2, before: cursor });
    assert.equal(back.body.errors, undefined, JSON.stringify(back.body.errors));
    assert.deepEqual(headlines(back), headlines(newest).slice(0, 2));
    assert.deepEqual(back.body.data.articles.pageInfo, {
      hasNextPage: true, hasPreviousPage: false,
      startCursor: newest.body.data.articles.edges[0].cursor, endCursor: newest.body.data.articles.edges[1].cursor,
    });
    const oldest = await gql(server.url, ARTICLES, { last: 2 });
    assert.deepEqual(headlines(oldest), ['Harbour 1 to reopen', 'Harbour 0 to reopen']);
    assert.equal(oldest.body.data.articles.pageInfo.hasPreviousPage, true);
  });

  test('a relation pages by key too: the next page of a speaker\'s quotes ignores newer quotes', async () => {
    const p1 = await gql(server.url, SPEAKER_QUOTES);
    const first = p1.body.data.person.quotes;
    await persistFixture(server.db, fixtureArticle(12, 1), 'https://example.test/a12');
    const p2 = await gql(server.url, SPEAKER_QUOTES, { after: first.pageInfo.endCursor });
    const texts = (r: any) => r.body.data.person.quotes.edges.map((e: any) => e.node.text);
    assert.equal(texts(p2).filter((t: string) => texts(p1).includes(t)).length, 0);
    assert.ok(texts(p2).every((t: string) => !t.includes('Harbour number 12')), texts(p2).join(' | '));
  });

  test('mixing directions or passing a foreign cursor is a clear error', async () => {
    const both = await gql(server.url, ARTICLES, { first: 2, last: 2 });
    assert.match(both.body.errors![0].message, /forward .* or backward .*, not both/);
    const foreign = await gql(server.url, ARTICLES, { first: 2, after: Buffer.from('k:[1]').toString('base64url') });
    assert.match(foreign.body.errors![0].message, /"after" is a cursor of another list/);
    assert.equal(foreign.body.errors![0].extensions!.code, 'BAD_USER_INPUT');
  });
});
