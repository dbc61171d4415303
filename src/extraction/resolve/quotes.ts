/**
 * The speaker passes' rules (ordered in speaker-passes.ts): a pronoun goes to the most recent
 * person of compatible gender before it; a role noun ("the minister") to the person named right
 * after it, to the most recent person whose title holds that noun, to the only person named just
 * before, or to the last speaker; a quote without a speaker phrase to the speaker of the quote
 * before it. Otherwise the speaker stays unknown (never a new person).
 */
import type { ExtractedPerson, ExtractedQuote, Span } from '../types';
import { FEMALE_MARKERS, MALE_MARKERS, OFFICE_WORDS, ROLE_SYNONYMS } from '../lexicon/words';
import { givenNameGender, isPartyMember, isRoleWord } from '../text/tokens';
import { FEMALE_SURNAME_ENDINGS, MALE_SURNAME_ENDINGS } from '../lexicon/names';
import { CAPITALISED_DETERMINERS, DETERMINERS } from '../lexicon/function-words';
import { alternation } from '../text/alternation';

type Gender = 'M' | 'F' | null;

const FEMALE_SURNAME = new RegExp(`(${alternation(FEMALE_SURNAME_ENDINGS)})$`);
const MALE_SURNAME = new RegExp(`(${alternation(MALE_SURNAME_ENDINGS)})$`);
const LEADING_DETERMINER = new RegExp(`^(${alternation(DETERMINERS)})\\s+`);

/** Gender a person's name or titles reveal, or null. */
export function genderOf(p: ExtractedPerson): Gender {
  const titles = p.roles.map((r) => r.title.toLowerCase()).join(' ').split(/\s+/);
  if (titles.some((w) => FEMALE_MARKERS.has(w))) return 'F';
  if (titles.some((w) => MALE_MARKERS.has(w) && w !== 'chairman')) return 'M';
  const g = givenNameGender(p.name.split(/\s+/)[0]);
  if (g === 'M' || g === 'F') return g;
  const last = p.name.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (p.name.includes(' ') && FEMALE_SURNAME.test(last)) return 'F';
  if (p.name.includes(' ') && MALE_SURNAME.test(last)) return 'M';
  return null;
}

export interface Mention { at: number; person: ExtractedPerson }

export function byPronoun(text: string, at: number, mentions: Mention[]): ExtractedPerson | null {
  const want: Gender = /^she$|^her$/i.test(text) ? 'F' : /^he$|^him$/i.test(text) ? 'M' : null;
  if (!want) return null;
  const before = mentions.filter((m) => m.at < at).reverse();
  return before.find((m) => { const g = genderOf(m.person); return g === null || g === want; })?.person ?? null;
}

/** A title in lower case with its office honorifics spelled out ("Gov." -> "governor"). */
function titleWords(title: string): string {
  return title.toLowerCase().replace(/\b([a-z]+)\.?(?=\s|$)/g, (w, abbr: string) => OFFICE_WORDS[abbr] ?? w);
}

export function byRole(text: string, at: number, mentions: Mention[]): ExtractedPerson | null {
  const noun = text.toLowerCase().replace(LEADING_DETERMINER, '').replace(/['’]s\b/g, '');
  const head = noun.split(/\s+(?:of|for|at|in)\s+/)[0].split(/\s+/).pop() ?? noun;
  const keys = ROLE_SYNONYMS[noun] ?? ROLE_SYNONYMS[head] ?? [head.replace(/(wo)?m[ae]n$/, '').replace(/person$/, '') || head];
  const before = mentions.filter((m) => m.at < at).reverse();
  const fits = (p: ExtractedPerson) => p.roles.some((r) => keys.some((k) => titleWords(r.title).includes(k)));
  const qualifiers = (text.match(/\b\p{Lu}[\p{L}-]+/gu) ?? []).filter((w) => !CAPITALISED_DETERMINERS.has(w)).map((w) => w.toLowerCase());
  const qualified = (p: ExtractedPerson) => qualifiers.length > 0 && p.roles.some((r) => qualifiers.some((q) => r.title.toLowerCase().includes(q)));
  return before.find((m) => fits(m.person) && qualified(m.person))?.person ?? before.find((m) => fits(m.person))?.person ?? null;
}

/** "Its managing director, Dr. Katrin Seiler, underlined": the name right after the role noun. */
export function appositiveName(role: Span, mentions: Mention[]): ExtractedPerson | null {
  return mentions.find((m) => m.at > role.end && m.at - role.end <= 12)?.person ?? null;
}

/**
 * "Vik, who won his 50th cap, … "Q," the midfielder said." (or "the Rovers head coach said"): a
 * definite role noun, perhaps with proper qualifiers, right after the only person named nearby.
 */
export function nearSubject(text: string, at: number, mentions: Mention[]): ExtractedPerson | null {
  const party = /^the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(\p{Lu}\p{Ll}+)$/u.exec(text);
  if (!/^the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Ll}+(?:[\s-]\p{Ll}+)?$/u.test(text) && !(party && isPartyMember(party[1]))) return null;
  const before = mentions.filter((m) => m.at < at && at - m.at < 250);
  const people = new Set(before.map((m) => m.person));
  return people.size === 1 ? before[before.length - 1].person : null;
}

/**
 * "… said Sen. Ana Ruiz. "Q," the Tarrow Democrat said.": a definite epithet nobody's title
 * holds names the one who spoke last, when that was just before (within LAST_SPEAKER_CHARS).
 */
const LAST_SPEAKER_CHARS = 600;
export function lastSpeaker(text: string, at: number, last: { key: string; at: number } | null, people: ExtractedPerson[]): string | null {
  if (!last || at - last.at > LAST_SPEAKER_CHARS || !/^the\s/i.test(text)) return null;
  // an office ("the spokeswoman") the last speaker is known not to hold names someone else
  const head = text.split(/\s+/).pop() ?? '';
  const titled = people.find((p) => p.key === last.key)?.roles.length ?? 0;
  return isRoleWord(head) && titled > 0 ? null : last.key;
}

/**
 * A direct quote with no speaker phrase takes the speaker of the nearest earlier quote in its
 * paragraph, or of the last quote of the previous paragraph when it opens its paragraph (a
 * quotation over several paragraphs ending there included).
 */
export function continuationSpeaker(quotes: ExtractedQuote[], paragraphs: Span[], i: number): { key: string; text: string | null } | null {
  const q = quotes[i];
  if (q.kind !== 'DIRECT' || q.speakerKey || q.speakerText) return null;
  const para = (at: number) => paragraphs.findIndex((s) => s.start <= at && at < s.end);
  const p = para(q.span.start);
  const opens = q.span.start - paragraphs[p].start <= 2;
  for (let j = i - 1; j >= 0; j--) {
    const prev = quotes[j];
    // a quotation over several paragraphs counts from the paragraph where it ends
    const pp = para(Math.max(prev.span.start, prev.span.end - 1));
    if (pp < p - 1 || (pp === p - 1 && !opens)) break;
    if (prev.speakerKey) return { key: prev.speakerKey, text: prev.speakerText };
  }
  return null;
}

/**
 * "…," the governor said: a role noun that named a person of the article is one of their titles
 * as written ("Tarrow Democrat", "governor" beside "Gov."), unless a title they hold already has
 * those words ("the minister" beside "Foreign Minister").
 */
export function rolesFromEpithets(quotes: ExtractedQuote[], people: ExtractedPerson[]): void {
  for (const q of quotes) {
    if (q.attribution !== 'ROLE_NOUN' || !q.speakerKey || !q.speakerText) continue;
    const m = /^(?:the|his|her|its|their)\s+([^,;()]{2,60})$/i.exec(q.speakerText.trim());
    const person = people.find((p) => p.key === q.speakerKey);
    if (!m || !person || /s$/.test(m[1]) && !/ss$/.test(m[1])) continue;
    const title = m[1];
    if (!person.roles.some((r) => r.title.toLowerCase().includes(title.toLowerCase()))) person.roles.push({ title, organizationKey: null });
  }
}
