/**
 * Organization names as written: a well-known body named by its acronym keeps the acronym as its
 * name (the full name an alias), a possessive before "(ACR)" is not part of the name, a name never
 * runs over a line break, and a known body is never taken for the outlet whose name it starts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

const orgs = (text: string, source?: string) => extractArticle({ text, ...(source ? { source } : {}) }).organizations;

test('a well-known body written only by its acronym is named as written, its full name an alias', () => {
  const found = orgs('Budget review\n\nTarrow’s treasurer, Ivo Marsh, expects a fresh loan from the IMF next spring. Talks with the IMF resume in March.');
  const imf = found.find((o) => o.acronym === 'IMF');
  assert.ok(imf, JSON.stringify(found));
  assert.equal(imf.name, 'IMF');
  assert.ok(imf.aliases.some((a) => a.name === 'International Monetary Fund'), JSON.stringify(imf.aliases));
  assert.equal(found.filter((o) => o.acronym === 'IMF').length, 1);
});

test('written in full and by acronym, the full name leads; a possessive before "(ACR)" is dropped', () => {
  const found = orgs('Loan talks\n\nMarsh met the International Monetary Fund’s (IMF) envoys twice in Velmora. Another IMF visit is planned.');
  const names = found.map((o) => o.name);
  assert.ok(names.includes('International Monetary Fund'), names.join(' | '));
  assert.ok(!names.some((n) => /Fund['’]s/.test(n) || n === 'IMF'), names.join(' | '));
});

test('an organization name never runs over a line break (headings, datelines, bylines on their own lines)', () => {
  const found = orgs('Northwind Holdings Corporation Buys Riverside Mills\n\nCALDER CITY, May 3 -- Northwind Holdings Corporation said it had bought a mill.\n\nAnna Vey\n\nGovernment of Tarrow Ministry of Trade');
  for (const o of found) assert.ok(!/\n/.test(o.name) && !/CALDER|Anna Vey/.test(o.name), `"${o.name}" runs over a line`);
  assert.ok(found.some((o) => o.name === 'Northwind Holdings Corporation'), found.map((o) => o.name).join(' | '));
});

test('a well-known body is not the outlet whose name it begins ("UN" in a story from "UN News")', () => {
  const found = orgs('UN chief urges calm\n\nThe UN said on Tuesday that aid convoys to Tirel City had been stopped for five days.', 'UN News');
  assert.ok(found.some((o) => o.name === 'UN'), found.map((o) => o.name).join(' | '));
});

test('teams are named by sports roles and results, and a club is never a person', () => {
  const text = 'Late winner\n\nGrange Albion lost again on Saturday after a 2-1 win over Morgan Albion a week ago. "We kept going," the Kelso Rovers coach said. '
    + 'Lakeside Hawks QB Dan Orr was hurt in the loss to the Marsh Valley Herons. The French coach praised both sides.';
  const out = extractArticle({ text });
  const names = out.organizations.map((o) => o.name);
  for (const n of ['Grange Albion', 'Morgan Albion', 'Kelso Rovers', 'Lakeside Hawks', 'Marsh Valley Herons']) assert.ok(names.includes(n), `${n} not in ${names.join(' | ')}`);
  assert.ok(!names.some((n) => /^(?:The|French)\b/.test(n)), names.join(' | '));
  assert.ok(!out.people.some((p) => p.name === 'Morgan Albion' || p.name === 'Kelso Rovers'), out.people.map((p) => p.name).join(' | '));
  assert.ok(out.people.some((p) => p.name === 'Dan Orr'));
});

test('a club word alone before a role is the short form of a club, not a team of its own', () => {
  const names = extractArticle({ text: 'Cup tie\n\nHarbour United won 2-1. "It was hard," the United head coach said.' }).organizations.map((o) => o.name);
  assert.deepEqual(names, ['Harbour United']);
});

test('a plain capitalised name that the sentence treats as a company, a platform or a channel is an organization', () => {
  const text = 'Quarter results\n\nKestrel shares fell 7 percent on Thursday. Analysts polled by Brightline Data expected more, and the chief executive officer of Morrow said sales slowed. '
    + '"We disagree," the analyst Tom Vale said on Lumen. Marsh posted his apology to his official Chirp account. A neighbour shared a video of the flood to Facebook within the hour.';
  const names = extractArticle({ text }).organizations.map((o) => o.name);
  for (const n of ['Kestrel', 'Brightline Data', 'Morrow', 'Lumen', 'Chirp', 'Facebook']) assert.ok(names.includes(n), `${n} not in ${names.join(' | ')}`);
  const people = extractArticle({ text }).people.map((p) => p.name);
  assert.ok(!people.includes('Chirp'), people.join(' | '));
});

test('days, months, people and places after those cues are not organizations; "the" before an unknown acronym is', () => {
  const text = 'Council notes\n\nThe mayor said on Monday that Ana Vey shares the view. Dan Orr said on Tarrow radio that the NLRA had agreed, and a spokesman for Ana Vey declined to comment.';
  const names = extractArticle({ text }).organizations.map((o) => o.name);
  assert.ok(!names.some((n) => ['Monday', 'Ana Vey', 'Vey', 'Tarrow'].includes(n)), names.join(' | '));
  assert.ok(names.includes('NLRA'), names.join(' | '));
});

test('a name stops at a role past its head; headings in capitals, days and currency codes are not organizations', () => {
  const text = 'Trade notes\n\nThe Government of Tarrow Prime Minister Ana Vey met exporters. Exports reached 5 billion KZT.\n\nMARSH VALLEY PRESS CONFERENCE TIMES\n\nFRIDAY\n\nThe Harbour Rovers manager spoke at noon on Friday about the cup tie with the visitors from the north.';
  const names = extractArticle({ text }).organizations.map((o) => o.name);
  assert.ok(names.includes('Government of Tarrow'), names.join(' | '));
  assert.ok(!names.some((n) => /Prime|Minister|KZT|FRIDAY|CONFERENCE/.test(n)), names.join(' | '));
});
