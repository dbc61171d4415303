import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

const orgs = (text: string) => extractArticle({ text: `Budget vote in Velmora\n\n${text}` }).organizations.map((o) => `${o.name}|${o.kind}`);

test('a legislature named by its head word alone inside a sentence is an organization', () => {
  const found = orgs('VELMORA, 3 March - The harbour bill was passed by Congress on Monday, and the Senate will vote on it next week, Finance Minister Anna Kovac told Parliament.');
  assert.deepEqual(found.filter((o) => o.endsWith('|PARLIAMENT')).sort(), ['Congress|PARLIAMENT', 'Parliament|PARLIAMENT', 'Senate|PARLIAMENT']);
});

test('a head word opening a sentence, or in lower case, is not taken for the body', () => {
  const found = orgs('VELMORA, 3 March - Parliamentary work resumed. Congress halls were full of visitors, and a senate of students met in the park.');
  assert.deepEqual(found.filter((o) => o.endsWith('|PARLIAMENT')), []);
});

test('companies named with Labs or Ventures are companies', () => {
  const found = orgs('VELMORA, 3 March - Tarnfield Labs raised new money from Greyharbour Ventures and two banks, the company said on Monday.');
  assert.ok(found.includes('Tarnfield Labs|COMPANY'), found.join(', '));
  assert.ok(found.includes('Greyharbour Ventures|COMPANY'), found.join(', '));
});

test('units, panels, patrols, armed forces, centers and nations are organization heads', () => {
  const found = orgs('VELMORA, 3 March - The Coastal Smuggling Unit, the Harbour Review Panel and the Velmora Highway Patrol met officers of the Norland Army, the Centers for Harbour Safety and the Tarn River Nation on Monday.');
  for (const name of ['Coastal Smuggling Unit', 'Harbour Review Panel', 'Velmora Highway Patrol', 'Norland Army', 'Centers for Harbour Safety', 'Tarn River Nation']) {
    assert.ok(found.some((o) => o.startsWith(`${name}|`)), `${name} not in ${found.join(', ')}`);
  }
});

test('a legislature capitalised after any word inside a sentence is the body; chambers named "House of ..." are legislatures', () => {
  const found = orgs('VELMORA, 3 March - The bill would guarantee Congress has a say, as Congress heads toward a vote. The House of Representatives approved it, and the Tarrow House of Delegates will debate it.');
  assert.ok(found.includes('Congress|PARLIAMENT'), found.join(', '));
  assert.ok(found.includes('House of Representatives|PARLIAMENT'), found.join(', '));
  assert.ok(found.includes('Tarrow House of Delegates|PARLIAMENT'), found.join(', '));
  assert.ok(!found.some((o) => o.startsWith('The ')), found.join(', '));
});
