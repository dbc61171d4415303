/**
 * Organizations named only as a person's employer or maker: "Kestrel's Ana Vey said" (a
 * capitalised possessive right before a person's full name), "Norvax's College of Medicine"
 * (a parent before a unit of its own), "the Velmora vaccine" (a maker before its product).
 */
import type { OrgDraft, PersonDraft } from './draft';
import { countryOf, demonymCountry, lookupPlace } from '../lexicon/gazetteer';
import { givenNameGender } from '../lexicon/names';
import { CALENDAR_NAMES, NON_NAME_WORDS } from '../lexicon/words';
import { CAPITALISED_DETERMINERS } from '../lexicon/function-words';
import { DISEASE_NAMES, MAKER_PRODUCT_NOUNS, ORG_NAME_ROLE_WORDS, ORG_NAME_WORDS, PARENT_UNIT_HEADS } from '../lexicon/organizations';
import { isRoleWord } from '../text/tokens';
import { alternation } from '../text/alternation';

const WORD = String.raw`\p{Lu}[\p{L}\p{N}&.-]*[\p{L}\p{N}]`;

/** Capitalised words that can stand for an organization: not a place, a people, a person, a role or a function word. */
function plainOrgName(words: string[], people: PersonDraft[]): string | null {
  let kept = [...words];
  while (kept.length && (CAPITALISED_DETERMINERS.has(kept[0]) || NON_NAME_WORDS.has(kept[0].toLowerCase()))) kept = kept.slice(1);
  // "Tarrow State's": a role word that sits inside names ("State", "National") may follow the first word
  const role = (w: string, i: number) => isRoleWord(w) && !(i > 0 && ORG_NAME_ROLE_WORDS.has(w.toLowerCase()));
  const inner = (w: string, i: number) => i > 0 && ORG_NAME_WORDS.has(w.toLowerCase());
  if (!kept.length || kept.some((w, i) => (NON_NAME_WORDS.has(w.toLowerCase()) && !inner(w, i)) || role(w, i) || CALENDAR_NAMES.includes(w))) return null;
  const name = kept.join(' ');
  if (countryOf(name) || lookupPlace(name) || demonymCountry(name) || kept.some((w) => countryOf(w) || demonymCountry(w))) return null;
  // "Marta's Ana Vey", "Berg's Ana Vey": a given name or a person of the story is no employer
  if (givenNameGender(kept[0]) && !/\p{Lu}{2}/u.test(kept[0])) return null;
  const personWords = new Set(people.flatMap((p) => p.name.split(/\s+/)));
  if (kept.some((w) => personWords.has(w))) return null;
  return name;
}

const strong = (name: string, start: number): OrgDraft => ({ name, span: { start, end: start + name.length }, acronym: null, kind: 'OTHER', strength: 'STRONG' });

const POSSESSOR = new RegExp(String.raw`(?<![\p{L}\p{N}'’&.-])((?:${WORD}[ \t]+){0,3}${WORD})(?:['’]s|(?<=s)['’])[ \t]+$`, 'u');

/** "Kestrel's Ana Vey said": the possessive before a person's full name is the employer. */
function possessiveEmployers(body: string, people: PersonDraft[]): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const p of people) {
    const parts = p.name.split(/\s+/);
    if (p.surnameOnly || parts.length < 2 || !givenNameGender(parts[0])) continue;
    const lineStart = body.lastIndexOf('\n', p.span.start - 1) + 1;
    const from = Math.max(lineStart, p.span.start - 60);
    const m = POSSESSOR.exec(body.slice(from, p.span.start));
    if (!m) continue;
    const name = plainOrgName(m[1].split(/\s+/), people.filter((o) => o !== p));
    if (!name) continue;
    out.push(strong(name, from + (m.index ?? 0) + m[1].length - name.length));
  }
  return out;
}

const PARENT = new RegExp(String.raw`(?<![\p{L}\p{N}'’&.-])((?:${WORD}[ \t]+){0,3}${WORD})['’]s[ \t]+(?:${alternation(PARENT_UNIT_HEADS)})[ \t]+(?:of|for)[ \t]+\p{Lu}`, 'gu');

/** "Norvax's College of Medicine", "Tarrow State's Department of Physics": the parent of a unit is an organization. */
function parentsOfUnits(body: string, people: PersonDraft[]): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(PARENT)) {
    const name = plainOrgName(m[1].split(/\s+/), people);
    if (!name) continue;
    out.push(strong(name, (m.index ?? 0) + m[1].length - name.length));
  }
  return out;
}

const MAKER = new RegExp(String.raw`(?<![\p{L}\p{N}'’&.-])(?:(?:[Tt]he|[Aa]n?)[ \t]+(${WORD})|(${WORD})['’]s(?:[ \t]+[\p{L}\p{N}-]+){0,2}?)[ \t]+(?:${alternation(MAKER_PRODUCT_NOUNS)})(?![\p{L}-])`, 'gu');

/** "the Velmora vaccine", "Velmora's two-dose vaccine": the maker of a medicine is a company (never a disease, a place or a person). */
function makers(body: string, people: PersonDraft[]): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(MAKER)) {
    const word = m[1] ?? m[2];
    if (DISEASE_NAMES.has(word.toLowerCase()) || /^\p{Lu}+(?:-\d+)?$/u.test(word) || /\d/.test(word)) continue;
    const name = plainOrgName([word], people);
    if (!name) continue;
    out.push(strong(name, (m.index ?? 0) + m[0].indexOf(word)));
  }
  return out;
}

/** Organizations named as employers, parents of units and makers of products. */
export function employerOrganizations(body: string, people: PersonDraft[]): OrgDraft[] {
  return [...possessiveEmployers(body, people), ...parentsOfUnits(body, people), ...makers(body, people)];
}
