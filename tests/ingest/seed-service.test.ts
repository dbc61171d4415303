import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { SEED_MISSING, seedArticlePath } from '../helpers/paths';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';

const HAVE_SEED = existsSync(seedArticlePath);

/** The headline query, word for word. */
const HEADLINE_QUERY = `{ quotes(filter: { speaker: "Chizhik" }, first: 10) {
    totalCount
    edges { node { text cueVerb
      speaker { name roles { title organization { name acronym } } }
      article { headline publishedAt url } event { name } } }
    pageInfo { hasNextPage endCursor } } }`;

describe('the seed article through the running service', { skip: !HAVE_SEED && SEED_MISSING }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    const res = await gql(server.url, 'mutation ($t: String!) { ingestArticle(input: { text: $t }) { status } }', { t: readFileSync(seedArticlePath, 'utf8') }, authHeader);
    assert.equal(res.body.data?.ingestArticle.status, 'NEW', JSON.stringify(res.body));
  });
  after(() => server?.close());

  test('answers "quotes by a named official" for the surname alone', async () => {
    const res = await gql(server.url, HEADLINE_QUERY);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    const edges = res.body.data.quotes.edges.map((e: any) => e.node);
    for (const q of edges) {
      assert.equal(q.speaker.name, 'Sergei Chizhik');
      assert.equal(q.article.headline, "Belarus' academy of sciences cooperates with 11 provinces of China");
      assert.match(q.article.publishedAt, /^2023-05-26T17:27/);
    }
    assert.equal(res.body.data.quotes.totalCount, 5);
    const role = edges[0].speaker.roles.find((r: any) => /First Deputy Chairman of the Presidium/.test(r.title));
    assert.deepEqual(role?.organization, { name: 'National Academy of Sciences of Belarus', acronym: 'NASB' });
  });

  test('keeps the three direct quotes apart from reported speech, in reading order, at the forum', async () => {
    const res = await gql(server.url, '{ quotes(filter: { speaker: "Sergey Chizhik", kind: DIRECT }) { edges { node { text cueVerb attribution event { name } } } } }');
    const direct = res.body.data.quotes.edges.map((e: any) => e.node);
    const openings = ['Over these 30 years', 'At the 2nd Eurasian Economic Forum', 'A special council has been set up'];
    assert.deepEqual(direct.map((q: any) => [openings.find((o) => q.text.startsWith(o)) ?? q.text, q.cueVerb]), [
      [openings[0], 'said'], [openings[1], 'said'], [openings[2], 'concluded'],
    ]);
    for (const q of direct) assert.match(q.event?.name ?? '', /Innovative Development of Smart Manufacturing/);
  });

  test('finds the academy by its acronym, short form and misspelling', async () => {
    for (const name of ['NASB', 'National Academy of Sciences of Belaurs', 'national academy of sciences of belarus']) {
      const res = await gql(server.url, 'query ($n: String!) { organization(name: $n) { name } }', { n: name });
      assert.equal(res.body.data.organization?.name, 'National Academy of Sciences of Belarus', name);
    }
  });
});
