import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';
import { gql, startTestServer, TestServer } from '../helpers/test-server';
import { FactCheckData, startFactCheckSubgraph } from './fact-check.subgraph';

/** The operation a newsroom tool would send to the router: it crosses both subgraphs. */
const QUOTES_WITH_FACT_CHECKS = `{
  quotes(filter: { speaker: "Kovac" }) {
    totalCount
    edges { node { text speaker { name portraitUrl } factChecks { verdict } } }
  } }`;

const PORTRAIT = 'https://pictures.example.test/portraits/anna-kovac.jpg';

describe('Newsgraph behind an Apollo gateway, next to another subgraph', () => {
  let newsgraph: TestServer;
  let factChecks: { url: string; stop(): Promise<void> };
  let gateway: ApolloServer;
  let gatewayUrl: string;

  before(async () => {
    newsgraph = await startTestServer();
    for (let i = 0; i < 6; i += 1) await persistFixture(newsgraph.db, fixtureArticle(i, 3));
    // The fact-checking desk has checked the direct quote of article 3 and, twice, "The harbour is busy".
    const own = await gql(newsgraph.url, '{ quotes(filter: { speaker: "Kovac" }) { edges { node { id text speaker { id } } } } }');
    const data: FactCheckData = { checks: {}, portraits: {} };
    for (const { node } of own.body.data.quotes.edges) {
      if (node.text === 'Harbour number 3 will reopen before winter') data.checks[node.id] = [{ verdict: 'TRUE' }];
      if (node.text === 'The harbour is busy') data.checks[node.id] = [{ verdict: 'UNVERIFIABLE' }, { verdict: 'TRUE' }];
      data.portraits[node.speaker.id] = PORTRAIT;
    }
    factChecks = await startFactCheckSubgraph(data);
    const supergraphSdl = new IntrospectAndCompose({ subgraphs: [{ name: 'newsgraph', url: newsgraph.url }, { name: 'factchecks', url: factChecks.url }] });
    gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }), plugins: [ApolloServerPluginLandingPageDisabled()] });
    gatewayUrl = (await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } })).url;
  });

  after(async () => {
    await gateway?.stop();
    await factChecks?.stop();
    await newsgraph?.close();
  });

  test('answers "quotes by a named official, with each quote\'s fact checks" in one operation', async () => {
    assert.match(gatewayUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await gql(gatewayUrl, QUOTES_WITH_FACT_CHECKS);
    const anna = { name: 'Anna Kovac', portraitUrl: PORTRAIT };
    assert.deepEqual(res.body, {
      data: {
        quotes: {
          totalCount: 4,
          edges: [
            { node: { text: 'Harbour number 3 will reopen before winter', speaker: anna, factChecks: [{ verdict: 'TRUE' }] } },
            { node: { text: 'The harbour is busy', speaker: anna, factChecks: [{ verdict: 'UNVERIFIABLE' }, { verdict: 'TRUE' }] } },
            { node: { text: 'Harbour number 0 will reopen before winter', speaker: anna, factChecks: [] } },
            { node: { text: 'The harbour is busy', speaker: anna, factChecks: [{ verdict: 'UNVERIFIABLE' }, { verdict: 'TRUE' }] } },
          ],
        },
      },
    });
  });
});
