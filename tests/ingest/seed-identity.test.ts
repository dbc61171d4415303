import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { SEED_MISSING, seedArticlePath } from '../helpers/paths';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';
import { loadSampleArticlesIfEmpty } from '../../src/ingest/sample';
import { createLogger } from '../../src/logger';

describe('the seed article ingested after the sample content', { skip: !existsSync(seedArticlePath) && SEED_MISSING }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await loadSampleArticlesIfEmpty(server.db, server.config, createLogger('silent'));
    const res = await gql(server.url, 'mutation ($t: String!) { ingestArticle(input: { text: $t }) { status } }', { t: readFileSync(seedArticlePath, 'utf8') }, authHeader);
    assert.equal(res.body.data?.ingestArticle.status, 'NEW', JSON.stringify(res.body));
  });
  after(() => server?.close());

  test('keeps its own academy: its speaker works for the academy of Belarus, not the sample\'s', async () => {
    const res = await gql(server.url, '{ person(name: "Chizhik") { roles { organization { name acronym } } } }');
    assert.deepEqual(res.body.data.person.roles.map((r: any) => r.organization), [{ name: 'National Academy of Sciences of Belarus', acronym: 'NASB' }]);
  });

  test('leaves the sample academy with its own names only', async () => {
    const res = await gql(server.url, '{ organization(name: "TAS") { name acronym aliases } }');
    const org = res.body.data.organization;
    assert.deepEqual([org.name, org.acronym], ['Tirelian Academy of Sciences', 'TAS']);
    assert.ok(!org.aliases.some((a: string) => /belar|national|NASB/i.test(a)), JSON.stringify(org.aliases));
  });
});
