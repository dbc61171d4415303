import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from '../../src/extraction/entities/places';
import { parseDateline } from '../../src/extraction/normalize/dateline';

const names = (body: string) => findPlaces(body, null, []).map((p) => p.written);

test('AP state abbreviation after a town: town and state are places', () => {
  const found = names('The Marrowby, Calif.-based maker of kettles said profits rose. A plant in Dunkerly, Pa. will close.');
  for (const n of ['Marrowby', 'Calif.', 'Dunkerly', 'Pa.']) assert.ok(found.includes(n), n);
});

test('postal state code before a dash marks the town only', () => {
  const found = names('Fernhollow, KS – The county fair opened on a cold morning.');
  assert.ok(found.includes('Fernhollow'));
  assert.ok(!found.includes('KS'));
  assert.ok(!names('Fernhollow, KS is a small place').includes('Fernhollow'));
});

test('"CITY. AGENCY - " dateline: the agency is not part of the place', () => {
  const d = parseDateline('KELBROOK. KAZINFORM - The new bridge opened on Monday.');
  assert.equal(d?.place, 'Kelbrook');
  assert.equal(d?.agency, 'Kazinform');
});

test('an initial after a place in a list is no place ("Kelford, D.C.")', () => {
  const found = names('She flew from Paris to Kelford, D.C. on Monday.');
  assert.ok(!found.includes('D'));
});

test('county names, a trailing weekday, lone given names after "from", languages and AI', () => {
  const found = names('The Brackwater County sheriff spoke in Kelford Monday. Here is more from Edwin: the trial was held in Gaelic and help came from AI tools.');
  assert.ok(found.includes('Brackwater County'));
  assert.ok(found.includes('Kelford'));
  for (const n of ['Edwin', 'Gaelic', 'AI', 'Kelford Monday']) assert.ok(!found.includes(n), n);
});

test('dateline with a dash and no space before the first word', () => {
  assert.equal(parseDateline('PORT AMSEL–Officials opened the harbour.')?.place, 'Port Amsel');
});

test('a longer cued place wins over the dateline name at the same offset', () => {
  const found = findPlaces('KELFORD–Officials met. The virus reached Kelford County soon.', 'Kelford', []).map((p) => p.written);
  assert.ok(found.includes('Kelford County'));
});
