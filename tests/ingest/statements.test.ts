import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fromGlobalId } from '../../src/queries/ids';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id } } }`;

const QUOTES = `query ($id: ID!) { article(id: $id) { quotes { edges { node { id text speaker { name } statement {
  id text speaker { name } firstReported reports { text article { source publishedAt } } } } } } } }`;

const WORDS = 'The new ferry timetable will cut the crossing to forty minutes from next month';

/** A story of the project's own making: `speaker` says WORDS (and a short line) in `outlet`'s copy. */
function story(outlet: string, date: string, speaker: string, extra: string): string {
  return `${date}, 08:15

Tarrow ferries to run faster from November, officials say

PELLING, ${date} (${outlet}) - ${extra}

"${WORDS}," ${speaker} told reporters on the quay.

"We are ready," said ${speaker}.
`;
}

const A = { text: story('Norland Wire', '3 October 2026', 'Transport Minister Ilse Marrow', 'The Tarrow ferry line will add two boats.'), url: 'https://wire.example.test/ferries', source: 'Norland Wire' };
const B = { text: story('Pelling Courier', '4 October 2026', 'Transport Minister Ilse Marrow', 'Two more boats join the Tarrow line this winter.'), url: 'https://courier.example.test/ferry-times', source: 'Pelling Courier' };
const C = { text: story('Harbour Daily', '5 October 2026', 'port director Bram Oduya', 'The harbour board met on Monday.'), url: 'https://daily.example.test/ferry', source: 'Harbour Daily' };

describe('statements: one quote reported by several articles', () => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  before(async () => {
    server = await startTestServer();
    for (const [name, input] of Object.entries({ A, B, C })) {
      const res = await gql(server.url, INGEST, { input }, authHeader);
      assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
      ids[name] = res.body.data.ingestArticle.article.id;
    }
  });
  after(() => server.close());

  async function quoteOf(article: string, text = WORDS) {
    const res = await gql(server.url, QUOTES, { id: ids[article] });
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    return res.body.data.article.quotes.edges.map((e: any) => e.node).find((q: any) => q.text.startsWith(text));
  }

  test('the same words by the same person in two outlets are one statement with both reports, earliest first', async () => {
    const [a, b] = [await quoteOf('A'), await quoteOf('B')];
    assert.equal(a.speaker.name, 'Ilse Marrow');
    assert.deepEqual(b.statement, a.statement);
    assert.deepEqual({ ...a.statement, id: undefined }, {
      id: undefined, text: a.text, speaker: { name: 'Ilse Marrow' }, firstReported: a.statement.reports[0].article.publishedAt,
      reports: [
        { text: a.text, article: { source: 'Norland Wire', publishedAt: a.statement.reports[0].article.publishedAt } },
        { text: b.text, article: { source: 'Pelling Courier', publishedAt: a.statement.reports[1].article.publishedAt } },
      ],
    });
    assert.match(a.statement.firstReported, /^2026-10-03T08:15/);
  });

  test('the same words by another speaker are another statement; a short quote never joins across articles', async () => {
    const [a, c] = [await quoteOf('A'), await quoteOf('C')];
    assert.equal(c.speaker.name, 'Bram Oduya');
    assert.notEqual(c.statement.id, a.statement.id);
    assert.deepEqual(c.statement.reports.map((r: any) => r.article.source), ['Harbour Daily']);
    const [shortA, shortB] = [await quoteOf('A', 'We are ready'), await quoteOf('B', 'We are ready')];
    assert.equal(shortA.speaker.name, 'Ilse Marrow');
    assert.notEqual(shortA.statement.id, shortB.statement.id);
  });

  test('re-ingesting an article adds no second report', async () => {
    const again = await gql(server.url, INGEST, { input: A }, authHeader);
    assert.equal(again.body.data.ingestArticle.status, 'DUPLICATE');
    assert.equal((await quoteOf('A')).statement.reports.length, 2);
  });

  test('reassignQuote moves the quote out of its statement, into one of the new speaker', async () => {
    const [b, c] = [await quoteOf('B'), await quoteOf('C')];
    const moved = await gql(server.url, `mutation ($id: ID!, $s: ID) { reassignQuote(id: $id, speaker: $s) { statement { id } } }`, { id: b.id, s: (await speakerId(server, 'Bram Oduya')) }, authHeader);
    assert.equal(moved.body.errors, undefined, JSON.stringify(moved.body.errors));
    assert.equal(moved.body.data.reassignQuote.statement.id, c.statement.id);
    assert.deepEqual((await quoteOf('A')).statement.reports.map((r: any) => r.article.source), ['Norland Wire']);
    assert.deepEqual((await quoteOf('C')).statement.reports.map((r: any) => r.article.source), ['Pelling Courier', 'Harbour Daily']);
    const unknown = await gql(server.url, `mutation ($id: ID!) { reassignQuote(id: $id, speaker: null) { statement { id } } }`, { id: b.id }, authHeader);
    assert.equal(unknown.body.data.reassignQuote.statement, null);
    const audit = await gql(server.url, '{ corrections(first: 5) { edges { node { action before } } } }', {}, authHeader);
    const first = JSON.parse(audit.body.data.corrections.edges[0].node.before);
    assert.deepEqual([first.statement.text, first.quote.statementId], [b.text, Number(fromGlobalId(b.statement.id)!.id)], 'the audit keeps the statement the quote left');
    assert.deepEqual((await quoteOf('C')).statement.reports.map((r: any) => r.article.source), ['Harbour Daily']);
  });

  test('mergePeople moves the merged person\'s reports into the survivor\'s statement', async () => {
    const merged = await gql(server.url, `mutation ($k: ID!, $m: [ID!]!) { mergePeople(keep: $k, merge: $m) { name } }`,
      { k: await speakerId(server, 'Ilse Marrow'), m: [await speakerId(server, 'Bram Oduya')] }, authHeader);
    assert.equal(merged.body.errors, undefined, JSON.stringify(merged.body.errors));
    const [a, c] = [await quoteOf('A'), await quoteOf('C')];
    assert.equal(c.statement.id, a.statement.id);
    assert.deepEqual(a.statement.reports.map((r: any) => r.article.source), ['Norland Wire', 'Harbour Daily']);
    assert.deepEqual(a.statement.speaker, { name: 'Ilse Marrow' });
  });

  test('statements, their speakers, reports and first dates cost the same statements for 2 quotes as for all', async () => {
    const count = async (first: number) => {
      server.db.sqlCounter.reset();
      const res = await gql(server.url, `{ quotes(first: ${first}) { edges { node { statement { speaker { name } firstReported reports { article { source } } } } } } }`);
      assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
      assert.equal(res.body.data.quotes.edges.length, first);
      return server.db.sqlCounter.count;
    };
    assert.equal(await count(6), await count(2));
  });

  test('a statement is a Node: node(id:) answers it', async () => {
    const a = await quoteOf('A');
    const res = await gql(server.url, `query ($id: ID!) { node(id: $id) { __typename ... on Statement { id speaker { name } } } }`, { id: a.statement.id });
    assert.deepEqual(res.body.data.node, { __typename: 'Statement', id: a.statement.id, speaker: { name: 'Ilse Marrow' } });
  });
});

/** The global id of the person named `name`. */
async function speakerId(server: TestServer, name: string): Promise<string> {
  const res = await gql(server.url, `query ($n: String!) { person(name: $n) { id } }`, { n: name });
  return res.body.data.person.id;
}
