import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';
import { segment } from '../../src/extraction/segment/segment';

const article = (body: string) => extractArticle({ text: `Headline for the test story\n\n${body}` });
/** [quote text start, speaker name or null, attribution] for every direct quote. */
const speakers = (body: string) => {
  const a = article(body);
  return a.quotes.filter((q) => q.kind === 'DIRECT')
    .map((q) => [q.text.slice(0, 20), a.people.find((p) => p.key === q.speakerKey)?.name ?? null, q.attribution]);
};

test('a cue-less quote paragraph after narration about one person is that person\'s (CONTEXT)', () => {
  assert.deepEqual(speakers('Governor Alma Reyes is asking residents to stay indoors while extra crews clear the roads.\n\n"We have opened shelters in every county and the bridges stay closed."'), [
    ['We have opened shelt', 'Alma Reyes', 'CONTEXT'],
  ]);
});

test('a cue-less quote inside a sentence about one person is that person\'s, and the next paragraph continues it', () => {
  assert.deepEqual(speakers('Coach Ida Brandt opened the press conference with a wry smile and the words, "A lot has changed this week."\n\n"We will be back."'), [
    ['A lot has changed th', 'Ida Brandt', 'CONTEXT'],
    ['We will be back.', 'Ida Brandt', 'CONTINUATION'],
  ]);
});

test('no guess when the narration names two people, or is a caption line', () => {
  assert.deepEqual(speakers('Mayor Ruth Abara met Senator Colm Fahey at the depot on Friday morning.\n\n"The depot will close."'), [['The depot will close', null, 'UNKNOWN']]);
  assert.deepEqual(speakers('Photo: Lena Hoff / Northwire Images\n\n"The depot will close."'), [['The depot will close', null, 'UNKNOWN']]);
});

test('a question mark inside the quote does not end the sentence before "Ms Harlow replied"', () => {
  const body = '"What, do you want it in the Act?" Ms Harlow replied.';
  assert.equal(segment(body).sentences.length, 1);
  assert.equal(segment('"Is it over?" The crowd went quiet.').sentences.length, 2);
  assert.deepEqual(speakers(body), [['What, do you want it', 'Harlow', 'EXPLICIT_NAME']]);
});

test('lower-case council and sports roles before a name, and the Cllr honorific', () => {
  assert.deepEqual(speakers('"We are short of nurses," said councilor Mira Dunlop.'), [['We are short of nurs', 'Mira Dunlop', 'EXPLICIT_NAME']]);
  const a = article('Cllr Ann Pryce, the leader of the council, backed the plan.\n\n"We must act," Cllr Pryce said.');
  assert.deepEqual(a.people.map((p) => p.name), ['Ann Pryce']);
  assert.equal(a.quotes.find((q) => q.kind === 'DIRECT')?.speakerKey, a.people[0].key);
});

test('a speech verb in the present tense ("he bemoans") is a cue', () => {
  assert.deepEqual(speakers('Finance minister Kofi Boateng spoke in parliament on Monday.\n\n"It is painful to watch prices climb," he bemoans.'), [['It is painful to wat', 'Kofi Boateng', 'PRONOUN']]);
});

test('"the Rovers head coach said" after the only person named nearby is that person', () => {
  assert.deepEqual(speakers('Ned Carraway watched from the stand. Carraway felt the second half was the turning point.\n\n"We found our rhythm after the break," the Rovers head coach said.'), [['We found our rhythm ', 'Ned Carraway', 'ROLE_NOUN']]);
});

test('names with lower-case particles are whole, and a lineage name is shortened to its given name', () => {
  const a = article('Dr. Nadia bin Salem Al Qasimi, Minister of State, opened the port. Councillor Ellen ap Rhys spoke next, and coach Erik van der Lind agreed, as did Pieter ten Berg.\n\n"The best is yet to come," Sheikha Nadia said.');
  assert.deepEqual(a.people.map((p) => p.name), ['Nadia bin Salem Al Qasimi', 'Ellen ap Rhys', 'Erik van der Lind', 'Pieter ten Berg']);
  assert.equal(a.quotes.find((q) => q.kind === 'DIRECT')?.speakerKey, a.people[0].key);
});

test('a surname ending in -ly is no adverb to strip: "said Judge Donnelly."', () => {
  assert.deepEqual(speakers('Judge Maeve Donnelly adjourned the hearing until Friday morning.\n\n"The court has no room for this trial today," said Judge Donnelly.'), [
    ['The court has no roo', 'Maeve Donnelly', 'EXPLICIT_NAME'],
  ]);
});

test('a titled name after "Outside court," is a person, not an organization\'s apposition', () => {
  assert.deepEqual(speakers('Outside court, special prosecutor Ilse Varro called the ruling "a clear answer from the jury to every claim."'), [
    ['a clear answer from ', 'Ilse Varro', 'EXPLICIT_NAME'],
  ]);
});

test('a quote paragraph after a quotation over two paragraphs continues its speaker', () => {
  const body = 'Captain Tomas Revik did not blame the referee, "We knew the weather would decide it.\n\n"The pitch was heavy and we were slow to adapt," he said.\n\n"We will be sharper next week."';
  assert.deepEqual(speakers(body).map((q) => q[1]), ['Tomas Revik', 'Tomas Revik']);
});
