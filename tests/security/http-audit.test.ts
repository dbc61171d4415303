import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serverAudits } from 'graphql-http';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * SHOULD audits known to fail, and why (also listed in README "Security and limits"): Apollo
 * Server answers parse, validation and variable errors with 400 even for `accept:
 * application/json`, where the GraphQL-over-HTTP spec prefers 200 for that legacy media type.
 */
const KNOWN_SHOULD_FAILURES = [
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

describe('GraphQL over HTTP (graphql-http audits)', () => {
  let server: TestServer;
  before(async () => { server = await startTestServer(); });
  after(() => server.close());

  test('passes every MUST audit; the SHOULD audits that fail are the known ones', async () => {
    const failures: { name: string; status: string; reason: string }[] = [];
    const audits = serverAudits({ url: server.url, fetchFn: fetch });
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push({ name: audit.name, status: result.status, reason: result.reason });
    }
    const musts = failures.filter((f) => f.name.startsWith('MUST'));
    assert.deepEqual(musts, [], JSON.stringify(musts, null, 2));
    const shoulds = failures.filter((f) => f.name.startsWith('SHOULD')).map((f) => f.name);
    assert.deepEqual(shoulds.sort(), [...KNOWN_SHOULD_FAILURES].sort());
    console.log(`graphql-http: ${audits.length} audits, ${failures.length} not ok:\n${failures.map((f) => `  ${f.status}: ${f.name} (${f.reason})`).join('\n')}`);
  });
});
