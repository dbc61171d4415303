import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

const orgs = (text: string) => extractArticle({ text: `Budget vote in Velmora\n\n${text}` }).organizations.map((o) => o.name);

test('a name crosses "and" and a furniture-like field word before its head ("Health and Social Services Agency")', () => {
  const found = orgs('VELMORA, 3 March - The plan came from the Tarnby Health and Social Services Agency, officials said on Monday.');
  assert.ok(found.includes('Tarnby Health and Social Services Agency'), found.join(', '));
});

test('two bodies joined by "and" after their heads stay two', () => {
  const found = orgs('VELMORA, 3 March - Officials of the Kelso Ministry and the Tarrow Agency met on Monday.');
  assert.deepEqual(found.sort(), ['Kelso Ministry', 'Tarrow Agency']);
});

test('"Premier" inside a league name, plural institutes and a lower-case network are organizations', () => {
  const found = orgs('VELMORA, 3 March - The Premier Harbour League agreed. Researchers from the Brackley Institutes of the Marine Sciences said she had told the Greyvale network about it.');
  for (const name of ['Premier Harbour League', 'Brackley Institutes of the Marine Sciences', 'Greyvale network']) assert.ok(found.includes(name), `${name} not in ${found.join(', ')}`);
});

test('the name of a law is no organization ("the Harbour Government Act")', () => {
  const found = orgs('VELMORA, 3 March - The rule was written into the Harbour Government Act twice since 2002, officials said.');
  assert.deepEqual(found, []);
});

test('a camel-cased company after a company cue, "All" + a plural before a team role, and "the Opposition" inside a sentence', () => {
  const found = orgs('VELMORA, 3 March - Ana Vey, chief executive officer of BrineTel, said sales grew. Tomas Kell will stay as All Gulls coach next year. The minister was mocked by the Opposition after the hearing.');
  for (const name of ['BrineTel', 'All Gulls', 'Opposition']) assert.ok(found.includes(name), `${name} not in ${found.join(', ')}`);
});

test('"Opposition" before a role word or a name is no organization by itself', () => {
  const found = orgs('VELMORA, 3 March - She met the Opposition leader on Monday, and the Opposition Harbour Party later said it agreed.');
  assert.ok(!found.includes('Opposition'), found.join(', '));
});

test('a name ending in a weekday is a programme, not an organization', () => {
  const found = orgs('VELMORA, 3 March - She told Harbour News Sunday that the plan would pass.');
  assert.ok(!found.includes('Harbour News Sunday'), found.join(', '));
});
