/**
 * Whether a name names one particular thing (and so may match across articles), and the word
 * signature two expansions of one acronym share. Pure; vocabulary from lexicon/generic-names.
 */
import { EntityType } from '../entities/enums';
import { countryOf, lookupPlace } from '../extraction/lexicon/gazetteer';
import {
  FIELD_WORDS, GENERIC_EVENT_WORDS, GENERIC_HEADS, GENERIC_MODIFIERS, LEGAL_FORMS, NAME_MINOR_WORDS,
} from '../extraction/lexicon/generic-names';
import { knownOrg, orgHeadKind } from '../extraction/lexicon/organizations';
import { isMisspelling } from '../extraction/text/similarity';
import { foldAccents, nameWords } from '../text/fold';

type WordClass = 'COUNTRY' | 'HEAD' | 'FIELD' | 'MODIFIER' | 'OTHER';

/** Lower-case words of a name, possessives and minor words dropped: "Belarus' Academy of Sciences" -> belarus academy sciences. */
function significantWords(name: string): string[] {
  return foldAccents(name).replace(/['’]s?(?=\s|$)/g, '').split(/[^\p{L}\d-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, '')).filter((w) => w && !NAME_MINOR_WORDS.has(w));
}

/** Words with the country each names ("belarusian" -> "belarus"); multi-word countries joined ("costa rica"). */
function withCountries(words: string[]): { word: string; country: string | null }[] {
  const out: { word: string; country: string | null }[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? lookupPlace(`${words[i]} ${words[i + 1]}`) : null;
    if (pair && pair.kind === 'COUNTRY') { out.push({ word: `${words[i]} ${words[i + 1]}`, country: pair.name.toLowerCase() }); i++; continue; }
    const country = words[i].includes('-') ? null : countryOf(words[i]);
    out.push({ word: words[i], country: country ? country.toLowerCase() : null });
  }
  return out;
}

function classOf(w: { word: string; country: string | null }): WordClass {
  if (w.country) return 'COUNTRY';
  if (GENERIC_HEADS.has(w.word) || LEGAL_FORMS.has(w.word) || orgHeadKind(w.word)) return 'HEAD';
  if (FIELD_WORDS.has(w.word)) return 'FIELD';
  if (GENERIC_MODIFIERS.has(w.word)) return 'MODIFIER';
  return 'OTHER';
}

/**
 * An organization name is distinctive when a word of it is neither a generic head, a legal form,
 * a field nor a generic modifier ("Nordlys ASA", "Velorian Institute for Water Research"), or
 * when it names a country together with a field ("Ministry of Health of Norland"). Made only of
 * generic words ("Academy of Sciences", "the Ministry", "Inc") or of a country and a bare head
 * ("the Belarusian ministry"), it is not. Well-known bodies ("United Nations") always are.
 */
function distinctiveOrganization(name: string): boolean {
  if (knownOrg(name)) return true;
  const classes = withCountries(significantWords(name)).map(classOf);
  if (classes.length === 0) return false;
  if (classes.includes('OTHER')) return true;
  return classes.includes('COUNTRY') && classes.includes('FIELD');
}

/** An event name is distinctive unless made only of event nouns, modifiers, countries and numbers ("the signing ceremony", "2nd annual meeting"). */
function distinctiveEvent(name: string): boolean {
  return withCountries(significantWords(name)).some((w) => !w.country && !GENERIC_EVENT_WORDS.has(w.word)
    && !GENERIC_MODIFIERS.has(w.word) && !/^\d+(?:st|nd|rd|th)?$/.test(w.word));
}

/** A personal name is a full name (given name and surname) whose words are not all generic. */
function distinctivePerson(name: string): boolean {
  const words = nameWords(name);
  return words.length >= 2 && words.some((w) => classOf({ word: w, country: null }) === 'OTHER');
}

/** Whether `name` (as written) may identify an entity of `type` across articles on its own. */
export function isDistinctiveName(type: EntityType, name: string): boolean {
  switch (type) {
    case EntityType.ORGANIZATION: return distinctiveOrganization(name);
    case EntityType.EVENT: return distinctiveEvent(name);
    case EntityType.PERSON: return distinctivePerson(name);
    default: return nameWords(name).length > 0;
  }
}

/** The words two spellings of one organization share: minor words and legal forms dropped, countries folded. */
export function signature(name: string): string[] {
  return withCountries(significantWords(name)).map((w) => w.country ?? w.word).filter((w) => !LEGAL_FORMS.has(w));
}

const within = (small: string[], big: string[]) => small.every((w) => big.some((b) => b === w || isMisspelling(b, w, 'nameWord')));

/**
 * Whether two expansions can be one organization's: the words of one are all words of the
 * other ("Academy of Sciences of Norland" and "Norland Academy of Sciences"; "Academy of
 * Sciences" and either), so a shared acronym with them is evidence, not coincidence.
 */
export function compatibleExpansions(a: string, b: string): boolean {
  const sa = signature(a);
  const sb = signature(b);
  if (sa.length === 0 || sb.length === 0) return false;
  return sa.length <= sb.length ? within(sa, sb) : within(sb, sa);
}
