import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOrganizations } from '../../src/extraction/entities/organizations';
import { cuedOrganizations } from '../../src/extraction/entities/org-cues';

const strong = (body: string) => findOrganizations(body, [], null).filter((d) => d.strength !== 'WEAK').map((d) => d.name);

test('finds organizations with foreign head words, legal forms and topical words in the name', () => {
  const names = strong('Banco Central de Veloria raised rates. The alliance includes Hafen Mannheim Betriebs-GmbH and Nordlys ASA. '
    + 'The World Food Programme sent aid. The Velorian-Tirelian Business Council welcomed it. She studied at the Université de Lyon.');
  for (const n of ['Banco Central de Veloria', 'Hafen Mannheim Betriebs-GmbH', 'Nordlys ASA', 'World Food Programme', 'Velorian-Tirelian Business Council', 'Université de Lyon']) {
    assert.ok(names.includes(n), `${n} not in ${names}`);
  }
  assert.ok(!names.includes('Food Programme'));
});

test('finds names that the context calls an organization', () => {
  const names = cuedOrganizations('The ferry company, Skarvøy Ferjelag, says it will wait. Nuria Valdés of the conservation group Delta Viva spoke. '
    + 'AgroSur said in a statement it would hire. Liv Berg, an analyst at NordFin in Oslo, agreed. The DGAC, as it is known, asked airlines to cut flights.').map((d) => d.name);
  assert.deepEqual(names.sort(), ['AgroSur', 'DGAC', 'Delta Viva', 'NordFin', 'Skarvøy Ferjelag'].sort());
});

test('does not make people, role words, common abbreviations or sentence-initial words organizations', () => {
  const names = cuedOrganizations('The union Chairman Olav Berg said it. The team, Marta Berg said, won. The CEO said GDP fell. '
    + 'MacLeod said in a statement it was fine. However, the firm Monday said it would. URUMQI, Jan. 9 (Xinhua) -- Trade grew.').map((d) => d.name);
  assert.deepEqual(names, []);
});
