/**
 * Speaker phrases: what stands in a quote's attribution as the one who spoke — a name (with
 * its title chain), a pronoun, a role noun ("the minister") or an organization ("the ministry").
 */
import type { AttributionMethod, Span } from '../types';
import { SPEAKER_PRONOUNS } from '../lexicon/words';
import { orgHeadKind, knownOrg } from '../lexicon/organizations';
import { parsePersonPhrase, isOrgHead } from '../entities/title-chain';
import { isCapitalized, isPartyMember, isRoleWord, tokenize } from '../text/tokens';
import { isPluralWord } from '../lexicon/names';
import { DETERMINERS as DETERMINER_WORDS, OBJECT_PRONOUNS, QUANTIFIERS, SPEAKER_TRAILING_WORDS } from '../lexicon/function-words';
import { SPEAKER_ORG_NOUNS as ORG_NOUNS } from '../lexicon/organizations';
import { GROUP_NOUN_SUFFIXES, ROLE_NOUN_SUFFIXES } from '../lexicon/words';
import { alternation } from '../text/alternation';

export type SpeakerForm = 'NAME' | 'PRONOUN' | 'ROLE' | 'ORG';

export interface SpeakerRef {
  /** The words that name the speaker ("Sergei Chizhik", "he", "the minister"). */
  text: string;
  /** Where those words are in the body (for NAME: the personal name only). */
  span: Span;
  form: SpeakerForm;
  /** The whole phrase, title chain included. */
  phrase: Span;
}

const DETERMINERS = new RegExp(`^(${alternation([...DETERMINER_WORDS, ...QUANTIFIERS])})\\b`, 'i');
const TRAILING = new RegExp(`\\s+(?:${alternation(SPEAKER_TRAILING_WORDS)})$`, 'i');
/** An adverb between speaker and verb ("she said firmly"): lower case, so a surname in -ly ("Kelly") stays. */
const TRAILING_ADVERB = /\s+[a-z]+ly$/;
const ROLE_OPENER = new RegExp(`^(?:${alternation(DETERMINER_WORDS)})\\s`, 'i');
const OBJECT_PRONOUN = new RegExp(`^(?:${alternation(OBJECT_PRONOUNS)})$`, 'i');
const ROLE_SUFFIX = new RegExp(`(${alternation(ROLE_NOUN_SUFFIXES)})s?$`);
const GROUP_NOUN = new RegExp(`^\\p{L}+(?:${alternation(GROUP_NOUN_SUFFIXES)})s$`, 'u');

/** The attribution method a speaker phrase's form gives: a pronoun, a role noun, else a name. */
export function methodOf(speaker: SpeakerRef): AttributionMethod {
  return speaker.form === 'PRONOUN' ? 'PRONOUN' : speaker.form === 'ROLE' ? 'ROLE_NOUN' : 'EXPLICIT_NAME';
}

/** Strip auxiliaries and adverbs that stand between a speaker and its verb. */
export function trimTrailingAux(text: string): string {
  let t = text.replace(/\s+$/, '');
  for (let prev = ''; prev !== t;) { prev = t; t = t.replace(TRAILING, '').replace(TRAILING_ADVERB, ''); }
  return t;
}

/** A single capitalised plural common noun ("Critics", "Officials") is no name. */
function isPluralNoun(name: string): boolean {
  return !/\s/.test(name) && isPluralWord(name);
}

function headNoun(text: string): string {
  const beforePrep = text.split(/\s+(?:of|for|at|in|from|with|on|to)\s+/i)[0];
  const words = beforePrep.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/[^a-z'’-]/g, '');
}

/**
 * Classify the phrase at `phrase` (already cut to the subject's extent) as a speaker.
 * Returns null when it is no plausible speaker (too long, a clause, empty).
 */
export function classifySpeaker(body: string, phrase: Span): SpeakerRef | null {
  const raw = body.slice(phrase.start, phrase.end);
  const lead = raw.length - raw.trimStart().length;
  const text = trimTrailingAux(raw.trim());
  if (!text || text.split(/\s+/).length > 30 || /[.;!?"“”«»]$/.test(text)) return null;
  const p: Span = { start: phrase.start + lead, end: phrase.start + lead + text.length };
  if (SPEAKER_PRONOUNS.has(text.toLowerCase()) || OBJECT_PRONOUN.test(text)) return { text, span: p, form: 'PRONOUN', phrase: p };
  if (knownOrg(text)) return { text, span: p, form: 'ORG', phrase: p };
  if (/^the\s/i.test(text) && isPartyMember(headNoun(text)) && text.split(/\s+/).length <= 5) return { text, span: p, form: 'ROLE', phrase: p };
  const appositive = nameAfterRole(body, p, text);
  if (appositive) return appositive;
  if (DETERMINERS.test(text) && !/\p{Lu}/u.test(text.replace(DETERMINERS, '').split(/\s+(?:of|for|at)\s+/)[0])) {
    const head = headNoun(text);
    if (ORG_NOUNS.has(head) || orgHeadKind(head)) return { text, span: p, form: 'ORG', phrase: p };
    if (isRoleWord(head) || ROLE_SUFFIX.test(head)) return { text, span: p, form: 'ROLE', phrase: p };
    return null;
  }
  return nameBeforeAffiliation(body, p, text) ?? nameOrOrg(body, p, text) ?? coordinatedSubject(body, p, text) ?? namedRoleNoun(p, text) ?? bareGroup(p, text);
}

/** "Analysts", "Officials": a bare plural role noun as the subject. */
function bareGroup(p: Span, text: string): SpeakerRef | null {
  return GROUP_NOUN.test(text) ? { text, span: p, form: 'ROLE', phrase: p } : null;
}

/** "the Kremlin spokesman", "the Norland embassy": a determiner, proper words, a lower-case head. */
function namedRoleNoun(p: Span, text: string): SpeakerRef | null {
  if (!/^the\s/i.test(text) || !/\s\p{Ll}[\p{L}-]*$/u.test(text) || text.split(/\s+/).length > 5) return null;
  const head = headNoun(text);
  if (ORG_NOUNS.has(head) || orgHeadKind(head)) return { text, span: p, form: 'ORG', phrase: p };
  return isRoleWord(head) ? { text, span: p, form: 'ROLE', phrase: p } : null;
}

/** "Its managing director, Dr. Katrin Seiler": the name after a role appositive. */
function nameAfterRole(body: string, p: Span, text: string): SpeakerRef | null {
  const comma = text.lastIndexOf(', ');
  if (comma < 0 || !ROLE_OPENER.test(text)) return null;
  const start = p.start + comma + 2;
  const ref = classifySpeaker(body, { start, end: p.end });
  if (ref?.form !== 'NAME') return null;
  const head = headNoun(text.slice(0, comma));
  return ORG_NOUNS.has(head) || orgHeadKind(head) ? { ...ref, form: 'ORG', phrase: p } : { ...ref, phrase: p };
}

/** "Dana Mostek of the Left Alliance" -> the name before "of/from/at". */
function nameBeforeAffiliation(body: string, p: Span, text: string): SpeakerRef | null {
  const m = /^(.*?\p{Lu}[\p{L}'’.-]*)\s+(?:of|from|at|with)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu}/u.exec(text);
  if (!m) return null;
  const ref = nameOrOrg(body, { start: p.start, end: p.start + m[1].length }, m[1]);
  return ref?.form === 'NAME' ? { ...ref, phrase: p } : null;
}

/** "Sabine Ortel conceded defeat but (said)" -> the subject before the first verb phrase. */
function coordinatedSubject(body: string, p: Span, text: string): SpeakerRef | null {
  if (!/\s(?:and|but)$/.test(text)) return null;
  const tokens = tokenize(text, p.start);
  const verb = tokens.findIndex((t, i) => i > 0 && /^\p{Ll}/u.test(t.text) && !isRoleWord(t.text) && !/^(of|the|for|and)$/.test(t.text));
  if (verb <= 0) return null;
  const sub = classifySpeaker(body, { start: p.start, end: tokens[verb - 1].end });
  return sub && sub.form !== 'ORG' ? sub : null;
}

function nameOrOrg(body: string, p: Span, text: string): SpeakerRef | null {
  const tokens = tokenize(text);
  if (!tokens.length || !isCapitalized(tokens[tokens.length - 1].text)) {
    return /['’]s\s+[a-z ]+$/.test(text) && isRoleWord(headNoun(text)) ? { text, span: p, form: 'ROLE', phrase: p } : null;
  }
  if (tokens.some((t) => isOrgHead(t.text)) && !tokens.some((t) => isRoleWord(t.text))) return { text, span: p, form: 'ORG', phrase: p };
  const person = parsePersonPhrase(body, p);
  if (!person && isRoleWord(tokens[tokens.length - 1].text) && DETERMINERS.test(text)) return { text, span: p, form: 'ROLE', phrase: p };
  if (!person) return tokens.every((t) => isCapitalized(t.text) || t.text.length < 4) ? { text, span: p, form: 'ORG', phrase: p } : null;
  const nameText = body.slice(person.name.start, person.name.end);
  if (isPluralNoun(nameText) || /['’]s?$/.test(nameText)) return null;
  if (!/\s/.test(nameText) && /\b(?:of|in|from|at|for|near)\s*$/i.test(body.slice(p.start, person.name.start))) return null;
  if (isRoleWord(body.slice(person.name.start, person.name.end)) && DETERMINERS.test(text)) return { text, span: p, form: 'ROLE', phrase: p };
  const words = body.slice(p.start, person.name.start).trim();
  if (words && !person.title && !person.org && !/[)]$/.test(words) && /\b[a-z]{3,}\b/.test(words.replace(/\b(of|the|and|for|at|in|on)\b/g, ''))) return null;
  // a titled name ("Outside court, special prosecutor Ana Ruiz") is a person, whatever noun the comma follows
  const form = !person.title && afterOrgNoun(body, p.start) ? 'ORG' : 'NAME';
  return { text: body.slice(person.name.start, person.name.end), span: person.name, form, phrase: p };
}

/** "The developers' association, Costa Futura, said": a name in apposition to an organization noun. */
function afterOrgNoun(body: string, at: number): boolean {
  const m = /(\p{Ll}+),\s*$/u.exec(body.slice(Math.max(0, at - 40), at));
  return !!m && orgHeadKind(m[1]) !== null && !isRoleWord(m[1]);
}
