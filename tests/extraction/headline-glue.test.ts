import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanHeadline } from '../../src/extraction/normalize/source';

test('a teaser glued to the headline is cut off; brand names with inner capitals stay', () => {
  assert.equal(cleanHeadline('Kestrel growingKestrel Holdings Buys Coastal Bakery Chain', null), 'Kestrel Holdings Buys Coastal Bakery Chain');
  assert.equal(cleanHeadline('New iPhone and PlayStation sales rise in Marnow', null), 'New iPhone and PlayStation sales rise in Marnow');
});
