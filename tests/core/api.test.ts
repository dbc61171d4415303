import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';
import { gql, startTestServer, TestServer } from '../helpers/test-server';

const HEADLINE_QUERY = `query ($speaker: String!, $first: Int) {
  quotes(filter: { speaker: $speaker }, first: $first) {
    totalCount
    edges { node { text cueVerb
      speaker { name roles { title organization { name acronym } } }
      article { headline publishedAt url } event { name } } }
    pageInfo { hasNextPage endCursor } } }`;

describe('reading the graph over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (let i = 0; i < 6; i += 1) await persistFixture(server.db, fixtureArticle(i, 3), `https://example.test/harbour/${i}`);
  });
  after(() => server.close());

  test('returns every quote by a speaker found by surname, newest first, with the whole nested result', async () => {
    const res = await gql(server.url, HEADLINE_QUERY, { speaker: 'kovač', first: 10 });
    assert.deepEqual(res.body, {
      data: {
        quotes: {
          totalCount: 4,
          edges: [5, 5, 0, 0].map((_, n) => {
            const i = n < 2 ? 3 : 0;
            const direct = n % 2 === 0;
            return {
              node: {
                text: direct ? `Harbour number ${i} will reopen before winter` : 'The harbour is busy',
                cueVerb: direct ? 'said' : 'noted',
                speaker: { name: 'Anna Kovac', roles: [{ title: 'Minister', organization: { name: 'Ministry of Coastal Affairs', acronym: 'MCA' } }] },
                article: { headline: `Harbour ${i} to reopen`, publishedAt: `2026-03-01T00:0${i}:00+00:00`, url: `https://example.test/harbour/${i}` },
                event: direct ? { name: 'Harbour Reopening Week' } : null,
              },
            };
          }),
          pageInfo: { hasNextPage: false, endCursor: res.body.data?.quotes.pageInfo.endCursor },
        },
      },
    });
  });

  test('matches a speaker by full name with another transliteration and by initial', async () => {
    const full = await gql(server.url, HEADLINE_QUERY, { speaker: 'ANNA KOVAC' });
    const initial = await gql(server.url, HEADLINE_QUERY, { speaker: 'A. Kovac' });
    assert.equal(full.body.data.quotes.totalCount, 4);
    assert.equal(initial.body.data.quotes.totalCount, 4);
  });

  test('pages with cursors until the end', async () => {
    const seen: string[] = [];
    let afterCursor: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const res: any = await gql(server.url, 'query ($a: String) { quotes(first: 5, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { a: afterCursor });
      seen.push(...res.body.data.quotes.edges.map((e: any) => e.node.id));
      if (!res.body.data.quotes.pageInfo.hasNextPage) break;
      afterCursor = res.body.data.quotes.pageInfo.endCursor;
    }
    assert.equal(seen.length, 12);
    assert.equal(new Set(seen).size, 12);
  });

  test('rejects a page larger than 100 with an error that says the limit', async () => {
    const res = await gql(server.url, '{ quotes(first: 500) { totalCount } }');
    assert.equal(res.body.errors?.[0].message, '"first" must be between 0 and 100 (got 500)');
    assert.equal(res.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  });

  test('rejects a cursor it did not make', async () => {
    const res = await gql(server.url, '{ articles(after: "not-a-cursor") { totalCount } }');
    assert.match(res.body.errors?.[0].message ?? '', /"after" is not a cursor from this API/);
  });

  test('links an organization to its people, their quotes and the articles mentioning it', async () => {
    const res = await gql(server.url, `{ organization(acronym: "mca") { name kind people { totalCount } quotes(kind: DIRECT) { totalCount } articles(first: 2) { totalCount edges { node { headline } } } } }`);
    assert.deepEqual(res.body.data.organization, {
      name: 'Ministry of Coastal Affairs', kind: 'MINISTRY', people: { totalCount: 3 }, quotes: { totalCount: 6 },
      articles: { totalCount: 6, edges: [{ node: { headline: 'Harbour 5 to reopen' } }, { node: { headline: 'Harbour 4 to reopen' } }] },
    });
  });

  test('an event lists its participants, place and what was said there', async () => {
    const res = await gql(server.url, `{ events(filter: { place: "Velmora" }) { edges { node { name place { name kind } participants { totalCount edges { node { __typename ... on Person { name } ... on Organization { name } } } } quotes { totalCount } } } } }`);
    const [event] = res.body.data.events.edges;
    assert.equal(event.node.name, 'Harbour Reopening Week');
    assert.deepEqual(event.node.place, { name: 'Velmora', kind: 'CITY' });
    assert.deepEqual(event.node.participants.edges.map((e: any) => `${e.node.__typename}:${e.node.name}`), [
      'Person:Anna Kovac', 'Person:Erik Lindqvist', 'Person:Claire Moreau', 'Organization:Ministry of Coastal Affairs',
    ]);
    assert.equal(event.node.quotes.totalCount, 6);
  });

  test('an article lists what it names, in order of first mention, with counts', async () => {
    const res = await gql(server.url, `{ article(url: "https://example.test/harbour/1") { mentions { entityType count entity { __typename ... on Person { name } ... on Place { name } ... on Organization { acronym } } } } }`);
    assert.deepEqual(res.body.data.article.mentions.map((m: any) => [m.entityType, m.count, m.entity.__typename]), [
      ['PLACE', 1, 'Place'], ['EVENT', 1, 'Event'], ['ORGANIZATION', 1, 'Organization'], ['PERSON', 1, 'Person'],
    ]);
    assert.equal(res.body.data.article.mentions[3].entity.name, 'Erik Lindqvist');
  });

  test('searches across kinds with highlighted, HTML-safe snippets', async () => {
    const res = await gql(server.url, `{ search(query: "harbour winter", first: 3) { totalCount edges { node { kind snippet node { __typename } } } } }`);
    const hits = res.body.data.search;
    assert.equal(hits.totalCount, 12);
    assert.ok(hits.edges.every((e: any) => e.node.snippet.includes('<mark>')), JSON.stringify(hits.edges));
  });

  test('treats FTS syntax in a search as plain words', async () => {
    const res = await gql(server.url, `{ search(query: "harbour\\" OR NEAR(* :") { totalCount } }`);
    assert.equal(res.body.errors, undefined);
    assert.equal(res.body.data.search.totalCount, 0);
  });
});

describe('a speaker name shared by two people', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (const i of [0, 3]) await persistFixture(server.db, fixtureArticle(i, 3));
    const boris = fixtureArticle(6, 3);
    boris.body = boris.body.replace('Anna Kovac', 'Boris Kovac');
    boris.people[0].name = 'Boris Kovac';
    await persistFixture(server.db, boris);
  });
  after(() => server.close());

  test('returns the quotes of both, merged newest first, and pages through them', async () => {
    const page = (after: string | null) => gql(server.url, 'query ($a: String) { quotes(filter: { speaker: "Kovac" }, first: 4, after: $a) { totalCount edges { node { speaker { name } article { headline } } } pageInfo { hasNextPage endCursor } } }', { a: after });
    const first = (await page(null)).body.data.quotes;
    const second = (await page(first.pageInfo.endCursor)).body.data.quotes;
    const rows = [...first.edges, ...second.edges].map((e: any) => `${e.node.speaker.name}: ${e.node.article.headline}`);
    assert.equal(first.totalCount, 6);
    assert.deepEqual(rows, [
      'Boris Kovac: Harbour 6 to reopen', 'Boris Kovac: Harbour 6 to reopen',
      'Anna Kovac: Harbour 3 to reopen', 'Anna Kovac: Harbour 3 to reopen',
      'Anna Kovac: Harbour 0 to reopen', 'Anna Kovac: Harbour 0 to reopen',
    ]);
    assert.deepEqual([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage], [true, false]);
  });
});
