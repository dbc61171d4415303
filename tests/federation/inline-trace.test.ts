import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Trace } from '@apollo/usage-reporting-protobuf';
import { gql, startTestServer, TestServer } from '../helpers/test-server';

describe('federated inline traces (ftv1)', () => {
  let server: TestServer;
  before(async () => { server = await startTestServer(); });
  after(async () => { await server.close(); });

  test('answers an ftv1 trace of the resolved fields when the gateway asks for one', async () => {
    const res = await gql(server.url, '{ articles(first: 1) { totalCount } }', undefined, { 'apollo-federation-include-trace': 'ftv1' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.data, { articles: { totalCount: 0 } });
    const ftv1 = (res.body as { extensions?: { ftv1?: string } }).extensions?.ftv1;
    assert.equal(typeof ftv1, 'string');
    const trace = Trace.decode(Buffer.from(ftv1!, 'base64'));
    assert.ok(Number(trace.durationNs) > 0);
    const fields = trace.root?.child?.map((c) => c.responseName);
    assert.deepEqual(fields, ['articles']);
  });

  test('adds no trace to a request that does not ask', async () => {
    const res = await gql(server.url, '{ articles(first: 1) { totalCount } }');
    assert.equal((res.body as { extensions?: unknown }).extensions, undefined);
  });
});
