/**
 * Name folding: one key for every spelling of a name that a reader would call "the same".
 *
 * Used symmetrically: keys are stored for every alias when an entity is written, and the same
 * function folds a user's search string, so "Sergey Chizhik", "sergei chizhik" and "Chížik"
 * meet at one key. The rules only remove distinctions that transliteration systems disagree on;
 * they never merge different consonant skeletons.
 *
 * Letters outside Latin go through any-ascii (a well-kept Unicode-to-ASCII transliterator:
 * Cyrillic, Greek, Arabic, CJK, and Latin letters that do not decompose, such as Đ, Þ, ð), so
 * "Сергей Лавров" and "Sergei Lavrov" meet at one key and no name folds to nothing.
 */
import anyAscii from 'any-ascii';
import { LRUCache } from 'lru-cache';

/** Given names whose transliterations differ by more than the generic rules catch. */
const GIVEN_NAME_VARIANTS: Record<string, string> = {
  aleksandr: 'alexander', aleksander: 'alexander', alexandr: 'alexander', oleksandr: 'alexander',
  aliaksandr: 'alexander', alyaksandr: 'alexander',
  sergei: 'sergey', serguei: 'sergey', sergej: 'sergey', sergii: 'sergey', serhiy: 'sergey', siarhei: 'sergey',
  yuri: 'yury', yuriy: 'yury', iurii: 'yury', yurii: 'yury', juri: 'yury',
  dmitri: 'dmitry', dmitrii: 'dmitry', dmitriy: 'dmitry', dmytro: 'dmitry', dzmitry: 'dmitry',
  mikhail: 'michael', mikhael: 'michael', mykhailo: 'michael', mikhailo: 'michael',
  andrei: 'andrey', andrej: 'andrey', andrii: 'andrey', andriy: 'andrey',
  aleksei: 'alexey', alexei: 'alexey', aleksey: 'alexey', alexej: 'alexey', aliaksei: 'alexey',
  nikolai: 'nikolay', nicolai: 'nikolay', mikola: 'nikolay', mikalai: 'nikolay',
  evgeny: 'yevgeny', evgeniy: 'yevgeny', evgenii: 'yevgeny', yevgeniy: 'yevgeny', yevhen: 'yevgeny',
  vladimir: 'vladimir', volodymyr: 'vladimir', uladzimir: 'vladimir',
  georgy: 'georgy', georgii: 'georgy', georgiy: 'georgy', heorhiy: 'georgy',
  natalia: 'natalya', nataliya: 'natalya', natalja: 'natalya',
  tatiana: 'tatyana', tatjana: 'tatyana', tatsiana: 'tatyana',
  julia: 'yulia', yuliya: 'yulia', iuliia: 'yulia', yulija: 'yulia',
  ekaterina: 'yekaterina', katerina: 'yekaterina',
  elena: 'yelena', olena: 'yelena', alena: 'yelena', alyona: 'yelena',
  pyotr: 'peter', petr: 'peter', piotr: 'peter',
  ilya: 'ilya', ilia: 'ilya', illia: 'ilya',
  maksim: 'maxim', maksym: 'maxim', maxim: 'maxim',
  mohammed: 'muhammad', mohammad: 'muhammad', mohamed: 'muhammad', muhammed: 'muhammad',
};

/** Folded texts already seen: extraction folds the same names many times an article. */
const FOLDED = new LRUCache<string, string>({ max: 20_000 });
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Strip accents, transliterate other scripts and fold case: "Čížek" -> "cizek", "Чижик" -> "chizhik". */
export function foldAccents(text: string): string {
  // Plain ASCII has no accent, no other script and no typographic quote: only the grave accent
  // and the case fold below apply (the same result, without the Unicode passes).
  if (ASCII_ONLY.test(text)) return text.replace(/`/g, "'").toLowerCase();
  let folded = FOLDED.get(text);
  if (folded === undefined) FOLDED.set(text, (folded = foldNonAscii(text)));
  return folded;
}

function foldNonAscii(text: string): string {
  const latin = text
    .normalize('NFC')
    .replace(NON_LATIN_WORD, transliterate)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/ł/gi, 'l');
  // Latin letters that do not decompose (Đ, Þ, ð) still need a transliteration.
  return latin.replace(/[^\x00-\x7f]+/g, (run) => (/\p{L}/u.test(run) ? anyAscii(run) : run)).toLowerCase();
}

/** A word with letters of another script than Latin ("Віталій", "习近平"). */
const NON_LATIN_WORD = /[\p{L}\p{M}]*[^\P{L}\p{Script=Latin}][\p{L}\p{M}]*/gu;

/** Han and Hangul names are written family name first, one syllable a character: "习近平" -> "Xi Jinping". */
function transliterate(run: string): string {
  if (!/^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u.test(run)) return anyAscii(run);
  const [family, ...given] = [...run].map((c) => anyAscii(c));
  return `${family} ${given.join('').toLowerCase()}`;
}

/** Fold one lower-case, accent-free word to its transliteration skeleton. */
function foldWord(word: string): string {
  const known = GIVEN_NAME_VARIANTS[word];
  if (known) return known;
  return word
    .replace(/ks/g, 'x')
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'z')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/(?:iy|ii|yi|ij)$/g, 'y')
    .replace(/ei$/g, 'ey')
    .replace(/j/g, 'y')
    .replace(/(.)\1+/g, '$1');
}

/** Split a name into folded words, dropping punctuation ("O'Neil" -> ["oneil"]). */
export function nameWords(name: string): string[] {
  return foldAccents(name)
    .replace(/['.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The lookup key of a name: accent-free, lower case, transliteration-folded words joined by
 * single spaces. `nameKey("Sergei Chizhik") === nameKey("Sergey Chizhik")`.
 */
export function nameKey(name: string): string {
  return nameWords(name).map(foldWord).join(' ');
}

/** The key of the last word of a personal name (its surname in Western order). */
export function surnameKey(name: string): string {
  const words = nameWords(name).map(foldWord);
  return words[words.length - 1] ?? '';
}
