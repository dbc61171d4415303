import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extraction/segment/segment';
import { extractDirectQuotes } from '../../src/extraction/quotes/direct';
import { extractEntities } from '../../src/extraction/entities/entities';
import { extractArticle } from '../../src/extraction/pipeline';

const run = (body: string) => extractDirectQuotes(body, segment(body)).map((q) => ({
  text: q.text, speaker: q.speaker && `${q.speaker.form}:${q.speaker.text}`, cue: q.cueVerb,
}));
const entities = (body: string, source: string | null = null) => {
  const seg = segment(body);
  return extractEntities(body, seg, extractDirectQuotes(body, seg), { dateline: null, source, year: 2025 });
};

test('Q&A answers are direct quotes by the interviewee named in the introduction', () => {
  const body = [
    "Norland's chief energy regulator, Birgit Haugland, spoke to us about prices.",
    'Q: Will there be enough power?', 'A: In a normal winter, yes.',
    'Q: What went wrong?', 'A: The cable is fine. The converter was late.',
  ].join('\n\n');
  assert.deepEqual(run(body), [
    { text: 'In a normal winter, yes.', speaker: 'NAME:Birgit Haugland', cue: null },
    { text: 'The cable is fine. The converter was late.', speaker: 'NAME:Birgit Haugland', cue: null },
  ]);
});

test('an em-dash line after a quote names its speaker', () => {
  const body = 'We asked riders.\n\n“I wait 40 minutes for a taxi.”\n— Hanna Lund, 34, nurse\n\n“They never asked us.”\n— Oskar Berg, cleaner';
  assert.deepEqual(run(body).map((q) => q.speaker), ['NAME:Hanna Lund', 'NAME:Oskar Berg']);
});

test('a name after a role phrase is a person; by-line names are no body mentions, places after "near" no people', () => {
  const body = 'By Samira Haddad\n\nIts vice-president in charge of transport, Élodie Fauchard, spoke. Fishers work near Isla Brava.\n\n--With assistance from Lena Schuett.';
  assert.deepEqual(entities(body).people.map((p) => p.name), ['Élodie Fauchard']);
});

test('a lower-case party head names the party; role adjectives and the outlet are no organizations', () => {
  const body = 'The motion was brought by the opposition Democratic Renewal party. Opposition leader Carmela Ruiz-Tagle and Political analyst Inés Carbó spoke to BBC News.';
  assert.deepEqual(entities(body, 'BBC').organizations.map((o) => o.name), ['Democratic Renewal']);
});

test('a definite role noun goes to the only person just named, and "the X spokesman" is a role', () => {
  const text = 'MOSCOW, June 5. /TASS/. Talks will go on, Kremlin Spokesman Dmitry Sorokin said.\n\n"The contacts are continuing," the Kremlin spokesman said. "We value the approach."';
  const a = extractArticle({ text, format: 'text' });
  const name = (k: string | null) => a.people.find((p) => p.key === k)?.name ?? null;
  assert.deepEqual(a.quotes.filter((q) => q.kind === 'DIRECT').map((q) => name(q.speakerKey)), ['Dmitry Sorokin', 'Dmitry Sorokin']);
});

test('a name followed by a lower-case role appositive is a person; a name closing a quoted title is not', () => {
  const body = 'The study was led by Oruni Tesk, an assistant professor of hydrology at the institute. Viewers of ‘Evenings with Quenzo Tarrak’, the finance minister said, would hear more.';
  assert.deepEqual(entities(body).people.map((p) => p.name), ['Oruni Tesk']);
});
