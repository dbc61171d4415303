import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

const orgs = (text: string) => extractArticle({ text: `Harbour news in Velmora\n\n${text}` }).organizations.map((o) => o.name);

test('a capitalised possessive before a person\'s full name is the employer', () => {
  const found = orgs('VELMORA, 3 March - Kestrelworks\'s Maria Lindqvist said on Monday the plant would reopen. "We are ready," Lindqvist said.');
  assert.ok(found.includes('Kestrelworks'), found.join(', '));
});

test('a country, a people or another person before a person\'s name is no employer', () => {
  const found = orgs('VELMORA, 3 March - Norway\'s Maria Lindqvist won the race. Later Lindqvist\'s coach Peter Brandt said she was tired. '
    + 'Brandt\'s John Olsen agreed.');
  assert.deepEqual(found.filter((n) => /Norway|Lindqvist|Brandt/.test(n)), []);
});

test('the parent of a named unit is an organization', () => {
  const found = orgs('VELMORA, 3 March - Tarrow State\'s College of Marine Studies has opened a new laboratory, the dean said.');
  assert.ok(found.includes('Tarrow State'), found.join(', '));
  assert.ok(found.includes('College of Marine Studies'), found.join(', '));
});

test('the maker before a vaccine is a company, a disease or a place is not', () => {
  const found = orgs('VELMORA, 3 March - The clinic waits for Velmorax\'s two-dose vaccine. The Quendia vaccine was approved on Friday. '
    + 'The Ebola vaccine and the Covid vaccine were not, nor was the Norway vaccine.');
  assert.ok(found.includes('Velmorax'), found.join(', '));
  assert.ok(found.includes('Quendia'), found.join(', '));
  assert.deepEqual(found.filter((n) => /Ebola|Covid|Norway/.test(n)), []);
});

test('a name ending in a week or a day is an observance, not an organization', () => {
  const found = orgs('VELMORA, 3 March - The council marks Clean Harbour Authority Week on Monday and the Tarrow Foundation Day on Friday.');
  assert.deepEqual(found.filter((n) => /Week|Day/.test(n)), []);
});

test('a nationality word before a sports role is no team', () => {
  const found = orgs('VELMORA, 3 March - The Kiwi head coach praised the Welsh captain after the Harbour Rovers coach left.');
  assert.deepEqual(found.filter((n) => /Kiwi|Welsh/.test(n)), []);
  assert.ok(found.includes('Harbour Rovers'), found.join(', '));
});

test('the side of a chamber before "Leader" belongs to the title, not to the body', () => {
  const found = orgs('VELMORA, 3 March - "We will pass it," Senate Majority Leader Mark Ellis said. The Tory Minority Leader, Ana Vey, disagreed.');
  assert.ok(found.includes('Senate'), found.join(', '));
  assert.deepEqual(found.filter((n) => /Majority|Minority/.test(n)), []);
});

test('an acronym the text spells out as a programme names no body', () => {
  const found = orgs('VELMORA, 3 March - The Tarrow Institute has launched its Harbour Grant Program (HGP). The HGP was created to fund research.');
  assert.ok(!found.includes('HGP'), found.join(', '));
  assert.ok(found.includes('Tarrow Institute'), found.join(', '));
});

test('a lower-case body spelt out before its acronym is an organization; other spelt-out terms are not', () => {
  const all = extractArticle({ text: 'Harbour news in Velmora\n\nVELMORA, 3 March - The meeting was called by the commission for the review of harbour tolls (CRHT) on Monday. '
    + 'The CRHT said staff wore personal protective gear (PPG) and followed the harbour safety rules (HSR).' }).organizations;
  const body = all.find((o) => o.acronym === 'CRHT');
  assert.equal(body?.name, 'commission for the review of harbour tolls');
  assert.deepEqual(all.filter((o) => /PPG|HSR|protective|safety/.test(o.name)).map((o) => o.name), []);
});

test('a plural name after a match verb is a team, a name after "St." no person', () => {
  const a = extractArticle({ text: 'Harbour news in Velmora\n\nVELMORA, 3 March - Ana Vey was hurt last week against the St. Albans Herons. '
    + 'They beat the Kelso Kings 3-1. The senators voted against the Harbour Islands plan.' });
  const found = a.organizations.map((o) => o.name);
  for (const n of ['St. Albans Herons', 'Kelso Kings']) assert.ok(found.includes(n), `${n} not in ${found.join(', ')}`);
  assert.ok(!found.includes('Harbour Islands'), found.join(', '));
  const b = extractArticle({ text: 'Harbour news in Velmora\n\nVELMORA, 3 March - Ana Vey was hurt in the game against the St. Louis Herons on Sunday.' });
  assert.deepEqual(b.people.map((p) => p.name), ['Ana Vey']);
  assert.ok(b.organizations.some((o) => o.name === 'St. Louis Herons'), b.organizations.map((o) => o.name).join(', '));
});

test('a club word heading a line in capitals names a club', () => {
  const found = orgs('VELMORA, 3 March - The squads for the weekend.\n\nHARBOUR ROVERS\n\nAna Vey is out with a knee injury.\n\nTHE LATEST NEWS\n\nNothing else.');
  assert.ok(found.includes('Harbour Rovers'), found.join(', '));
  assert.ok(!found.some((n) => /Latest/i.test(n)), found.join(', '));
});

test('a headline body named in the story only by its lower-case head word is an organization', () => {
  const a = extractArticle({ text: 'Tarrow Council Votes for More Buses\n\nThe numbers were crunched all day. To pay for it, the council has cut two posts, councillor Ana Vey said.' });
  assert.ok(a.organizations.some((o) => o.name === 'Tarrow Council'), a.organizations.map((o) => o.name).join(', '));
  const b = extractArticle({ text: 'Harbour Bank Signals a Pause\n\nBonds fell after the bank signalled a pause, and Kelso Bank traders sold.' });
  assert.ok(!b.organizations.some((o) => o.name === 'Harbour Bank'), b.organizations.map((o) => o.name).join(', '));
});

test('a camel-case name opening a sentence before a verb is a company; "VC" ends a company name', () => {
  const found = orgs('VELMORA, 3 March - The round was led by Corvell VC, with others. HarbourStack was paid to review the budget, officials said.');
  for (const n of ['Corvell VC', 'HarbourStack']) assert.ok(found.includes(n), `${n} not in ${found.join(', ')}`);
});

test('a camel-case surname opening a sentence stays a person', () => {
  const a = extractArticle({ text: 'Court news\n\nVELMORA, 3 March - "We will appeal," said lawyer Ana FitzGerald. FitzGerald said the ruling was wrong.' });
  assert.ok(!a.organizations.some((o) => o.name === 'FitzGerald'), a.organizations.map((o) => o.name).join(', '));
  assert.deepEqual(a.people.map((p) => p.name), ['Ana FitzGerald']);
});
