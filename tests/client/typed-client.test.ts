import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, parse, validate } from 'graphql';
import { authHeader, startTestServer, TestServer } from '../helpers/test-server';
import { repoRoot } from '../helpers/paths';
import { codegenConfig } from './codegen';
import type { ArticleQuotesQuery } from './gql/graphql';
import { ArticleQuotes, IngestArticle } from './operations';
import { execute } from './typed-fetch';

// A made-up story (fictional town, outlet and people).
const TEXT = [
  'Harbour council backs a tram line to the ferry piers',
  '',
  'MARLOW BAY, March 3 (Tidewire) - The Marlow Bay council voted on Tuesday to build a tram line along the harbour.',
  '',
  '"This line will carry ten thousand riders a day," said Mayor Elena Varga.',
].join('\n');
const URL = 'https://example.test/marlow-tram';

let service: TestServer;
before(async () => { service = await startTestServer(); });
after(async () => { await service?.close(); });

test('a typed mutation and a typed query run through plain fetch and answer the generated types', async () => {
  const ingested = await execute(service.url, IngestArticle, { input: { text: TEXT, url: URL } }, authHeader);
  assert.equal(ingested.ingestArticle.status, 'NEW');

  const result: ArticleQuotesQuery = await execute(service.url, ArticleQuotes, { url: URL });
  // The result type is the document's: a field it does not select is a compile error.
  // @ts-expect-error `body` is not selected by ArticleQuotes
  assert.equal(result.article?.body, undefined);
  assert.equal(result.article?.headline, 'Harbour council backs a tram line to the ferry piers');
  assert.equal(result.article?.source, 'Tidewire');
  const quotes = result.article?.quotes.edges.map(({ node }) => ({ kind: node.kind, text: node.text, speaker: node.speaker?.name ?? null }));
  assert.deepEqual(quotes, [{ kind: 'DIRECT', text: 'This line will carry ten thousand riders a day', speaker: 'Elena Varga' }]);
  assert.equal(result.article?.quotes.totalCount, 1);
});

test('the README\'s typed client example is a valid operation on schema.graphql', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Typed client'), readme.indexOf('## Running in production'));
  const documents = [...section.matchAll(/graphql\(`([^`]+)`\)/g)].map((m) => m[1]);
  assert.equal(documents.length, 1);
  const schema = buildSchema(readFileSync(join(repoRoot, 'schema.graphql'), 'utf8'), { assumeValidSDL: true });
  assert.deepEqual(validate(schema, parse(documents[0])).map((e) => e.message), []);
});

test('the committed tests/client/gql/ is what npm run codegen generates from schema.graphql and the documents', { timeout: 120_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'newsgraph-codegen-'));
  try {
    await generate({ ...codegenConfig(`${out}/`), cwd: repoRoot, silent: true }, true);
    const committed = join(repoRoot, 'tests', 'client', 'gql');
    assert.deepEqual(readdirSync(out).sort(), readdirSync(committed).sort());
    for (const file of readdirSync(out)) {
      assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(committed, file), 'utf8'), `tests/client/gql/${file} is stale: run npm run codegen`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
