import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extraction/segment/segment';
import { extractDirectQuotes } from '../../src/extraction/quotes/direct';

const run = (body: string) => extractDirectQuotes(body, segment(body)).map((q) => ({
  text: q.text, speaker: q.speaker && `${q.speaker.form}:${q.speaker.text}`, cue: q.cueVerb, how: q.attribution,
}));

test('attributes the common wire patterns', () => {
  const body = [
    '"We are ready," Anna Kovac said.',
    '"Talks will go on," said Ivan Petrov.',
    'Marta Lind told reporters: "The deal is done."',
    '"It is late," he added. "We must hurry."',
  ].join('\n\n');
  assert.deepEqual(run(body), [
    { text: 'We are ready', speaker: 'NAME:Anna Kovac', cue: 'said', how: 'EXPLICIT_NAME' },
    { text: 'Talks will go on', speaker: 'NAME:Ivan Petrov', cue: 'said', how: 'EXPLICIT_NAME' },
    { text: 'The deal is done.', speaker: 'NAME:Marta Lind', cue: 'told', how: 'EXPLICIT_NAME' },
    { text: 'It is late', speaker: 'PRONOUN:he', cue: 'added', how: 'PRONOUN' },
    { text: 'We must hurry.', speaker: 'PRONOUN:he', cue: 'added', how: 'PRONOUN' },
  ]);
});

test('strips the title chain and appositive from a speaker name', () => {
  const body = '"We agree," Deputy Chairman of the Board of the Velorian Trade Bank (VTB) Olga Mirna said.\n\n"No," Kovac, the foreign minister, said firmly.';
  assert.deepEqual(run(body).map((q) => q.speaker), ['NAME:Olga Mirna', 'NAME:Kovac']);
});

test('reads guillemets, low quotes and curly quotes with nested single quotes', () => {
  const body = '«Science has no borders», Aleksei Varga said.\n\n„We are ready“, said Jonas Weber.\n\n“When he said ‘we need the best,’ we believed him,” Sven Orvik said.';
  assert.deepEqual(run(body).map((q) => q.text), ['Science has no borders', 'We are ready', 'When he said ‘we need the best,’ we believed him']);
});

test('ignores titles of forums and programmes and scare-quoted terms', () => {
  const body = 'Kovac spoke at the forum "Innovative Development of Smart Manufacturing" on Monday. The so-called "smart" cities and the programme "Green Roads" were discussed. Her novel "North of the Lagoon" sold well.';
  assert.deepEqual(run(body), []);
});

test('keeps a partial quote after a verb, with or without a known speaker', () => {
  const body = 'Ressa thanked voters for what he called "a mandate for patience". Critics have called it a "climate epic".';
  assert.deepEqual(run(body), [
    { text: 'a mandate for patience', speaker: 'PRONOUN:he', cue: 'called', how: 'PRONOUN' },
    { text: 'climate epic', speaker: null, cue: 'called', how: 'UNKNOWN' },
  ]);
});

test('joins a quotation spread over several paragraphs into one quote of the speaker named at its end', () => {
  const body = '"The drought has done damage.\n\n"We are watching inflation.\n\n"We will act," Helena Rott told a news conference.';
  assert.deepEqual(run(body), [
    { text: 'The drought has done damage.\n\nWe are watching inflation.\n\nWe will act', speaker: 'NAME:Helena Rott', cue: 'told', how: 'EXPLICIT_NAME' },
  ]);
  const [q] = extractDirectQuotes(body, segment(body));
  assert.equal(q.span.start, 1);
  assert.equal(body.slice(q.span.end, q.span.end + 2), ',"');
});

test('joins paragraphs reopened with a straight single mark inside curly single quotes, and keeps a reply apart', () => {
  const body = "Pell Okafor said the ferry would run. \u2018We have the crew.\n\n'We have the fuel,\u2019 she said.\n\n\u2018Not yet,\u2019 replied Tomas Wren.";
  assert.deepEqual(run(body), [
    { text: 'We have the crew.\n\nWe have the fuel', speaker: 'PRONOUN:she', cue: 'said', how: 'PRONOUN' },
    { text: 'Not yet', speaker: 'NAME:Tomas Wren', cue: 'replied', how: 'EXPLICIT_NAME' },
  ]);
});

test('a paragraph group without a cue of its own takes the cue of a sibling run', () => {
  const body = '"Rates will rise," Mara Quist said. "The board agrees.\n\n"Nobody was surprised."';
  const quotes = run(body);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes[1], { text: 'The board agrees.\n\nNobody was surprised.', speaker: 'NAME:Mara Quist', cue: 'said', how: 'EXPLICIT_NAME' });
});

test('an inverted cue reads the whole name after an honorific with a dot', () => {
  const body = '"The bridge is safe," said Mr. Jon Vale, the county engineer.';
  assert.deepEqual(run(body), [{ text: 'The bridge is safe', speaker: 'NAME:Jon Vale', cue: 'said', how: 'EXPLICIT_NAME' }]);
});

test('reads "according to" and role-noun speakers', () => {
  const body = '"The border is closed," according to Ivan Petrov.\n\n"We disagree," the minister said.';
  assert.deepEqual(run(body), [
    { text: 'The border is closed', speaker: 'NAME:Ivan Petrov', cue: null, how: 'ACCORDING_TO' },
    { text: 'We disagree', speaker: 'ROLE:the minister', cue: 'said', how: 'ROLE_NOUN' },
  ]);
});

test('leaves the attribution comma outside the quote text and keeps the speaker\'s own punctuation', () => {
  const body = '"We will rebuild it," she said.\n\n"Why now?" he asked.\n\n“It is over…,” Ivan Petrov said. "Never!" he added.';
  const drafts = extractDirectQuotes(body, segment(body));
  assert.deepEqual(drafts.map((q) => q.text), ['We will rebuild it', 'Why now?', 'It is over…', 'Never!']);
  assert.ok(drafts.every((q) => body.slice(q.span.start, q.span.end) === q.text));
});

test('drops one quoted word inside a sentence but keeps a one-word reply that opens it', () => {
  const body = 'The harbour board said "no." Tamsin Orrell called the plan "reckless" twice.\n\n"Never," Orrell said.';
  assert.deepEqual(run(body).map((q) => q.text), ['Never']);
});

test('drops programme names after "on" and quoted modifiers between a determiner and a noun', () => {
  const body = [
    '“We will not retreat,” Pell Aster said on “Morning Harbour Hour” this week.',
    'Aster called it a “sleepy backwater” question and said the “Greener Tarrow” plan would go ahead.',
  ].join('\n\n');
  assert.deepEqual(run(body).map((q) => q.text), ['We will not retreat']);
});

test('leaves out a quotation the end of the text cuts off', () => {
  const body = '"We are done here," said Ilse Varro.\n\n"There is more to say about the bridge and the';
  assert.deepEqual(run(body).map((q) => q.text), ['We are done here']);
});

test('a dash attribution stops at the end of its line', () => {
  const body = '“We will see how the knee settles over the week.” – Dorin Maskell\n\nPeder Holm (ankle) remains out.';
  assert.deepEqual(run(body).map((q) => q.speaker), ['NAME:Dorin Maskell']);
});

test('straight single quotes open a quotation after a space; apostrophes and nested singles do not', () => {
  const body = [
    "The players' union met on Monday. Harbour chief Nell Ostrava said 'the pier stays shut until the divers finish'.",
    "Rock 'n' roll nights return in the '90s style, the venue's owner said.",
    "\" 'We will not sell the pier,' said Nell Ostrava.",
  ].join('\n\n');
  assert.deepEqual(run(body).map((q) => q.text), ['the pier stays shut until the divers finish']);
});

test('a run does not borrow the cue of a sibling when another speech verb stands between them', () => {
  const body = "The costs, as auditor Pell Aster put it, 'keep rising every single year'. Mayor Dorin Maskell said ministers would not listen. 'We keep asking and nobody answers.'";
  assert.deepEqual(run(body).map((q) => q.speaker), ['NAME:Pell Aster', null]);
});
