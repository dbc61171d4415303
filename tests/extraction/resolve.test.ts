import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

const article = (body: string) => extractArticle({ text: `Headline for the test story\n\n${body}` });

test('merges surname mentions, keeps two people who share a surname apart', () => {
  const a = article('TROMHOLM (Reuters) - Defence Minister Lars Dahl and his cousin Ingrid Dahl, a negotiator, met on Monday.\n\n"We disagree," Ingrid Dahl said.\n\n"We do not," Dahl replied.');
  assert.deepEqual(a.people.map((p) => [p.name, p.aliases]), [
    ['Lars Dahl', []],
    ['Ingrid Dahl', [{ name: 'Dahl', reason: 'SURNAME' }]],
  ]);
  assert.deepEqual(a.quotes.map((q) => a.people.find((p) => p.key === q.speakerKey)?.name), ['Ingrid Dahl', 'Ingrid Dahl']);
});

test('merges transliteration variants and records why', () => {
  const a = article('MOSCOW (Reuters) - Sergei Volkov opened the session on Monday.\n\n"We are ready," Sergey Volkov said.');
  assert.deepEqual(a.people.map((p) => [p.name, p.aliases]), [['Sergei Volkov', [{ name: 'Sergey Volkov', reason: 'TRANSLITERATION' }]]]);
});

test('merges acronym, short form and misspelling into one organization', () => {
  const a = article('PORT AMSEL (Reuters) - The Velorian Institute for Water Research signed the deal. The Velorain Institute for Water Research (VIWR) will map the river. The Institute for Water Research said the VIWR team was ready.');
  assert.equal(a.organizations.length, 1);
  const [org] = a.organizations;
  assert.equal(org.name, 'Velorian Institute for Water Research');
  assert.equal(org.acronym, 'VIWR');
  assert.deepEqual(org.aliases.map((x) => x.reason).sort(), ['ACRONYM', 'MISSPELLING', 'SHORT_FORM']);
});

test('resolves pronouns and role nouns to earlier people, or leaves the speaker unknown', () => {
  const a = article('GENEVA (Reuters) - Foreign Minister Anna Kovac met Ivan Petrov on Monday.\n\n"We agreed," the minister said.\n\n"It went well," she said.\n\n"No comment," the spokeswoman said.');
  const who = a.quotes.map((q) => [a.people.find((p) => p.key === q.speakerKey)?.name ?? null, q.attribution]);
  assert.deepEqual(who, [['Anna Kovac', 'ROLE_NOUN'], ['Anna Kovac', 'PRONOUN'], [null, 'ROLE_NOUN']]);
  assert.ok(a.quotes[2].confidence <= 0.3);
  assert.ok(!a.people.some((p) => /spokeswoman|minister|she/i.test(p.name)));
});

test('continues a speaker into the next quote paragraph', () => {
  const a = article('GENEVA (Reuters) - "The talks were hard," Ivan Petrov said.\n\n"But we will come back in April."');
  assert.deepEqual(a.quotes.map((q) => [q.attribution, q.speakerKey]), [['EXPLICIT_NAME', 'person:1'], ['CONTINUATION', 'person:1']]);
});

test('links a speaker\'s quotes to the event the lead places them at', () => {
  const a = article('MINSK, 3 May (BelTA) - Trade is growing, Anna Kovac said at the opening of the Velorian Trade Forum, BelTA has learned.\n\n"We expect more," she said.');
  const forum = a.events.find((e) => e.name === 'Velorian Trade Forum');
  assert.ok(forum);
  assert.deepEqual(a.quotes.map((q) => q.eventKey), [forum.key, forum.key]);
  assert.deepEqual(forum.participantKeys, ['person:1']);
});
