import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';

// graphql-ws ships its client as a package export; the type comes from its dist file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createClient } = require('graphql-ws') as typeof import('graphql-ws/dist/index');

const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }';
const story = (n: number, speaker: string) => `Harbour board meets\n\nVELMORA, 3 March (Norland Wire) - Harbour Minister ${speaker} visited pier ${n} on Monday.\n\n"Pier ${n} will reopen before winter," ${speaker.split(' ').pop()} said.`;

type Received = { data?: any; errors?: any[] };

/** Subscribe and collect every event into `into`; resolves once the server acknowledged the subscription. */
function listen(client: ReturnType<typeof createClient>, query: string, into: Received[]): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe({ query }, { next: (v) => into.push(v as Received), error: (e) => { into.push({ errors: [e] }); }, complete: () => undefined });
    // graphql-ws sends the subscription right after connecting; a short pause lets the server register it.
    setTimeout(() => resolve(stop), 150);
    void reject;
  });
}

const waitFor = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe('subscriptions over graphql-ws on /graphql', () => {
  let server: TestServer;
  let client: ReturnType<typeof createClient>;
  before(async () => {
    server = await startTestServer({ LOAD_SAMPLE_DATA: 'false' });
    client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false });
  });
  after(async () => { await client.dispose(); await server.close(); });

  test('quoteAdded(speaker:) hears the quote within a second of the ingest, and nothing for other speakers', async () => {
    const kovac: Received[] = [];
    const other: Received[] = [];
    const stops = [
      await listen(client, 'subscription { quoteAdded(speaker: "Kovac") { text speaker { name } article { headline } } }', kovac),
      await listen(client, 'subscription { quoteAdded(speaker: "Lindqvist") { text } }', other),
    ];
    const res = await gql(server.url, INGEST, { input: { text: story(1, 'Anna Kovac') } }, authHeader);
    assert.equal(res.body.data.ingestArticle.status, 'NEW', JSON.stringify(res.body));
    assert.ok(await waitFor(() => kovac.length > 0, 1000), 'no event within a second of the ingest that stored the quote');
    assert.deepEqual(kovac[0], { data: { quoteAdded: { text: 'Pier 1 will reopen before winter', speaker: { name: 'Anna Kovac' }, article: { headline: 'Harbour board meets' } } } });
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(other, []);
    stops.forEach((stop) => stop());
  });

  test('articleAdded hears new articles but not a duplicate', async () => {
    const got: Received[] = [];
    const stop = await listen(client, 'subscription { articleAdded { headline } }', got);
    await gql(server.url, INGEST, { input: { text: story(2, 'Erik Lindqvist') } }, authHeader);
    await gql(server.url, INGEST, { input: { text: story(2, 'Erik Lindqvist') } }, authHeader);
    assert.ok(await waitFor(() => got.length > 0, 1000));
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(got, [{ data: { articleAdded: { headline: 'Harbour board meets' } } }]);
    stop();
  });

  test('subscriptions keep the query limits: a too-deep subscription is refused with the limit named', async () => {
    const got: Received[] = [];
    const deep = 'subscription { quoteAdded { speaker { quotes { edges { node { speaker { quotes { edges { node { speaker { quotes { edges { node { text } } } } } } } } } } } } } }';
    await listen(client, deep, got);
    assert.ok(await waitFor(() => got.length > 0, 1000));
    const message = JSON.stringify(got[0].errors);
    assert.match(message, /MAX_QUERY_DEPTH/);
  });
});
