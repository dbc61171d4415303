import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { getIntrospectionQuery } from 'graphql';
import { EXAMPLES } from '../../src/playground/examples';
import { repoRoot } from '../helpers/paths';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';
import { rawPost } from './helpers';

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

/** Each operation, and the exact error it must get. */
const REJECTED: [string, string, RegExp, Record<string, unknown>?][] = [
  ['depth 13', '{ quotes { edges { node { speaker { roles { organization { people { edges { node { quotes { edges { node { text } } } } } } } } } } } } }',
    /^Query depth 13 exceeds the limit of 10 \(MAX_QUERY_DEPTH\)$/],
  ['30 aliases', `{ ${repeat(30, (i) => `a${i}: articles { totalCount }`)} }`, /^Alias count 30 exceeds the limit of 15 \(MAX_QUERY_ALIASES\)$/],
  ['1500 tokens', `{ ${repeat(1500, () => '__typename')} }`, /^Query token count exceeds the limit of 1000 \(MAX_QUERY_TOKENS\)$/],
  ['21 directives', `{ articles ${repeat(21, (i) => `@include(if: ${i >= 0})`)} { totalCount } }`, /^Directive count 21 exceeds the limit of 20 \(MAX_QUERY_DIRECTIVES\)$/],
  ['100 articles x 100 people', '{ articles(first: 100) { edges { node { people(first: 100) { edges { node { name } } } } } } }',
    /^Query cost 10100 exceeds the limit of 10000 \(MAX_QUERY_COST\)$/],
  ['100 x 100 x 100 rows', '{ articles(first: 100) { edges { node { people(first: 100) { edges { node { quotes(first: 100) { edges { node { text } } } } } } } } } }',
    /^Query cost 3010100 exceeds the limit of 10000 \(MAX_QUERY_COST\)$/],
  ['100 x 100 rows with page sizes in variables', 'query ($n: Int) { articles(first: $n) { edges { node { people(first: $n) { edges { node { name } } } } } } }',
    /^Query cost 10100 exceeds the limit of 10000 \(MAX_QUERY_COST\)$/, { n: 100 }],
  ['deep nesting: 100 quotes, each speaker\'s 100 quotes and their articles', '{ quotes(first: 100) { edges { node { speaker { quotes(first: 100) { edges { node { article { headline } } } } } } } } }',
    /^Query cost 30200 exceeds the limit of 10000 \(MAX_QUERY_COST\)$/],
  ['100 articles x 100 people and 100 organizations (the default page size counts too)',
    'query ($n: Int) { articles(first: $n) { edges { node { people(first: $n) { edges { node { id name aliases } } } organizations { edges { node { id name acronym } } } } } } }',
    /^Query cost 12100 exceeds the limit of 10000 \(MAX_QUERY_COST\)$/, { n: 100 }],
];

describe('operation limits', () => {
  let server: TestServer;
  before(async () => { server = await startTestServer(); });
  after(() => server.close());

  for (const [label, query, message, variables] of REJECTED) {
    test(`rejects ${label} with an error naming the limit`, async () => {
      const res = await gql(server.url, query, variables);
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.equal(res.body.data, undefined);
      assert.match(res.body.errors?.[0].message ?? '', message, JSON.stringify(res.body));
    });
  }

  /** Pages an app really shows: each must pass the cost check and run. */
  const PAGES: [string, string][] = [
    ['one article with its first 100 quotes (with speakers), people and organizations',
      '{ article(id: "1") { headline body source publishedAt quotes(first: 100) { totalCount edges { node { text context cueVerb speaker { name } } } } people(first: 100) { edges { node { id name aliases } } } organizations(first: 100) { edges { node { id name acronym } } } places(first: 100) { edges { node { name } } } } }'],
    ['a list of 100 quotes with speaker, roles and article',
      '{ quotes(first: 100) { totalCount edges { node { text context cueVerb speaker { name roles { title organization { name acronym } } } article { headline publishedAt source } } } pageInfo { hasNextPage endCursor } } }'],
    ['100 articles with their people counts', '{ articles(first: 100) { edges { node { headline people(first: 60) { totalCount } } } } }'],
  ];
  for (const [label, query] of PAGES) {
    test(`lets ${label} through`, async () => {
      const res = await gql(server.url, query);
      assert.equal(res.status, 200, JSON.stringify(res.body.errors));
      assert.equal(res.body.errors, undefined);
    });
  }

  test('rejects a body over MAX_BODY_BYTES with 413 and a JSON error naming the limit', async () => {
    const res = await rawPost(server.url, JSON.stringify({ query: `{ search(query: "${'x'.repeat(2_100_000)}") { totalCount } }` }));
    assert.equal(res.status, 413);
    assert.match(res.json.errors[0].message, /^Request body is 21\d{5} bytes; the limit is 2000000 bytes \(MAX_BODY_BYTES\)$/);
  });

  test('lets GraphiQL\'s introspection query through', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const res = await gql(server.url, query);
    assert.equal(res.status, 200);
    assert.equal(res.body.errors, undefined);
    assert.ok(res.body.data.__schema.types.length > 20);
  });

  test('lets every README and playground example operation through', async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const fromReadme = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({ query: m[1], variables: undefined as string | undefined }))
      .filter((op) => /^\s*(\{|query|mutation)/.test(op.query));
    const operations = [...fromReadme, ...EXAMPLES];
    assert.ok(operations.length >= 6);
    for (const op of operations) {
      const res = await gql(server.url, op.query, op.variables ? JSON.parse(op.variables) : undefined, authHeader);
      const limited = (res.body.errors ?? []).filter((e) => /MAX_QUERY_/.test(e.message));
      assert.deepEqual(limited, [], op.query);
      assert.notEqual(res.status, 400, `${op.query}\n${JSON.stringify(res.body.errors)}`);
    }
  });
});
