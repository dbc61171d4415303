/**
 * Organizations named without an English head word, found by the words around them:
 * "the conservation group Delta Viva", "the ferry company, Skarvøy Ferjelag,", "The DGAC said",
 * "an analyst at NorGeo", "AgroSur said in a statement", "the Friends of the Eastside Library".
 */
import type { OrgDraft } from './draft';
import { NON_NAME_WORDS } from '../lexicon/words';
import { countryOf, lookupPlace } from '../lexicon/gazetteer';
import { givenNameGender } from '../lexicon/names';
import { isRoleWord } from '../text/tokens';
import { CLUB_WORDS, NOT_ORG_ACRONYMS, ORG_ROLE_AFTER, ORG_TYPE_NOUNS, TEAM_RESULT_PHRASES, TEAM_ROLE_NOUNS } from '../lexicon/organizations';
import { CAPITALISED_DETERMINERS } from '../lexicon/function-words';
import { SUBJECT_VERBS } from '../lexicon/function-words';
import { alternation } from '../text/alternation';

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

/** Camel-case brands and all-caps acronyms that the sentence treats as an organization. */
function cuedTokens(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}-]*\p{L}/gu)) {
    const word = m[0];
    const start = m.index ?? 0;
    const camel = CAMEL.test(word);
    const acronym = ACRONYM.test(word) && !NOT_ORGS.has(word.split('-')[0]);
    if (!camel && !acronym) continue;
    const before = body.slice(Math.max(0, start - 40), start);
    const after = body.slice(start + word.length, start + word.length + 40);
    const roleAt = /\b(?:at|for|of|from|with)\s+(?:the\s+)?$/i.test(before);
    const analyst = /\b(?:an?|the)\s+[\p{Ll}\s-]{0,25}\s(?:at|for)\s+$/u.test(before);
    const afterThe = /\bthe\s+$/i.test(before);
    const subject = (afterThe || start === 0 || /(?:[.!?]["”’]?\s+|\n\s*)$/.test(before)) && SUBJECT_VERB.test(after);
    const commaSubject = afterThe && /^,\s/.test(after);
    if (camel ? (ROLE_AFTER.test(after) || analyst || /^\s+said in a statement/.test(after)) : (roleAt || subject || commaSubject)) {
      const title = word[0] + word.slice(1).toLowerCase();
      if (!countryOf(word) && !lookupPlace(word) && !countryOf(title) && !lookupPlace(title)) out.push(strong(word, start, acronym ? word : null));
    }
  }
  return out;
}

const TEAM_WORDS = String.raw`(?:\p{Lu}[\p{L}'’.-]*\p{L}\s+){1,3}`;
const TEAM_BEFORE_ROLE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${TEAM_WORDS})(?:${alternation(TEAM_ROLE_NOUNS)})(?![\p{L}-])`, 'gu');
const TEAM_AFTER_RESULT = new RegExp(String.raw`\b(?:${alternation(TEAM_RESULT_PHRASES)})\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\p{L}\s*){1,3})`, 'gu');

/** Capitalised words that can be a team's name: no determiners, function or role words, no possessive, not a person. */
function teamName(words: string[]): string | null {
  const kept = words.filter((w, i) => !(i === 0 && CAPITALISED_DETERMINERS.has(w)));
  if (!kept.length || kept.some((w) => NON_NAME_WORDS.has(w.toLowerCase()) || isRoleWord(w) || /['’]s?$/.test(w))) return null;
  if (kept.length >= 2 && givenNameGender(kept[0])) return null;
  // "the French coach" is a nationality; "the United coach" the short form of a club named elsewhere
  if (kept.length === 1 && ((countryOf(kept[0]) && countryOf(kept[0]) !== kept[0]) || CLUB_WORDS.includes(kept[0]))) return null;
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
  for (const m of body.matchAll(TEAM_AFTER_RESULT)) {
    const name = teamName(m[1].trim().split(/\s+/));
    if (name) out.push(strong(name, (m.index ?? 0) + m[0].lastIndexOf(m[1].trim())));
  }
  return out;
}

/**
 * Organization mentions cued by their context rather than by a head word. Drafts are STRONG:
 * the cue itself says the name is an organization.
 */
export function cuedOrganizations(body: string): OrgDraft[] {
  return [...appositives(body), ...cuedTokens(body), ...teams(body)];
}
