/**
 * Surnames: full names found from a surname known to be a person ("Eik said" -> "Gudrun Eik"),
 * and the single-word mentions of known people's surnames.
 */
import type { PersonDraft } from './draft';
import { nameStartIndex } from './title-chain';
import { isNameWord, tokenize } from '../text/tokens';

/** "Gudrun Eik" where only "Eik" was known as a person (a speaker or a titled surname). */
export function fullNamesOfSurnames(body: string, surnames: string[]): PersonDraft[] {
  const out: PersonDraft[] = [];
  for (const surname of new Set(surnames)) {
    for (const m of namesEndingIn(body, surname)) {
      const tokens = tokenize(m.text, m.index);
      const start = nameStartIndex(tokens);
      if (start < 0 || start === tokens.length - 1 || !tokens.slice(start).every((t) => isNameWord(t.text))) continue;
      const span = { start: tokens[start].start, end: tokens[tokens.length - 1].end };
      out.push({ name: body.slice(span.start, span.end), span, title: null, orgSpan: null, place: null, surnameOnly: false });
    }
  }
  return out;
}

/** How far before the surname its one or two given names may begin (far more than two words take). */
const PREFIX_REACH = 200;
/** One or two capitalised words and the space after them, ending where the text ends. */
const WORDS_BEFORE = /(?<![\p{L}'’-])(?:\p{Lu}[\p{L}'’-]+\s+){1,2}$/gu;
const WORD_CHAR = /^[\p{L}'’-]/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
const SPACES = /\s+/y;

/** Whether a word character follows `at` (so a surname ending there is part of a longer word). */
const wordGoesOn = (body: string, at: number) => at < body.length && WORD_CHAR.test(String.fromCodePoint(body.codePointAt(at)!));

/**
 * One or two capitalised words, then `surname` as a whole word: the matches, left to right
 * without overlap, of `(?<![\p{L}'’-])(?:\p{Lu}[\p{L}'’-]+\s+){1,2}<surname>(?![\p{L}'’-])` over
 * the body. Found from each occurrence of the surname (indexOf) with one fixed pattern for the words
 * before it, instead of a pattern compiled per surname and run from every position of the body.
 */
export function* namesEndingIn(body: string, surname: string): Generator<{ index: number; text: string }> {
  let consumed = 0;
  for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
    if (at < consumed || wordGoesOn(body, at + surname.length)) continue;
    WORDS_BEFORE.lastIndex = Math.max(consumed, at - PREFIX_REACH);
    const before = WORDS_BEFORE.exec(body.slice(0, at));
    if (!before) continue;
    let end = at + surname.length;
    // Two words are tried before one: from a one-word start, the surname itself may be the second
    // word when it comes again right after ("Mr Eik Eik" is one match).
    if (before[0].trim().split(/\s+/).length === 1 && NAME_WORD.test(surname)) {
      SPACES.lastIndex = end;
      const gap = SPACES.exec(body);
      if (gap && body.startsWith(surname, end + gap[0].length) && !wordGoesOn(body, end + gap[0].length + surname.length)) end += gap[0].length + surname.length;
    }
    consumed = end;
    yield { index: before.index, text: body.slice(before.index, end) };
  }
}

/** Single-word mentions of a known surname outside the full mentions ("Chizhik said"). */
export function surnameMentions(body: string, people: PersonDraft[]): PersonDraft[] {
  const surnames = new Set(people.map((p) => p.name.split(/\s+/).pop() as string).filter((s) => s.length > 1));
  const out: PersonDraft[] = [];
  for (const t of tokenize(body)) {
    const word = t.text.replace(/['’]s?$/, '');
    if (!surnames.has(word)) continue;
    if (people.some((p) => p.span.start <= t.start && t.end <= p.span.end)) continue;
    out.push({ name: word, span: { start: t.start, end: t.start + word.length }, title: null, orgSpan: null, place: null, surnameOnly: true });
  }
  return out;
}
