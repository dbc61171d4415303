import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

const extract = (body: string) => extractArticle({ text: `Headline for the test story\n\n${body}` });
const roles = (body: string) => Object.fromEntries(extract(body).people.map((p) => [p.name, p.roles.map((r) => r.title)]));

test('an honorific is the person\'s title as written, office and courtesy ones alike', () => {
  assert.deepEqual(roles('Gov. Ana Ruiz met Sen. Owen Birch and Cllr Dana Frost. Dr. Ivo Marsh and Mr. Tom Reddle were there too.'),
    { 'Ana Ruiz': ['Gov.'], 'Owen Birch': ['Sen.'], 'Dana Frost': ['Cllr'], 'Ivo Marsh': ['Dr.'], 'Tom Reddle': ['Mr.'] });
});

test('degrees and honours after a name, and an honorific before a later surname mention, are titles as written', () => {
  assert.deepEqual(roles('Nora Vance, M.D., M.P.H., spoke first. Ivo Marsh arrived later, and Mr Marsh said little. Dame Lena Park chaired.'),
    { 'Nora Vance': ['M.D.', 'M.P.H.'], 'Ivo Marsh': ['Mr'], 'Lena Park': ['Dame'] });
});

test('"the governor" finds the person introduced as "Gov."', () => {
  const doc = extract('Gov. Ana Ruiz backtracked on Monday. Her aide, Lena Park, said the office was checking.\n\n"I regret the confusion," the governor said on Tuesday.');
  const quote = doc.quotes.find((q) => q.kind === 'DIRECT')!;
  assert.equal(doc.people.find((p) => p.key === quote.speakerKey)?.name, 'Ana Ruiz');
});

test('a one-word "organization" that is a person of the article is no organization', () => {
  const doc = extract('Gov. Ana Ruiz spoke on Monday. Ruiz spokeswoman Lena Park said the office was checking the report.');
  assert.deepEqual(doc.organizations.map((o) => o.name), []);
  assert.equal(doc.people.find((p) => p.name === 'Lena Park')?.roles[0]?.organizationKey, null);
});

test('a broadcaster named by call letters and a head word is an organization, never a speaker', () => {
  const doc = extract('The mayor said he heard it "from a neighbour," according to KTRW-TV.');
  assert.deepEqual(doc.people.map((p) => p.name), []);
  assert.deepEqual(doc.organizations.map((o) => o.name), ['KTRW-TV']);
});

test('"the Tarrow Democrat said" names the senator who spoke just before, and is one of her titles', () => {
  const doc = extract('Sen. Ana Ruiz said on Sunday that the inquiry was unfair to the Halvorsen administration and to Governor Tom Reddle.\n\n"I cannot accept that," the Tarrow Democrat said in an interview.');
  const quote = doc.quotes.find((q) => q.kind === 'DIRECT')!;
  const ruiz = doc.people.find((p) => p.key === quote.speakerKey);
  assert.equal(ruiz?.name, 'Ana Ruiz');
  assert.deepEqual(ruiz?.roles.map((r) => r.title), ['Sen.', 'Tarrow Democrat']);
  assert.ok(!doc.people.some((p) => /Democrat/.test(p.name)), 'no person is named after the party');
});

test('an epithet long after the last speaker is left unknown rather than guessed', () => {
  const filler = 'The committee then spent the afternoon on the harbour accounts and the ferry timetable. '.repeat(8);
  const doc = extract(`Sen. Ana Ruiz said on Sunday that the inquiry was unfair.\n\n${filler}\n\n"It will not stand," the veteran said.`);
  assert.equal(doc.quotes.find((q) => q.kind === 'DIRECT')?.speakerKey, null);
});

test('a description opened by a possessive keeps the title without it', () => {
  assert.deepEqual(roles('Gov. Ana Ruiz spoke first. Her spokeswoman, Lena Park, said the office was checking.')['Lena Park'], ['spokeswoman']);
});

test('a lower-case profession right before a name is its title ("barrister X", "presenter X")', () => {
  const r = roles('In court, barrister Tilda Orven spoke first. Later, presenter Marek Soll spoke. On came substitute Ivo Brandt.');
  assert.deepEqual([r['Tilda Orven'], r['Marek Soll'], r['Ivo Brandt']], [['barrister'], ['presenter'], ['substitute']]);
});
