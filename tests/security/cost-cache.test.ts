import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'graphql';
import { buildAppSchema } from '../../src/schema';
import { cachedComplexityOf, complexityOf } from '../../src/security/complexity';

const PAGE = parse('query ($n: Int) { articles(first: $n) { edges { node { headline people(first: $n) { edges { node { name } } } } } } }');

describe('cost cached per document', () => {
  test('gives the cost of each set of variables, the same as an uncached count', async () => {
    const schema = await buildAppSchema();
    for (const n of [10, 100, 10, 100]) {
      assert.equal(cachedComplexityOf(schema, PAGE, { n }), complexityOf(schema, PAGE, { n }));
    }
    assert.equal(cachedComplexityOf(schema, PAGE, { n: 10 }), 10 * (1 + 1 + 10)); // a row, its headline, its people
    assert.equal(cachedComplexityOf(schema, PAGE, { n: 100 }), 100 * (1 + 1 + 100));
  });

  test('a second count of the same document and variables is faster than the first', async () => {
    const schema = await buildAppSchema();
    const doc = parse('{ quotes(first: 100) { edges { node { text speaker { name roles { title organization { name } } } article { headline } } } } }');
    const t0 = performance.now();
    const first = cachedComplexityOf(schema, doc, {});
    const t1 = performance.now();
    for (let i = 0; i < 10; i++) assert.equal(cachedComplexityOf(schema, doc, {}), first);
    assert.ok((performance.now() - t1) / 10 < (t1 - t0), `first ${t1 - t0} ms, then ${(performance.now() - t1) / 10} ms each`);
  });
});
