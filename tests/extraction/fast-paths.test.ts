/**
 * Extraction's fast paths give the answers of the slow ones: the surname search that looks only
 * near each occurrence of the surname, and the ASCII and cached paths of foldAccents.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullNamesOfSurnames, namesEndingIn } from '../../src/extraction/entities/surnames';
import { foldAccents } from '../../src/text/fold';

const pattern = (surname: string) => new RegExp(`(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2})${surname}(?![\\p{L}'’-])`, 'gu');

/** The search as it ran before: the whole pattern from every position of the body. */
const everyPosition = (body: string, surname: string) => [...body.matchAll(pattern(surname))].map((m) => `${m.index}:${m[0]}`);
/** The search as it runs now. */
const nearEachOccurrence = (body: string, surname: string) => [...namesEndingIn(body, surname)].map((m) => `${m.index}:${m.text}`);

const BODY = [
  'Marta Eik, who runs the Dunmore ferry line, said the timetable would change.',
  '"We are ready," Eik said. Later Gudrun Marta Eik added that Eikberg and Eiko were not involved.',
  'Eik Eik was a nickname. The mayor, Tomas Velde, thanked Eik.',
  `${'x'.repeat(300)} Anna Eik, Anna-Lise Eik's neighbour, and O’Neill Eik spoke; EikEik and Eik-Sund did not.`,
].join('\n\n');

test('the surname search finds exactly what the whole-body pattern finds, in order, without overlap', () => {
  for (const surname of ['Eik', 'Velde', 'Nobody']) assert.deepEqual(nearEachOccurrence(BODY, surname), everyPosition(BODY, surname), surname);
  const found = nearEachOccurrence(BODY, 'Eik').map((s) => s.slice(s.indexOf(':') + 1).replace(/\s+/g, ' '));
  assert.ok(found.includes('Marta Eik'), 'a name at the start of the body');
  assert.ok(found.includes('Gudrun Marta Eik'), 'two given names');
  assert.ok(found.includes('Tomas Velde, thanked Eik') === false);
  assert.ok(found.some((s) => s.endsWith('Anna Eik')), 'a name 300 characters into a paragraph');
  assert.ok(!found.some((s) => /Eikberg|Eiko|EikEik|Eik-Sund/.test(s)), 'a surname inside a longer word is no occurrence');
  assert.deepEqual(fullNamesOfSurnames(BODY, ['Velde']).map((d) => d.name), ['Tomas Velde']);
});

test('the surname search agrees with the whole-body pattern on generated texts', () => {
  const words = ['Ana', 'Eik', 'the', 'Port', 'said', 'Lund', 'of', 'Eik,', 'Mr', 'Sara-Li', '\n\n', 'Eiks', '"Eik', 'Eik Eik', 'Eik-', 'O’Eik', 'Émile', 'x', 'Eik’s'];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  let matches = 0;
  for (let round = 0; round < 300; round++) {
    const body = Array.from({ length: 40 }, () => words[Math.floor(next() * words.length)]).join(' ');
    const slow = everyPosition(body, 'Eik');
    matches += slow.length;
    assert.deepEqual(nearEachOccurrence(body, 'Eik'), slow, body);
  }
  assert.ok(matches > 300, `the generated texts hold matches to compare (${matches})`);
});

test('foldAccents: plain ASCII takes the short path with the same result', () => {
  assert.equal(foldAccents('Marta `Mo` EIK-Sund'), "marta 'mo' eik-sund");
  assert.equal(foldAccents('Čížek'), 'cizek');
  assert.equal(foldAccents('Čížek'), 'cizek', 'a repeated text is answered from the cache, unchanged');
  assert.equal(foldAccents('O’Neill Straße'), "o'neill strasse");
  assert.equal(foldAccents(''), '');
});
