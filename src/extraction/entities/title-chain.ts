/**
 * Title chains around personal names: "First Deputy Chairman of the Presidium of the National
 * Academy of Sciences of Belarus (NASB) Sergei Chizhik" -> title, organization, name;
 * "Veloria's Foreign Minister Anna Kovac" -> title + place; "Kremlin spokesman Dmitry Peskov".
 */
import type { Span } from '../types';
import { countryOf, lookupPlace } from '../lexicon/gazetteer';
import { orgHeadKind, knownOrg } from '../lexicon/organizations';
import { CALENDAR_NAMES, NON_NAME_WORDS, ARTICLES, HEAD_ROLE_WORDS, POSSESSIVE_DETERMINERS, TITLE_MODIFIERS } from '../lexicon/words';
import { alternation } from '../text/alternation';
import { isNameParticle } from '../lexicon/names';
import {
  givenNameGender, isAcronym, isCapitalized, isConnector, isHonorific, isNameWord, isOfficeHonorific, isRoleWord, tokenize, type Token,
} from '../text/tokens';

export interface PersonPhrase {
  /** The personal name ("Sergei Chizhik"). */
  name: Span;
  /** The job title as written ("First Deputy Chairman of the Presidium"), if any. */
  title: Span | null;
  /** The organization the title names ("National Academy of Sciences of Belaurs (NASB)"). */
  org: Span | null;
  /** The country or place the title names ("Veloria's", "Russian", "of Veloria"). */
  place: string | null;
  /**
   * The title as written, with the place or organization words before it and its modifiers
   * ("Veloria's Foreign Minister", "Kremlin spokesman", "former deputy"), in a description also the
   * organization or country joined after it ("leader of the Tarrow Council"); null without a title.
   */
  wording: Span | null;
}


/** True for a capitalised word that is an organization head ("Academy", "Ministry"). */
export function isOrgHead(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  if (!isCapitalized(word)) return false;
  // "KXTV-TV", "Metro-Radio": a compound whose last part is a head
  const last = /^[\p{Lu}\d]{2,}-(\p{Lu}[\p{L}]*)$/u.exec(bare)?.[1];
  return orgHeadKind(bare) !== null || (!!last && orgHeadKind(last) !== null);
}

/** Start index of the personal name that ends a token list, or -1 when it ends in none. */
export function nameStartIndex(tokens: Token[]): number {
  let i = tokens.length;
  while (i > 0) {
    const w = tokens[i - 1].text;
    const particle = isNameParticle(w) && i < tokens.length && i - 1 > 0;
    const initial = /^\p{Lu}\.$/u.test(w);
    if (!(isNameWord(w) && !isOrgHead(w)) && !particle && !initial) break;
    i--;
  }
  while (i < tokens.length && isNameParticle(tokens[i].text)) i++;
  if (i >= tokens.length) return -1;
  const run = tokens.slice(i);
  if (run.length > 2 && givenNameGender(run[0].text) === null) {
    const given = run.findIndex((t, k) => k > 0 && k < run.length - 1 && givenNameGender(t.text) !== null);
    if (given > 0) return i + given;
  }
  if (run.length > 2 && givenNameGender(run[0].text) === null) return tokens.length - 2;
  if (run.length > 3) return tokens.length - 2;
  if (run.length > 1 && (countryOf(run[0].text) || lookupPlace(run[0].text)) && !givenNameGender(run[0].text)) return i + 1;
  return i;
}

/** True when the tokens from `i` begin an organization name (head word before any "of"). */
export function startsOrg(tokens: Token[], i: number): boolean {
  let k = i;
  if (tokens[k]?.text.toLowerCase() === 'the') k++;
  if (k < tokens.length && (isAcronym(tokens[k].text) || knownOrg(tokens[k].text))) return true;
  for (; k < tokens.length && isCapitalized(tokens[k].text); k++) {
    if (isOrgHead(tokens[k].text)) return true;
  }
  return false;
}

/**
 * Number of tokens, from `i`, that an organization name spans: capitalised words joined by
 * "of", "for", "and", "on", "&", a trailing "(ACRONYM)"; it stops before "in"/"at" and before a
 * personal name that follows a country ("... of Belarus Sergei Chizhik").
 */
export function orgExtent(tokens: Token[], i: number, head = Infinity): number {
  let k = i;
  if (tokens[k]?.text.toLowerCase() === 'the') k++;
  let end = k;
  while (k < tokens.length) {
    const w = tokens[k].text;
    // past its head word a name stops at a role ("Government of Tarrow Prime Minister ..." is two things)
    if (k > head && isRoleWord(w) && !/s$/.test(w)) break;
    if (isCapitalized(w) && !/^\(/.test(w)) {
      if (k > i && givenNameGender(w) && isNameWord(tokens[k + 1]?.text ?? '') && countryOf(tokens[k - 1].text)) break;
      end = ++k;
    } else if (/^(and|&)$/.test(w) && k < head && isCapitalized(tokens[k + 1]?.text ?? '')) k++;
    else if (/^(of|for|and|on|&|de|the|des|du|la)$/.test(w) && joins(tokens, k + 1, w)) k++;
    else if (/^(of|for|on)$/.test(w) && tokens[k + 1]?.text === 'the' && joins(tokens, k + 2, w)) k += 2;
    else break;
  }
  if (/^\(\s*[\p{Lu}]/u.test(tokens[end]?.text ?? '') && isAcronym(tokens[end].text)) end++;
  return end - i;
}

// "May" is left out: it is a surname too ("the government of Theresa May").
const CALENDAR = new RegExp(`^(?:${alternation(CALENDAR_NAMES.filter((w) => w !== 'May'))})$`);

/** Whether the capitalised word at `k` continues an organization name after connector `w`. */
function joins(tokens: Token[], k: number, w: string): boolean {
  const t = tokens[k]?.text ?? '';
  if (!isCapitalized(t) || /^\(/.test(t) || (isRoleWord(t) && !/s$/.test(t)) || CALENDAR.test(t)) return false;
  if (w !== 'and' && w !== '&') return true;
  for (let j = k; j < tokens.length && isCapitalized(tokens[j].text); j++) if (isOrgHead(tokens[j].text)) return false;
  return true;
}

const span = (tokens: Token[]): Span | null => tokens.length ? { start: tokens[0].start, end: tokens[tokens.length - 1].end } : null;

/**
 * Splits the chain before a name into title, organization and place. With `keepTail` (a
 * description set off by commas: "Ana Vey, leader of the Tarrow Council,") the organization or
 * country joined after the title by "of", "at" or "for" stays in the wording; a chain right
 * before a name keeps only the title ("First Deputy Chairman of the Presidium").
 */
export function parseChain(chain: Token[], keepTail = false): Omit<PersonPhrase, 'name'> {
  let toks = chain.filter((t) => !isHonorific(t.text) || isOfficeHonorific(t.text));
  const modifiers = toks.findIndex((t) => !TITLE_MODIFIERS.has(t.text.toLowerCase()) && !POSSESSIVE_DETERMINERS.has(t.text.toLowerCase()));
  // the modifiers right before the title's first word, as written ("former", "acting"), not the articles
  const lead = toks.slice(0, modifiers < 0 ? toks.length : modifiers).filter((t) => !ARTICLES.has(t.text.toLowerCase()) && !POSSESSIVE_DETERMINERS.has(t.text.toLowerCase()));
  let written = lead[0]?.start ?? Infinity;
  while (toks.length && (TITLE_MODIFIERS.has(toks[0].text.toLowerCase()) || POSSESSIVE_DETERMINERS.has(toks[0].text.toLowerCase()))) toks = toks.slice(1);
  let place: string | null = null;
  const possessive = /^\p{Lu}[\p{L}-]+(?:'s|’s|'|’)$/u.test(toks[0]?.text ?? '');
  if (toks.length > 1 && (countryOf(toks[0].text) || possessive) && !isRoleWord(toks[0].text)) {
    place = countryOf(toks[0].text) ?? toks[0].text.replace(/['’]s?$/, '');
    written = Math.min(written, toks[0].start);
    toks = toks.slice(1);
  }
  let org: Span | null = null;
  const firstRole = toks.findIndex((t) => isRoleWord(t.text));
  const before = toks.slice(0, firstRole);
  while (before.length && isConnector(before[before.length - 1].text)) before.pop();
  const plain = before.length > 0 && before.every((t) => isCapitalized(t.text) && !NON_NAME_WORDS.has(t.text.toLowerCase()));
  if (firstRole > 0 && before.length && (startsOrg(toks, 0) || plain && !isRoleWord(toks[firstRole - 1].text) && isLowerRole(toks[firstRole]))) {
    org = span(before);
    written = Math.min(written, before[0].start);
    toks = toks.slice(firstRole);
  }
  // "leader of the Tarrow Council", "analyst at Harwick Partners": where a kept tail ends
  let tail = -1;
  for (let i = 1; i < toks.length - 1 && !org; i++) {
    if (!/^(of|at|for|with|in)$/.test(toks[i].text) || !toks.slice(0, i).some((t) => isRoleWord(t.text))) continue;
    const rest = toks.slice(toks[i + 1].text === 'the' ? i + 2 : i + 1);
    const looseOrg = toks[i].text === 'at' && rest.length > 0 && isCapitalized(rest[0].text) && !lookupPlace(rest[0].text);
    const joined = keepTail && /^(of|at|for)$/.test(toks[i].text);
    if (startsOrg(rest, 0) || looseOrg) { org = span(rest.slice(0, orgExtent(rest, 0))); if (joined) tail = org?.end ?? -1; toks = toks.slice(0, i); }
    else if (rest.length === 1 && (countryOf(rest[0].text) || lookupPlace(rest[0].text))) { place = countryOf(rest[0].text) ?? rest[0].text; if (keepTail && toks[i].text === 'of') tail = rest[0].end; toks = toks.slice(0, i); }
  }
  const hasRole = toks.some((t) => (isRoleWord(t.text) || isOfficeHonorific(t.text)) && !TITLE_MODIFIERS.has(t.text.toLowerCase()));
  const title = hasRole ? span(toks) : null;
  return { title, org, place, wording: title && { start: Math.min(written, title.start), end: Math.max(title.end, tail) } };
}

/** The title of a chain as written (its `wording`), or null. */
export function chainWording(body: string, chain: Pick<PersonPhrase, 'wording'>): string | null {
  return chain.wording ? body.slice(chain.wording.start, chain.wording.end) : null;
}

function isLowerRole(t: Token | undefined): boolean {
  return !!t && t.text === t.text.toLowerCase();
}

/** Title-chain tokens that end right before `nameStart` (walking back within `tokens`). */
export function chainBefore(tokens: Token[], nameStart: number): Token[] {
  let i = nameStart;
  let depth = 0;
  let titled = false;
  while (i > 0) {
    const w = tokens[i - 1].text;
    const ok = titled
      // "Lt. Gov.", "former Sen.": before an honorific only more honorifics, role words, modifiers
      ? isHonorific(w) || isRoleWord(w) || TITLE_MODIFIERS.has(w.toLowerCase())
      : isCapitalized(w) || isConnector(w) || isRoleWord(w) || TITLE_MODIFIERS.has(w.toLowerCase())
        || /^\(.*\)$/.test(w) || /['’]s?$/.test(w) && isCapitalized(w)
        // "Tarrow council leader": a lower-case organization head after a capitalised word
        || orgHeadKind(w) !== null && isCapitalized(tokens[i - 2]?.text ?? '') && i < nameStart;
    if (!ok || depth > 40) break;
    titled ||= isHonorific(w);
    i--;
    depth++;
  }
  while (i < nameStart && isConnector(tokens[i].text) && tokens[i].text !== 'the') i++;
  return tokens.slice(i, nameStart);
}

/**
 * Parse a phrase that ends in a personal name, optionally preceded by a title chain.
 * Returns null when the phrase ends in no personal name.
 */
export function parsePersonPhrase(body: string, phrase: Span): PersonPhrase | null {
  const tokens = tokenize(body.slice(phrase.start, phrase.end), phrase.start);
  const start = nameStartIndex(tokens);
  if (start < 0) return null;
  const name = span(tokens.slice(start)) as Span;
  const chain = chainBefore(tokens, start);
  return { name, ...parseChain(chain) };
}

/** The singular of a plural role noun as written ("Founders" -> "Founder", "deputies" -> "deputy"), or null. */
export function singularRole(word: string): string | null {
  if (!/s$/.test(word) || /ss$/.test(word)) return null;
  const forms = [word.replace(/ies$/, 'y'), word.replace(/(ch|sh|ss|x)es$/, '$1'), word.slice(0, -1)];
  for (const f of forms) {
    const bare = f.toLowerCase().replace(/^(?:co|vice|deputy|assistant|joint)-/, '');
    if (f !== word && isRoleWord(f) && HEAD_ROLE_WORDS.has(bare)) return f;
  }
  return null;
}
