import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extractArticle } from '../../src/extraction/pipeline';
import type { ExtractedArticle } from '../../src/extraction/types';
import { seedArticlePath, SEED_MISSING } from '../helpers/paths';

const skip = !existsSync(seedArticlePath) && SEED_MISSING;
let cached: ExtractedArticle | null = null;
const seed = (): ExtractedArticle => (cached ??= extractArticle({ text: readFileSync(seedArticlePath, 'utf8') }));

const names = (list: { name: string }[]) => list.map((x) => x.name);
const aliasNames = (e: { aliases: { name: string }[] }) => e.aliases.map((a) => a.name.replace(/^the\s+/i, '').toLowerCase());

test('finds the headline, story timestamp, dateline, source and section, not the page date', { skip }, () => {
  const a = seed();
  assert.equal(a.headline, "Belarus' academy of sciences cooperates with 11 provinces of China");
  assert.match(a.publishedAt ?? '', /^2023-05-26T17:27/);
  assert.equal(a.dateline, 'Minsk');
  assert.equal(a.source, 'BelTA');
  assert.equal(a.section, 'Society');
  assert.equal(a.language, 'en');
});

test('cuts the body from the dateline to before the footer', { skip }, () => {
  const a = seed();
  assert.ok(a.body.startsWith('MINSK, 26 May (BelTA) - '), a.body.slice(0, 40));
  for (const furniture of ['Subscribe to us', 'Twitter', 'Recent news', 'Government Bodies', '+14', 'Tuesday']) {
    assert.ok(!a.body.includes(furniture), `body holds page furniture "${furniture}"`);
  }
});

test('finds Sergei Chizhik with his title at the National Academy of Sciences of Belarus', { skip }, () => {
  const a = seed();
  const chizhik = a.people.find((p) => p.name === 'Sergei Chizhik');
  assert.ok(chizhik, `people: ${names(a.people)}`);
  const org = a.organizations.find((o) => o.name === 'National Academy of Sciences of Belarus');
  assert.deepEqual(chizhik.roles, [{ title: 'First Deputy Chairman of the Presidium', organizationKey: org?.key }]);
});

test('resolves acronym, short forms and the misspelling into one academy', { skip }, () => {
  const a = seed();
  const academies = a.organizations.filter((o) => o.name === 'National Academy of Sciences of Belarus');
  assert.equal(academies.length, 1);
  const [academy] = academies;
  assert.equal(academy.acronym, 'NASB');
  assert.equal(academy.kind, 'ACADEMY');
  const aliases = aliasNames(academy);
  for (const alias of ['nasb', "belarus' academy of sciences", 'academy of sciences', 'national academy of sciences of belaurs']) {
    assert.ok(aliases.includes(alias), `missing alias ${alias} in ${aliases}`);
  }
  assert.equal(academy.aliases.find((x) => x.name === 'NASB')?.reason, 'ACRONYM');
  assert.equal(academy.aliases.find((x) => /Belaurs/.test(x.name))?.reason, 'MISSPELLING');
  assert.ok(!a.organizations.some((o) => o !== academy && /academy/i.test(o.name)), `orgs: ${names(a.organizations)}`);
});

test('finds exactly the three direct quotes by Chizhik, not the forum title', { skip }, () => {
  const a = seed();
  const chizhik = a.people.find((p) => p.name === 'Sergei Chizhik');
  const direct = a.quotes.filter((q) => q.kind === 'DIRECT');
  assert.deepEqual(direct.map((q) => [q.text.split(' ').slice(0, 4).join(' '), q.speakerKey, q.cueVerb]), [
    ['Over these 30 years,', chizhik?.key, 'said'],
    ['At the 2nd Eurasian', chizhik?.key, 'said'],
    ['A special council has', chizhik?.key, 'concluded'],
  ]);
  assert.ok(direct.every((q) => a.body.slice(q.span.start, q.span.end) === q.text));
  assert.ok(!a.quotes.some((q) => q.text.startsWith('Innovative Development')));
});

test('finds the lead and the "emphasized" sentence as reported speech by Chizhik', { skip }, () => {
  const a = seed();
  const chizhik = a.people.find((p) => p.name === 'Sergei Chizhik');
  const indirect = a.quotes.filter((q) => q.kind === 'INDIRECT');
  assert.deepEqual(indirect.map((q) => [q.text, q.speakerKey, q.cueVerb]), [
    ['The National Academy of Sciences of Belarus actively cooperates with 11 provinces of China', chizhik?.key, 'said'],
    ['The National Academy of Sciences attaches special importance to this cooperation', chizhik?.key, 'emphasized'],
  ]);
});

test('finds the forum where Chizhik spoke, the Moscow forum and the anniversary', { skip }, () => {
  const a = seed();
  const forum = a.events.find((e) => e.name.includes('Innovative Development of Smart Manufacturing'));
  assert.ok(forum, `events: ${names(a.events)}`);
  assert.equal(forum.kind, 'FORUM');
  assert.ok(a.quotes.filter((q) => q.kind === 'DIRECT').every((q) => q.eventKey === forum.key));
  const eurasian = a.events.find((e) => e.name === '2nd Eurasian Economic Forum');
  assert.equal(a.places.find((p) => p.key === eurasian?.placeKey)?.name, 'Moscow');
  const anniversary = a.events.find((e) => e.kind === 'ANNIVERSARY');
  assert.equal(anniversary?.startDate, '2022');
});

test('finds the places and nothing from the page furniture', { skip }, () => {
  const a = seed();
  assert.deepEqual(names(a.places).sort(), ['Belarus', 'Minsk', 'Moscow', "People's Republic of China", 'Russia']);
  const all = [...a.people, ...a.organizations, ...a.places, ...a.events].flatMap((e) => [e.name, ...e.aliases.map((x) => x.name)]);
  for (const junk of ['Projects', 'Services', 'Government Bodies', 'Flag', 'Twitter', 'Subscribe', 'Recent news', 'Clear']) {
    assert.ok(!all.some((n) => n.includes(junk)), `entity from furniture: ${junk}`);
  }
  assert.ok(!a.people.some((p) => /^(he|she|the president)$/i.test(p.name)));
});
