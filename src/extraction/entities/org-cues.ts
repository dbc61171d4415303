/**
 * Organizations named without an English head word, found by the words around them:
 * "the conservation group Delta Viva", "the ferry company, Skarvøy Ferjelag,", "The DGAC said",
 * "an analyst at NorGeo", "AgroSur said in a statement", "the Friends of the Eastside Library".
 */
import type { OrgDraft } from './draft';
import { CALENDAR_NAMES, NON_NAME_WORDS } from '../lexicon/words';
import { SOCIAL } from '../lexicon/furniture';
import { countryOf, lookupPlace } from '../lexicon/gazetteer';
import { givenNameGender } from '../lexicon/names';
import { isRoleWord } from '../text/tokens';
import { PLATFORM_NOUNS, PLATFORM_VERBS, CLUB_WORDS, COMPANY_CUES_AFTER, COMPANY_CUES_BEFORE, MATCH_VERBS, NATIONALITY_WORDS, NOT_TEAM_PLURALS, knownOrg, orgHeadKind, NOT_ORG_ACRONYMS, ORG_ROLE_AFTER, ORG_TYPE_NOUNS, TEAM_RESULT_PHRASES, TEAM_ROLE_NOUNS } from '../lexicon/organizations';
import { CAPITALISED_DETERMINERS } from '../lexicon/function-words';
import { SUBJECT_VERBS } from '../lexicon/function-words';
import { alternation } from '../text/alternation';
import { EVENT_HEADS } from '../lexicon/events';

const TYPE_NOUNS = alternation(ORG_TYPE_NOUNS);

const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*\p{L}(?:\s+(?:de|des|du|of|the|\p{Lu}[\p{L}\p{N}'’&.-]*\p{L}))*`;
const APPOSITIVE = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${TYPE_NOUNS})(,?)\s+(?:the\s+)?(${NAME})`, 'gu');
const CAMEL = /^(?!Mc|Mac|De|Di|La|Le|Van|Von|O['’])\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const ACRONYM = /^\p{Lu}{3,6}(?:-\p{Lu}[\p{L}]+)?$/u;
const NOT_ORGS = NOT_ORG_ACRONYMS;
const ROLE_AFTER = new RegExp(String.raw`^\s*(?:'s|’s)?\s*(?:${alternation(ORG_ROLE_AFTER)})\b`, 'u');
const SUBJECT_VERB = new RegExp(String.raw`^(?:\s+(?:${alternation(SUBJECT_VERBS)})\b)`);

function isPlainName(name: string): boolean {
  const first = name.split(/\s+/)[0];
  if (NON_NAME_WORDS.has(first.toLowerCase()) || isRoleWord(first) || countryOf(name) || lookupPlace(name)) return false;
  return !(givenNameGender(first) && name.split(/\s+/).length <= 3 && !/-|\p{Lu}{2}/u.test(name));
}

function strong(name: string, start: number, acronym: string | null = null): OrgDraft {
  return { name, span: { start, end: start + name.length }, acronym, kind: 'OTHER', strength: 'STRONG' };
}

/** "the conservation group Delta Viva", "The ferry company, Skarvøy Ferjelag,". */
function appositives(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(APPOSITIVE)) {
    const name = m[2].replace(/\s+(?:de|des|du|of|the)$/, '').replace(/[.]$/, '');
    if (!isPlainName(name) || (!m[1] && /\s/.test(name) && givenNameGender(name.split(/\s+/)[0]))) continue;
    out.push(strong(name, (m.index ?? 0) + m[0].length - m[2].length, ACRONYM.test(name) ? name : null));
  }
  return out;
}

/** "Ana FitzGerald ... FitzGerald said": a camel-case word written after a given name is a person's surname. */
function isSurnameHere(body: string, word: string): boolean {
  for (const m of body.matchAll(new RegExp(String.raw`(\p{Lu}\p{Ll}+)[ \t]+${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'gu'))) {
    if (givenNameGender(m[1])) return true;
  }
  return false;
}

/** Camel-case brands and all-caps acronyms that the sentence treats as an organization. */
function cuedTokens(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}-]*\p{L}/gu)) {
    const word = m[0];
    const start = m.index ?? 0;
    const camel = CAMEL.test(word);
    const acronym = ACRONYM.test(word) && !NOT_ORGS.has(word.split('-')[0]) && !CALENDAR_NAMES.includes(word[0] + word.slice(1).toLowerCase());
    if (!camel && !acronym) continue;
    // "THE LATEST NEWS": a word on a line of several words in capitals is a heading's, not an acronym
    const line = body.slice(body.lastIndexOf('\n', start) + 1, (body.indexOf('\n', start) + 1 || body.length + 1) - 1);
    if (acronym && /\s/.test(line.trim()) && !/\p{Ll}/u.test(line)) continue;
    const before = body.slice(Math.max(0, start - 40), start);
    const after = body.slice(start + word.length, start + word.length + 40);
    const roleAt = /\b(?:at|for|of|from|with)\s+(?:the\s+)?$/i.test(before);
    const analyst = /\b(?:an?|the)\s+[\p{Ll}\s-]{0,25}\s(?:at|for)\s+$/u.test(before);
    const afterThe = /\bthe\s+$/i.test(before);
    const subject = (afterThe || start === 0 || /(?:[.!?]["”’]?\s+|\n\s*)$/.test(before)) && SUBJECT_VERB.test(after);
    const commaSubject = afterThe && /^,\s/.test(after);
    if (camel ? (ROLE_AFTER.test(after) || analyst || /^\s+said in a statement/.test(after) || (subject && !givenNameGender(word) && !isSurnameHere(body, word))) : (roleAt || subject || commaSubject || afterThe)) {
      const title = word[0] + word.slice(1).toLowerCase();
      if (!countryOf(word) && !lookupPlace(word) && !countryOf(title) && !lookupPlace(title)) out.push(strong(word, start, acronym ? word : null));
    }
  }
  return out;
}

const TEAM_WORDS = String.raw`(?:(?:St\.|\p{Lu}[\p{L}'’.-]*\p{L})\s+){1,3}`;
// "a game against the St. Louis Rams": a plural capitalised name after a match verb and "the" is a team
const TEAM_AFTER_MATCH = new RegExp(String.raw`\b(?:${alternation(MATCH_VERBS)})\s+the\s+((?:(?:St\.|\p{Lu}\p{Ll}+)[ \t]+){1,2}\p{Lu}\p{Ll}+s)(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})`, 'gu');
const TEAM_BEFORE_ROLE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${TEAM_WORDS})(?:${alternation(TEAM_ROLE_NOUNS)})(?![\p{L}-])`, 'gu');
const TEAM_AFTER_RESULT = new RegExp(String.raw`\b(?:${alternation(TEAM_RESULT_PHRASES)})\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\p{L}\s*){1,3})`, 'gu');

/** Capitalised words that can be a team's name: no determiners, function or role words, no possessive, not a person. */
function teamName(words: string[]): string | null {
  const kept = words.filter((w, i) => !(i === 0 && CAPITALISED_DETERMINERS.has(w)));
  // "All Stars": "All" opens a team's name before a capitalised plural
  const allPlural = (w: string, i: number) => i === 0 && w === 'All' && kept.length === 2 && /^\p{Lu}\p{Ll}+s$/u.test(kept[1]);
  if (!kept.length || kept.some((w, i) => (NON_NAME_WORDS.has(w.toLowerCase()) && !allPlural(w, i)) || isRoleWord(w) || /['’]s?$/.test(w))) return null;
  if (kept.length >= 2 && givenNameGender(kept[0])) return null;
  // "the French coach" is a nationality; "the United coach" the short form of a club named elsewhere
  if (kept.length === 1 && ((countryOf(kept[0]) && countryOf(kept[0]) !== kept[0]) || CLUB_WORDS.includes(kept[0]) || NATIONALITY_WORDS.has(kept[0]))) return null;
  return kept.join(' ');
}

/** "the Harbour Rovers coach", "All Stars captain Ana Vey", "a 2-1 win over Kelso Athletic": teams named by sports roles and results. */
function teams(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(TEAM_BEFORE_ROLE)) {
    const words = m[1].trim().split(/\s+/);
    const name = teamName(words);
    if (!name) continue;
    const start = (m.index ?? 0) + m[1].indexOf(name);
    // a sentence-initial single word is as likely a surname or a headline word
    if (words.length === 1 && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(body.slice(Math.max(0, start - 3), start))) continue;
    out.push(strong(name, start));
  }
  for (const m of body.matchAll(TEAM_AFTER_MATCH)) {
    const words = m[1].split(/\s+/);
    const last = words[words.length - 1];
    if (NOT_TEAM_PLURALS.has(last) || orgHeadKind(last) || EVENT_HEADS.has(last.toLowerCase()) || knownOrg(last)) continue;
    // "St. Louis": a saint's name opens a place, so its given name is no person
    const rest = words[0] === 'St.' ? words.slice(1) : words;
    if (rest.some((w) => NON_NAME_WORDS.has(w.toLowerCase()) || isRoleWord(w)) || (rest === words && givenNameGender(rest[0])) || NATIONALITY_WORDS.has(rest[0])) continue;
    out.push(strong(m[1], (m.index ?? 0) + m[0].lastIndexOf(m[1])));
  }
  for (const m of body.matchAll(TEAM_AFTER_RESULT)) {
    const name = teamName(m[1].trim().split(/\s+/));
    if (name) out.push(strong(name, (m.index ?? 0) + m[0].lastIndexOf(m[1].trim())));
  }
  return out;
}

const COMPANY_BEFORE = new RegExp(String.raw`\b(?:${alternation(COMPANY_CUES_BEFORE)})\s+$`, 'i');
const COMPANY_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:${alternation(COMPANY_CUES_AFTER)})\b`);

/** "Kestrel shares fell", "shares of Kestrel", "Kestrel CEO Ana Vey": a plain capitalised word the sentence treats as a company. */
function companies(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  // one word may be camel-cased ("shares of KestrelNet")
  for (const m of body.matchAll(/(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[ \t]\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}-])/gu)) {
    const name = m[0];
    const start = m.index ?? 0;
    if (!COMPANY_BEFORE.test(body.slice(Math.max(0, start - 40), start)) && !COMPANY_AFTER.test(body.slice(start + name.length, start + name.length + 30))) continue;
    if (!isPlainName(name) || name.split(/\s+/).some((w) => NON_NAME_WORDS.has(w.toLowerCase()) || isRoleWord(w))) continue;
    out.push(strong(name, start));
  }
  return out;
}

const SOCIAL_IN_PROSE = /\b(?:to|on|via|through|from)\s+(\p{Lu}[\p{L}]+)(?![\p{L}\p{N}-])/gu;
// the name ends the phrase: punctuation, a possessive or a function word follows ("said on Kestrel that"), not a noun ("on Tarrow radio")
const ON_PLATFORM = new RegExp(String.raw`\b(?:${alternation(PLATFORM_VERBS)})\s+(\p{Lu}[\p{L}\p{N}]+)(?=['’]s\b|\s*[,.;:!?)"”]|\s*$|\s+(?:that|on|in|at|to|and|about|after|before|when|as|while|last|this|during|for|with|earlier|late|early)\b)`, 'gu');
const PLATFORM_THING = new RegExp(String.raw`\b(?:his|her|its|their|the|an?)\s+(?:official\s+|own\s+)?(\p{Lu}[\p{L}\p{N}]+)\s+(?:${alternation(PLATFORM_NOUNS)})\b`, 'gu');

/** "the minister said on Kestrel", "his official Kestrel account": a platform or channel (never a day, a month or a place). */
function platforms(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const re of [ON_PLATFORM, PLATFORM_THING]) {
    for (const m of body.matchAll(re)) {
      const name = m[1];
      if (CALENDAR_NAMES.includes(name) || (!SOCIAL.test(name) && !isPlainName(name)) || isRoleWord(name)) continue;
      out.push(strong(name, (m.index ?? 0) + m[0].lastIndexOf(name)));
    }
  }
  // "streamed the footage to Facebook": a social network named inside a sentence of prose
  for (const m of body.matchAll(SOCIAL_IN_PROSE)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    const line = body.slice(body.lastIndexOf('\n', at) + 1, (body.indexOf('\n', at) + 1 || body.length + 1) - 1);
    if (/^\p{Lu}/u.test(m[1]) && SOCIAL.test(m[1]) && line.split(/\s+/).length >= 8) out.push(strong(m[1], at));
  }
  return out;
}

const OPPOSITION = /(?<=\p{Ll}[ \t]+the[ \t]+)Opposition(?![\p{L}-])(?:[ \t]+([\p{L}-]+))?/gu;

/** "ridiculed by the Opposition": the parliamentary opposition capitalised inside a sentence, not before a role. */
function opposition(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(OPPOSITION)) {
    if (m[1] && (isRoleWord(m[1]) || /^\p{Lu}/u.test(m[1]))) continue;
    out.push({ ...strong('Opposition', m.index ?? 0), kind: 'PARTY' });
  }
  return out;
}

/**
 * Organization mentions cued by their context rather than by a head word. Drafts are STRONG:
 * the cue itself says the name is an organization.
 */
export function cuedOrganizations(body: string): OrgDraft[] {
  const all = [...appositives(body), ...cuedTokens(body), ...teams(body), ...companies(body), ...platforms(body), ...opposition(body)];
  // two cues can name one mention ("an analyst at NordFin"): keep it once
  return all.filter((d, i) => all.findIndex((o) => o.span.start === d.span.start && o.span.end === d.span.end) === i);
}
