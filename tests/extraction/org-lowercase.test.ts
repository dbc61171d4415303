import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

const orgs = (body: string) => extractArticle({ text: `Headline for the test story\n\n${body}` }).organizations.map((o) => o.name);

test('a place or name before a lower-case body word is an organization', () => {
  assert.deepEqual(orgs('Officers from the Dunmore County Sheriff\'s office and Carlow police searched the river. The Halvorsen administration sent the bill back, and the Brackley council voted against it.'),
    ["Dunmore County Sheriff's office", 'Carlow police', 'Halvorsen administration', 'Brackley council']);
});

test('no organization from a sentence-initial word, a weekday or a possessive before the head', () => {
  assert.deepEqual(orgs('Monday council meetings are long. Local government is slow. Her office was closed.'), []);
});

test('clubs named by a place and a club word, and parties named by a bare word', () => {
  assert.deepEqual(orgs('Leeds United beat Harbour Albion 2-0 on Saturday, and Wexley Wanderers lost.'), ['Leeds United', 'Harbour Albion', 'Wexley Wanderers']);
  assert.deepEqual(orgs('Democrats and Republicans in the assembly agreed, and the GOP leader spoke.'), ['Democrats', 'Republicans', 'GOP']);
});

test('an organization named with a possessive is stored without it', () => {
  assert.deepEqual(orgs('The Velorian Institute for Water Research’s survey ends in May.'), ['Velorian Institute for Water Research']);
});
