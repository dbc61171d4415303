import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extraction/segment/segment';
import { extractDirectQuotes } from '../../src/extraction/quotes/direct';
import { extractEntities } from '../../src/extraction/entities/entities';
import { parsePersonPhrase } from '../../src/extraction/entities/title-chain';

const ctx = { dateline: null, source: null, year: 2025 };
const entities = (body: string) => {
  const seg = segment(body);
  return extractEntities(body, seg, extractDirectQuotes(body, seg), ctx);
};
const slice = (body: string, s: { start: number; end: number } | null) => (s ? body.slice(s.start, s.end) : null);

test('splits a title chain into title, organization and name', () => {
  const body = 'First Deputy Chairman of the Presidium of the Velorian Academy of Sciences (VAS) Olga Mirna';
  const p = parsePersonPhrase(body, { start: 0, end: body.length });
  assert.deepEqual(p && [slice(body, p.name), slice(body, p.title), slice(body, p.org)], [
    'Olga Mirna', 'First Deputy Chairman of the Presidium', 'Velorian Academy of Sciences (VAS)',
  ]);
});

test('reads a country before a title and an organization before a role word', () => {
  const a = "Veloria's Foreign Minister Anna Kovac";
  const b = 'Kremlin spokesman Dmitry Peskov';
  const pa = parsePersonPhrase(a, { start: 0, end: a.length });
  const pb = parsePersonPhrase(b, { start: 0, end: b.length });
  assert.deepEqual([slice(a, pa?.name ?? null), slice(a, pa?.title ?? null), pa?.place], ['Anna Kovac', 'Foreign Minister', 'Veloria']);
  assert.deepEqual([slice(b, pb?.name ?? null), slice(b, pb?.title ?? null), slice(b, pb?.org ?? null)], ['Dmitry Peskov', 'spokesman', 'Kremlin']);
});

test('finds people from titles, appositives, speech cues and surnames, never pronouns', () => {
  const body = 'Foreign Minister Anna Kovac met Ivan Petrov, chief economist at Nordbank Markets, in Geneva.\n\n"We agreed," Kovac said. "Good," he said.';
  const { people } = entities(body);
  assert.deepEqual(people.map((p) => [p.name, p.title, slice(body, p.orgSpan), p.surnameOnly]), [
    ['Anna Kovac', 'Foreign Minister', null, false],
    ['Ivan Petrov', 'chief economist at Nordbank Markets', 'Nordbank Markets', false],
    ['Kovac', null, null, false],
  ]);
});

test('finds organizations with acronyms and weak descriptions, places and events', () => {
  const body = "The Velorian Academy of Sciences (VAS) opened the 2nd Eurasian Water Forum in Moscow. Veloria's academy of sciences and the VAS signed a deal with Russia.";
  const { organizations, places, events } = entities(body);
  assert.deepEqual(organizations.map((o) => [o.name, o.acronym, o.kind, o.strength]), [
    ['Velorian Academy of Sciences', 'VAS', 'ACADEMY', 'STRONG'],
    ["Veloria's academy of sciences", null, 'ACADEMY', 'WEAK'],
    // "the VAS": an acronym after "the" is cued as an organization (it resolves into the academy)
    ['VAS', 'VAS', 'OTHER', 'STRONG'],
  ]);
  assert.deepEqual(places.map((p) => [p.name, p.kind]), [['Moscow', 'CITY'], ['Veloria', 'OTHER'], ['Russia', 'COUNTRY']]);
  assert.deepEqual(events.map((e) => [e.name, e.kind, slice(body, e.placeSpan)]), [['2nd Eurasian Water Forum', 'FORUM', 'Moscow']]);
});

test('takes nothing from inside a quoted title except the event', () => {
  const body = 'Kovac spoke at the Velorian-Norland forum "Smart Manufacturing and Green Energy Systems" on Monday.';
  const { organizations, events } = entities(body);
  assert.deepEqual(organizations, []);
  assert.deepEqual(events.map((e) => [e.name, e.alias]), [['Smart Manufacturing and Green Energy Systems', 'Velorian-Norland forum']]);
});
