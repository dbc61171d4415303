import assert from 'node:assert/strict';
import { fromGlobalId, toGlobalId } from '../../src/queries/ids';
import { after, before, describe, test } from 'node:test';
import type { ExtractedArticle } from '../../src/extraction/types';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';
import { authHeader, gql, startTestServer, TEST_API_KEY, TestServer } from '../helpers/test-server';

/** Article 0 of the graph fixture with its speaker and ministry written differently (so they stay two). */
function duplicateArticle(): ExtractedArticle {
  const doc = fixtureArticle(3, 5);
  doc.people[0] = { ...doc.people[0], name: 'Anya Kovac-Horn', aliases: [] };
  doc.organizations[0] = { ...doc.organizations[0], name: 'Coastal Affairs Ministry', acronym: null };
  return doc;
}

async function counts(server: TestServer): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['person', 'organization', 'quote', 'alias', 'mention', 'person_role', 'event_participant', 'correction', 'entity_redirect']) {
    out[t] = (await server.db.reader.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n;
  }
  return out;
}

/** The global id (what the API shows) of the row named `name` in `table`. */
const idOf = async (server: TestServer, table: string, name: string): Promise<string> =>
  toGlobalId(table === 'person' ? 'Person' : 'Organization', (await server.db.reader.query(`SELECT id FROM ${table} WHERE name = ?`, [name]))[0].id);
const write = (server: TestServer, query: string, variables?: Record<string, unknown>) => gql(server.url, query, variables, authHeader);

describe('corrections through the API', () => {
  let server: TestServer;
  let anna: string;
  let anya: string;
  before(async () => {
    server = await startTestServer({ API_KEYS: `editor:${TEST_API_KEY}` });
    await persistFixture(server.db, fixtureArticle(0, 5), 'https://example.test/c/0');
    await persistFixture(server.db, duplicateArticle(), 'https://example.test/c/3');
    [anna, anya] = [await idOf(server, 'person', 'Anna Kovac'), await idOf(server, 'person', 'Anya Kovac-Horn')];
  });
  after(() => server.close());

  test('refuse to run without a key and change nothing', async () => {
    const before = await counts(server);
    const res = await gql(server.url, 'mutation ($k: ID!, $m: [ID!]!) { mergePeople(keep: $k, merge: $m) { id } }', { k: anna, m: [anya] });
    assert.equal(res.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.equal((await gql(server.url, '{ corrections { totalCount } }')).body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.deepEqual(await counts(server), before);
  });

  test('a failed merge names the bad id and changes nothing', async () => {
    const before = await counts(server);
    const res = await write(server, 'mutation ($k: ID!, $m: [ID!]!) { mergePeople(keep: $k, merge: $m) { id } }', { k: anna, m: [anya, '9999'] });
    assert.equal(res.body.errors?.[0].message, 'no person with id 9999');
    assert.deepEqual(await counts(server), before);
  });

  test('mergePeople moves quotes, roles, mentions and aliases; the merged id answers with the survivor', async () => {
    const res = await write(server, 'mutation ($k: ID!, $m: [ID!]!) { mergePeople(keep: $k, merge: $m) { id name aliases quotes { totalCount } roles { title } } }', { k: anna, m: [anya] });
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    assert.deepEqual(res.body.data.mergePeople, { id: anna, name: 'Anna Kovac', aliases: ['Kovac', 'Anya Kovac-Horn', 'Kovac-Horn'], quotes: { totalCount: 4 }, roles: [{ title: 'Minister' }, { title: 'Minister' }] });
    const old = await gql(server.url, `{ person(id: "${anya}") { id name } }`);
    assert.deepEqual(old.body.data.person, { id: anna, name: 'Anna Kovac' });
    assert.equal((await server.db.reader.query('SELECT COUNT(*) AS n FROM person'))[0].n, 1);
  });

  test('mergeOrganizations, renames, reassignQuote and detachAlias work and are listed with who, what and the state before', async () => {
    const [ministry, dup] = [await idOf(server, 'organization', 'Ministry of Coastal Affairs'), await idOf(server, 'organization', 'Coastal Affairs Ministry')];
    const merged = await write(server, `mutation { mergeOrganizations(keep: "${ministry}", merge: ["${dup}"]) { name aliases people { totalCount } } }`);
    assert.deepEqual(merged.body.data.mergeOrganizations, { name: 'Ministry of Coastal Affairs', aliases: ['MCA', 'Coastal Affairs Ministry'], people: { totalCount: 1 } });
    const renamed = await write(server, `mutation { renameOrganization(id: "${dup}", name: "Ministry of Coastal and Harbour Affairs") { id name aliases } }`);
    assert.deepEqual(renamed.body.data.renameOrganization, { id: ministry, name: 'Ministry of Coastal and Harbour Affairs', aliases: ['Ministry of Coastal Affairs', 'MCA', 'Coastal Affairs Ministry'] });
    const person = await write(server, `mutation { renamePerson(id: "${anna}", name: "Anna Kovač") { name } }`);
    assert.equal(person.body.data.renamePerson.name, 'Anna Kovač');
    const detached = await write(server, `mutation { detachAlias(entityType: PERSON, id: "${anna}", alias: "anya kovac-horn") { action who entityType targetId } }`);
    assert.deepEqual(detached.body.data.detachAlias, { action: 'DETACH_ALIAS', who: 'editor', entityType: 'PERSON', targetId: anna });
    const canonical = await write(server, `mutation { detachAlias(entityType: PERSON, id: "${anna}", alias: "Anna Kovac") { id } }`);
    assert.match(canonical.body.errors?.[0].message ?? '', /is the canonical name of person/);
    const quoteId = String((await server.db.reader.query('SELECT id FROM quote ORDER BY id LIMIT 1'))[0].id);
    const unknown = await write(server, `mutation { reassignQuote(id: "${quoteId}", speaker: null) { speaker { name } attribution } }`);
    assert.deepEqual(unknown.body.data.reassignQuote, { speaker: null, attribution: 'UNKNOWN' });
    const back = await write(server, `mutation { reassignQuote(id: "${quoteId}", speaker: "${anya}") { speaker { name } } }`);
    assert.deepEqual(back.body.data.reassignQuote.speaker, { name: 'Anna Kovač' });

    const list = await write(server, '{ corrections(first: 10) { totalCount edges { cursor node { action who at what before } } } }');
    const nodes = list.body.data.corrections.edges.map((e: any) => e.node);
    assert.deepEqual(nodes.map((n: any) => n.action), ['MERGE_PEOPLE', 'MERGE_ORGANIZATIONS', 'RENAME_ORGANIZATION', 'RENAME_PERSON', 'DETACH_ALIAS', 'REASSIGN_QUOTE', 'REASSIGN_QUOTE']);
    assert.ok(nodes.every((n: any) => n.who === 'editor' && /^\d{4}-\d\d-\d\dT/.test(n.at)));
    const row = (id: string) => String(fromGlobalId(id)!.id);
    assert.deepEqual(JSON.parse(nodes[0].what), { keep: row(anna), merge: [row(anya)] }, 'the audit records row ids');
    assert.ok(JSON.parse(nodes[0].before).entities.some((e: any) => e.name === 'Anya Kovac-Horn'));
    assert.equal(JSON.parse(nodes[3].before).entity.name, 'Anna Kovac');
    const page = await write(server, `{ corrections(first: 2, after: ${JSON.stringify(list.body.data.corrections.edges[4].cursor ?? '')}) { edges { node { action } } } }`);
    assert.deepEqual(page.body.data.corrections.edges.map((e: any) => e.node.action), ['REASSIGN_QUOTE', 'REASSIGN_QUOTE']);
  });
});

describe('API key names', () => {
  test('API_KEYS entries may be named "name:key"; unnamed keys are named by position', async () => {
    const { loadConfig } = await import('../../src/config');
    const { keyNameOf } = await import('../../src/auth');
    const config = loadConfig({ NODE_ENV: 'test', API_KEYS: 'editor:s3cret-one, plain-key-two' });
    assert.deepEqual([config.apiKeys, config.apiKeyNames], [['s3cret-one', 'plain-key-two'], ['editor', 'key-2']]);
    assert.deepEqual(['Bearer s3cret-one', 'Bearer plain-key-two', 'Bearer editor:s3cret-one', undefined].map((h) => keyNameOf(h, config.apiKeys, config.apiKeyNames)), ['editor', 'key-2', null, null]);
  });
});
