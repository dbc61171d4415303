import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { printSubgraphSdl } from '../../src/federation/subgraph-schema';
import { buildAppSchema } from '../../src/schema';
import { FACT_CHECK_SDL } from './fact-check.subgraph';

const OWNED = ['Article', 'Person', 'Organization', 'Event', 'Place', 'Quote'];

/** The subgraph definition a router is given for Newsgraph. */
async function newsgraph() {
  return { name: 'newsgraph', url: 'http://127.0.0.1:4000/graphql', typeDefs: parse(printSubgraphSdl(await buildAppSchema())) };
}

describe('composing a supergraph', () => {
  test('composes Newsgraph alone without errors, with its six entities keyed by id', async () => {
    const result = composeServices([await newsgraph()]);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const sdl = result.supergraphSdl ?? '';
    for (const type of OWNED) {
      assert.match(sdl, new RegExp(`type ${type}(?: implements Node\\s+@join__implements\\(graph: NEWSGRAPH, interface: "Node"\\))?\\s+@join__type\\(graph: NEWSGRAPH, key: "id"\\)`), `${type} should be an entity owned by newsgraph`);
    }
    assert.match(sdl, /quotes\(/);
  });

  test('composes with a subgraph that extends Quote and Person by key, without errors', async () => {
    const result = composeServices([await newsgraph(), { name: 'factchecks', url: 'http://127.0.0.1:4001/graphql', typeDefs: parse(FACT_CHECK_SDL) }]);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const sdl = result.supergraphSdl ?? '';
    assert.match(sdl, /factChecks: \[FactCheck!\]! @join__field\(graph: FACTCHECKS\)/);
    assert.match(sdl, /portraitUrl: String @join__field\(graph: FACTCHECKS\)/);
    assert.match(sdl, /type Quote(?: implements Node\s+@join__implements\(graph: NEWSGRAPH, interface: "Node"\))?\s+@join__type\(graph: FACTCHECKS, key: "id"\)\s+@join__type\(graph: NEWSGRAPH, key: "id"\)/);
  });
});
