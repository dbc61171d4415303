import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { graphFixtureStory } from './validation-fixture';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';
import { rawPost } from './helpers';

const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id } } }';
const codes = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => res.body.errors?.map((e) => e.extensions?.code);
const messages = (res: { body: { errors?: { message: string }[] } }) => res.body.errors?.map((e) => e.message) ?? [];

describe('validation gaps', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await graphFixtureStory(server.db);
  });
  after(() => server.close());

  test('a filter string over MAX_FILTER_CHARS is refused, naming the argument and the limit', async () => {
    const res = await gql(server.url, 'query ($s: String) { quotes(filter: { speaker: $s }) { totalCount } }', { s: 'x'.repeat(501) });
    assert.equal(res.status, 400);
    assert.deepEqual(messages(res), ['Argument "speaker" is 501 characters; the limit is 500 (MAX_FILTER_CHARS)']);
    const inline = await gql(server.url, `{ people(role: "${'y'.repeat(600)}") { totalCount } }`);
    assert.deepEqual(messages(inline), ['Argument "role" is 600 characters; the limit is 500 (MAX_FILTER_CHARS)']);
  });

  test('LIKE wildcards in roleTitle and people(role:) match only themselves', async () => {
    const count = async (q: string) => (await gql(server.url, q)).body.data;
    assert.deepEqual(await count('{ quotes(filter: { roleTitle: "Minister" }) { totalCount } }'), { quotes: { totalCount: 2 } });
    assert.deepEqual(await count('{ quotes(filter: { roleTitle: "%" }) { totalCount } }'), { quotes: { totalCount: 0 } });
    assert.deepEqual(await count('{ quotes(filter: { roleTitle: "Min_ster" }) { totalCount } }'), { quotes: { totalCount: 0 } });
    assert.deepEqual(await count('{ people(role: "%") { totalCount } }'), { people: { totalCount: 0 } });
    assert.deepEqual(await count('{ people(role: "_") { totalCount } }'), { people: { totalCount: 0 } });
    assert.deepEqual(await count('{ people(role: "minister") { totalCount } }'), { people: { totalCount: 1 } });
  });

  test('speaker: "" is an error, not every quote', async () => {
    const res = await gql(server.url, '{ quotes(filter: { speaker: "  " }) { totalCount } }');
    assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
    assert.deepEqual(messages(res), ['"speaker" must not be empty (leave it out to match every item)']);
  });

  test('an unknown __typename in _entities is a client error', async () => {
    const res = await gql(server.url, 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: [{ __typename: 'Weather', id: '1' }] });
    assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
    assert.match(messages(res)[0], /^_entities: unknown __typename "Weather"/);
  });

  test('a persisted query whose hash does not match is a client error', async () => {
    const res = await rawPost(server.url, JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }));
    assert.equal(res.status, 400);
    assert.deepEqual(res.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code), ['PERSISTED_QUERY_HASH_MISMATCH']);
  });

  test('"Validation aborted." names the rule and its limit', async () => {
    // 40 x 40 conflicting fields: graphql-js's overlapping-fields rule gives up after 500000 comparisons
    const fields = Array.from({ length: 40 }, (_, i) => `a: articles(first: ${i % 2}) { totalCount }`).join(' ');
    const res = await gql(server.url, `{ ${Array.from({ length: 12 }, () => `... on Query { ${fields} }`).join(' ')} }`, undefined);
    const aborted = messages(res).find((m) => /Validation aborted/.test(m));
    if (aborted) assert.match(aborted, /OverlappingFieldsCanBeMergedRule, limit 500000/);
    const many = await gql(server.url, `{ ${Array.from({ length: 120 }, (_, i) => `nope${i}`).join(' ')} }`);
    assert.equal(many.status, 400);
    assert.ok(messages(many).includes('Validation aborted after 100 errors (graphql-js validate, maxErrors 100); the first 100 are listed'), messages(many).slice(-1).join());
  });

  test('a body that is not valid UTF-8 gets a 400', async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ articles(filter: { source: \\"'), Buffer.from([0xff, 0xfe]), Buffer.from('\\" }) { totalCount } }"}')]);
    const res = await rawPost(server.url, body);
    assert.equal(res.status, 400);
    assert.deepEqual(res.json, { errors: [{ message: 'Request body is not valid UTF-8', extensions: { code: 'BAD_REQUEST' } }] });
  });

  for (const [label, url] of [['a line break', 'https://example.test/a\r\nSet-Cookie: x=1'], ['a space', 'https://example.test/a b'], ['a tab', 'https://example.test/\ta']]) {
    test(`a url with ${label} is refused`, async () => {
      const res = await gql(server.url, INGEST, { input: { text: 'A short story.', url } }, authHeader);
      assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
      assert.match(messages(res)[0], /^url must be an absolute http\(s\) URL without spaces, line breaks or control characters/);
    });
  }

  for (const date of ['2023-02-30', '2023-02-28T24:00:00Z', '2023-04-31T10:00:00+02:00', '2023-01-01T10:61:00Z']) {
    test(`the impossible date ${date} is refused`, async () => {
      const res = await gql(server.url, INGEST, { input: { text: 'A short story.', publishedAt: date } }, authHeader);
      assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
      const filter = await gql(server.url, `{ events(filter: { from: "${date.slice(0, 10)}" }) { totalCount } }`);
      if (date.slice(0, 10) !== '2023-02-28' && date.slice(0, 10) !== '2023-01-01') assert.deepEqual(codes(filter), ['BAD_USER_INPUT']);
    });
  }

  test('a source over 200 characters or with control characters is refused', async () => {
    for (const [source, message] of [['S'.repeat(201), /^source is 201 characters; the limit is 200/], ['Wire\r\nX-Injected: 1', /^source must not contain line breaks or control characters/]] as const) {
      const res = await gql(server.url, INGEST, { input: { text: 'A short story.', source } }, authHeader);
      assert.deepEqual(codes(res), ['BAD_USER_INPUT']);
      assert.match(messages(res)[0], message);
    }
  });

  test('urls differing only in host case, trailing slash, #fragment or utm_* parameters are one article', async () => {
    const text = 'PORT ELDER, 2 May 2026 (Elder Wire) - The ferry board of Port Elder approved a new timetable on Friday, its chair Ilse Varnholt said.';
    const first = await gql(server.url, INGEST, { input: { text, url: 'https://news.example.test/ferry/timetable' } }, authHeader);
    assert.equal(first.body.data?.ingestArticle.status, 'NEW', JSON.stringify(first.body));
    for (const url of ['https://NEWS.Example.TEST/ferry/timetable/', 'https://news.example.test/ferry/timetable#comments', 'https://news.example.test/ferry/timetable?utm_source=feed&utm_medium=rss']) {
      const again = await gql(server.url, `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status duplicateOf article { id } } }`, { input: { text: `${text} Updated.`, url } }, authHeader);
      assert.deepEqual(again.body.data?.ingestArticle, { status: 'DUPLICATE', duplicateOf: 'url', article: first.body.data.ingestArticle.article }, url);
    }
    const found = await gql(server.url, '{ article(url: "https://News.example.test/ferry/timetable/#top") { id } }');
    assert.deepEqual(found.body.data.article, first.body.data.ingestArticle.article);
  });

  test('a six-level fragment fan-out reports the depth the query has, not one level per spread', async () => {
    const strict = await startTestServer({ MAX_QUERY_DEPTH: '3' });
    try {
      const fan = Array.from({ length: 6 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ');
      const res = await gql(strict.url, `{ ...F6 } fragment F0 on Query { articles { edges { node { headline } } } } ${fan}`);
      assert.ok(messages(res).includes('Query depth 4 exceeds the limit of 3 (MAX_QUERY_DEPTH)'), messages(res).join(' | '));
    } finally {
      await strict.close();
    }
  });
});
