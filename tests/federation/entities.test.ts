import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixtureArticle } from '../helpers/graph-fixture';
import { repoRoot } from '../helpers/paths';
import { persistFixture } from '../helpers/persist-fixture';
import { gql, startTestServer, TestServer } from '../helpers/test-server';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Article { id headline }
    ... on Person { id name }
    ... on Organization { id acronym }
    ... on Event { id name }
    ... on Place { id name }
    ... on Quote { id text }
  } }`;

/** The list fields that hold the ids of each entity type. */
const LISTS = { Article: 'articles', Person: 'people', Organization: 'organizations', Event: 'events', Place: 'places', Quote: 'quotes' } as const;
type EntityType = keyof typeof LISTS;

describe('the federation subgraph', () => {
  let server: TestServer;
  const ids = {} as Record<EntityType, string[]>;

  before(async () => {
    server = await startTestServer();
    // 25 articles by 5 speakers: 50 quotes, 5 people, 1 organization, 1 event, 1 place.
    for (let i = 0; i < 25; i += 1) await persistFixture(server.db, fixtureArticle(i, 5));
    for (const [type, list] of Object.entries(LISTS)) {
      const res = await gql(server.url, `{ ${list}(first: 100) { edges { node { id } } } }`);
      ids[type as EntityType] = res.body.data[list].edges.map((e: { node: { id: string } }) => e.node.id);
    }
  });
  after(() => server.close());

  /** Resolve representations through `_entities`, counting the SQL statements it took. */
  async function resolveEntities(representations: { __typename: string; id: string }[]) {
    server.db.sqlCounter.reset();
    const res = await gql(server.url, ENTITIES, { representations });
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    return { entities: res.body.data._entities as ({ __typename: string; id: string } | null)[], statements: server.db.sqlCounter.count };
  }

  test('resolves 50 quote representations with one SQL statement, in the order asked', async () => {
    assert.equal(ids.Quote.length, 50);
    const representations = [...ids.Quote].reverse().map((id) => ({ __typename: 'Quote', id }));
    const { entities, statements } = await resolveEntities(representations);
    assert.deepEqual(entities.map((e) => e && [e.__typename, e.id]), representations.map((r) => ['Quote', r.id]));
    assert.equal(statements, 1, `expected one statement, got ${statements}`);
  });

  test('resolves a mix of every entity type with one SQL statement per type', async () => {
    const types = Object.keys(LISTS) as EntityType[];
    const representations = types.flatMap((type) => ids[type].slice(0, 10).map((id) => ({ __typename: type, id })));
    const { entities, statements } = await resolveEntities(representations);
    assert.deepEqual(entities.map((e) => e && `${e.__typename}:${e.id}`), representations.map((r) => `${r.__typename}:${r.id}`));
    assert.equal(statements, types.length, `expected ${types.length} statements (one per type), got ${statements}`);
  });

  test('returns whole entities, and null for an id it does not know', async () => {
    const anna = ids.Person[0];
    const { entities } = await resolveEntities([{ __typename: 'Person', id: anna }, { __typename: 'Person', id: '999999' }, { __typename: 'Organization', id: ids.Organization[0] }]);
    assert.deepEqual(entities, [
      { __typename: 'Person', id: anna, name: (await gql(server.url, `{ person(id: "${anna}") { name } }`)).body.data.person.name },
      null,
      { __typename: 'Organization', id: ids.Organization[0], acronym: 'MCA' },
    ]);
  });

  test('`_service { sdl }` is the committed schema.graphql', async () => {
    const res = await gql(server.url, '{ _service { sdl } }');
    const committed = readFileSync(join(repoRoot, 'schema.graphql'), 'utf8');
    assert.equal(res.body.data._service.sdl, committed);
  });

  test('resolves statement representations through their loader, with one SQL statement', async () => {
    const res = await gql(server.url, '{ quotes(first: 10) { edges { node { statement { id text } } } } }');
    const statements: { id: string; text: string }[] = res.body.data.quotes.edges.map((e: { node: { statement: { id: string; text: string } } }) => e.node.statement);
    assert.ok(statements.length === 10 && statements.every(Boolean), JSON.stringify(statements));
    server.db.sqlCounter.reset();
    const found = await gql(server.url, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Statement { id text } } }', { r: statements.map((s) => ({ __typename: 'Statement', id: s.id })) });
    assert.deepEqual(found.body.data._entities, statements);
    assert.equal(server.db.sqlCounter.count, 1);
  });

  test('declares @key(fields: "id") on Article, Person, Organization, Event, Place, Quote and Statement', async () => {
    const sdl: string = (await gql(server.url, '{ _service { sdl } }')).body.data._service.sdl;
    const keyed = [...sdl.matchAll(/^type (\w+)(?: implements Node)?\s+@key\(fields: "id"\)/gm)].map((m) => m[1]).sort();
    assert.deepEqual(keyed, ['Article', 'Event', 'Organization', 'Person', 'Place', 'Quote', 'Statement']);
  });
});
