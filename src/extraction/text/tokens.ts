/**
 * Word tokens with offsets, and the word-shape tests the entity rules share.
 */
import { ABBREVIATIONS, DOTTED_TITLES, HONORIFICS, NAME_CONNECTORS, NON_NAME_WORDS, OFFICE_HONORIFICS, PARTY_MEMBER_NOUNS, ROLE_PREFIXES, ROLE_WORDS, SENTENCE_STARTERS } from '../lexicon/words';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /\(\s*[\p{Lu}\d&][\p{Lu}\p{Ll}\d&\-]{0,11}\s*\)|(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu})|[\p{L}\p{M}\d][\p{L}\p{M}\d'’\-&]*(?:\.(?=\p{L}))?[\p{L}\p{M}\d'’\-]*|[^\s\p{L}\p{M}\d]/gu;

/** Tokens of `text`; offsets are shifted by `offset` (for slices of the body). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (DOTTED_TITLES.has(word.toLowerCase()) && text[m.index + word.length] === '.') word += '.';
    out.push({ text: word, start: offset + m.index, end: offset + m.index + word.length });
  }
  return dropDuplicateDots(out);
}

/** The tokenizer emits "Mr" + "." — fold the dot into the honorific. */
function dropDuplicateDots(tokens: Token[]): Token[] {
  return tokens.filter((t, i) => !(t.text === '.' && i > 0 && tokens[i - 1].text.endsWith('.') && tokens[i - 1].end === t.end));
}

/** A word starting with an upper-case letter (or a parenthesised acronym). */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\(\s*\p{Lu}/u.test(word);
}

/** An all-caps acronym of 2-8 letters ("NASB", "R&D", "U.N."). */
export function isAcronym(word: string): boolean {
  const bare = word.replace(/^\(\s*|\s*\)$/g, '');
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(bare) || /^\p{Lu}{2,}[a-z]?\p{Lu}+$/u.test(bare);
}

/** A lower-case word that may join the words of a proper name ("of", "de", "al"). */
export function isConnector(word: string): boolean {
  return NAME_CONNECTORS.has(word.toLowerCase()) && word === word.toLowerCase();
}

/** A word of a job title ("Minister", "deputy", "CEO"). */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  const compound = /^([a-z]+)-([a-z]+)$/.exec(w);
  return ROLE_WORDS.has(w) || !!compound && ROLE_PREFIXES.includes(compound[1]) && ROLE_WORDS.has(compound[2]);
}

/** "Mr.", "Dr", "Prof." */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase());
}

/** "Democrat", "Republican": a party member as a role noun. */
export function isPartyMember(word: string): boolean {
  return PARTY_MEMBER_NOUNS.has(word.toLowerCase());
}

/** An honorific that names an office or rank ("Gov.", "Sen.", "Cllr"): it is also a title. */
export function isOfficeHonorific(word: string): boolean {
  return OFFICE_HONORIFICS.has(word.toLowerCase());
}

/** A capitalised word that can be part of a personal name. */
export function isNameWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || isAcronym(word) && word.length > 2) return false;
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return !NON_NAME_WORDS.has(lower) && !isRoleWord(lower) && !isHonorific(word) && !isPartyMember(lower);
}

/** compromise's first-name lexicon: 'M', 'F', '?' (unisex) for a given name, null otherwise. */
export { givenNameGender } from '../lexicon/names';

/** The word that ends at `end` (exclusive), without the final dot. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.\-]/u.test(text[i - 1])) i--;
  return text.slice(i, end);
}

/**
 * True when the full stop at `dot` ends an abbreviation or an initial ("Mr.", "U.S.", "J.")
 * rather than a sentence; `next` is where the following word starts.
 */
export function isAbbreviation(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (/^\p{Lu}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (!ABBREVIATIONS.has(lower) && !/^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next))?.[0] ?? '';
  const dotted = lower.includes('.') || ['am', 'pm'].includes(lower);
  return !(dotted && SENTENCE_STARTERS.has(nextWord));
}
