import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { searchTerms, toFtsQuery, toTsQuery } from '../../src/queries/fts';
import { gql, startTestServer, TestServer } from '../helpers/test-server';
import { storeArticles } from '../reliability/stored-articles';

const SEARCH = 'query ($q: String!) { search(query: $q) { totalCount edges { node { title } } } }';

describe('search terms are the same on both backends', () => {
  test('a text splits into letters and digits, lower case, accents folded, as FTS5 reads it', () => {
    assert.equal(searchTerms('Dr. Kovač told the U.S. envoy: “Сергей’s plan” costs 3.5m'), 'dr kovac told the u s envoy сергей s plan costs 3 5m');
    assert.equal(searchTerms('—…'), '');
  });

  test('a search becomes the same terms in both query languages, the last one a prefix', () => {
    assert.equal(toTsQuery('Kovač U.S.'), "'kovac' & 'u' & 's':*");
    assert.equal(toFtsQuery('Kovač U.S.'), '"Kovač" "U" "S"*');
    assert.equal(toTsQuery('" * ( -'), null);
  });

  describe('over a stored article', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
      await storeArticles(server.db, [{ headline: 'Mayor Kovač opens the U.S. trade fair', body: 'The fair in Lindholm draws “exhibitors” from nine countries.' }]);
    });
    after(() => server.close());

    test('finds it without accents, by initials, inside curly quotes and by a prefix', async () => {
      for (const q of ['kovac', 'Kovač', 'U S', 'exhibitors', 'exhib', 'LINDHOLM']) {
        const res = await gql(server.url, SEARCH, { q });
        assert.equal(res.body.data?.search.totalCount, 1, `${q}: ${JSON.stringify(res.body)}`);
      }
      const none = await gql(server.url, SEARCH, { q: 'kovacs' });
      assert.equal(none.body.data.search.totalCount, 0);
    });
  });
});
