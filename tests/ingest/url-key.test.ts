import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';

const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status duplicateOf article { url } } }';
const TEXT = 'Ferry timetable approved\n\nVELMORA, 4 March (Norland Wire) - The harbour board approved the winter ferry timetable on Tuesday after a long debate.';

describe('article urls: kept as given, matched in their normal form', () => {
  let server: TestServer;
  before(async () => { server = await startTestServer({ LOAD_SAMPLE_DATA: 'false' }); });
  after(() => server.close());

  test('another form of the same address is a duplicate by url; the stored url is the one first given', async () => {
    const first = await gql(server.url, INGEST, { input: { text: TEXT, url: 'https://News.Example.test/harbour/ferry/?utm_source=feed#top' } }, authHeader);
    assert.deepEqual(first.body.data.ingestArticle, { status: 'NEW', duplicateOf: null, article: { url: 'https://News.Example.test/harbour/ferry/?utm_source=feed#top' } });
    const again = await gql(server.url, INGEST, { input: { text: `${TEXT} Changed words.`, url: 'https://news.example.test/harbour/ferry' } }, authHeader);
    assert.deepEqual(again.body.data.ingestArticle, { status: 'DUPLICATE', duplicateOf: 'url', article: { url: 'https://News.Example.test/harbour/ferry/?utm_source=feed#top' } });
  });

  test('article(url:) finds it by any form of the address', async () => {
    for (const url of ['https://news.example.test/harbour/ferry', 'https://NEWS.example.test/harbour/ferry/#x']) {
      const res = await gql(server.url, 'query ($u: String!) { article(url: $u) { headline } }', { u: url });
      assert.equal(res.body.data.article?.headline, 'Ferry timetable approved', url);
    }
  });
});
