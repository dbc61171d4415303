import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, isMisspelling } from '../../src/extraction/text/similarity';
import { isMisspelling as acrossArticles } from '../../src/ingest/match';

test('one edit distance: a swap of two letters is one edit', () => {
  assert.equal(editDistance('kovacevic', 'kovacveic'), 1);
  assert.equal(editDistance('ostrander', 'ostrandre'), 1);
  assert.equal(editDistance('abc', 'abcdefgh', 3), 4, 'bounded: gives up past max');
});

test('inside an article a long name may differ by two edits; short names never count', () => {
  assert.equal(isMisspelling('annakovacevic', 'annakovacvic', 'personName'), true);
  assert.equal(isMisspelling('ivo', 'iva', 'personName'), false);
  assert.equal(isMisspelling('kovacevic', 'lovacevic', 'personName'), false, 'first letters differ');
});

test('across articles the bar is higher: one edit from 8 letters, two from 14', () => {
  assert.equal(acrossArticles('ostrander', 'ostrandre'), true, 'a swap is one edit in both places');
  assert.equal(acrossArticles('ostrander', 'ostrandrx'), false, 'two edits at 9 letters');
  assert.equal(acrossArticles('velmorawaterboard', 'velmorawatrebord'), true);
  assert.equal(isMisspelling('ostrander', 'ostrandrx', 'personName'), true, 'the same pair merges inside one article');
});
