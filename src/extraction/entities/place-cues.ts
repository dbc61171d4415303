/**
 * Places the gazetteer does not know, marked by their context: a capitalised run right after
 * "in" / "from" / "near" / "outside" ("in Port Amsel", "from nearby Skarvøy", "in western
 * Norland"), the region after a dateline city ("KALVIK, Norland (AP)"), "the port city of X",
 * and rivers ("the river Sela", "the Arven river"). The run must not be a person, an
 * organization, a date word, a language or a demonym.
 */
import { isOrgHead } from './title-chain';
import { givenNameGender, isNameWord, isRoleWord } from '../text/tokens';
import { demonymCountry, lookupPlace } from '../lexicon/gazetteer';
import { knownOrg } from '../lexicon/organizations';
import { EVENT_HEADS } from '../lexicon/events';
import { NATIONALITY_ENDINGS, NOT_PLACE_WORDS, PLACE_APPOSITION_NOUNS, PLACE_FEATURE_NOUNS, PLACE_KIND_NOUNS, PLACE_MODIFIERS, PLACE_PART_NOUNS, PLACE_PREPOSITIONS, INNER_PLACE_PREPOSITIONS, PLACE_OFFICE_NOUNS, AP_STATE_ABBREVIATIONS, POSTAL_STATE_CODES, AREA_NOUNS, BUILDING_NOUNS, TERRITORY_NOUNS, AFTER_PLACE_WORDS, NAMED_FEATURE_HEADS, COMPASS_REGIONS } from '../lexicon/places';
import { AGENCIES } from '../lexicon/agencies';
import { CREDIT_WORDS } from '../lexicon/furniture';
import { REGION_DATELINE_AGENCIES } from '../lexicon/agencies';
import { alternation } from '../text/alternation';
import { CALENDAR_NAMES } from '../lexicon/words';

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const RUN = String.raw`(${NAME}(?:\s+(?:${NAME}|de|del|la|am)(?=\s+\p{Lu}|[^\p{L}]|$))*)`;
const KIND_OF = String.raw`the (?:${alternation(PLACE_KIND_NOUNS)}) of`;
const MODIFIER = String.raw`(?:(?:${alternation(PLACE_MODIFIERS)}|the port (?:city|town) of|${KIND_OF})\s+)?`;
/** "in" or "In", "from" or "From", ...; "across", "to" ... lower case only. */
const PREPOSITION = [...PLACE_PREPOSITIONS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`), ...INNER_PLACE_PREPOSITIONS].join('|');
const CUES = [
  new RegExp(String.raw`(?<![\p{L}-])(?<!(?:${alternation(CREDIT_WORDS)})\s+)(?:${PREPOSITION})\s+${MODIFIER}${RUN}`, 'gu'),
  new RegExp(String.raw`\b(?:${alternation(PLACE_PART_NOUNS)}) of\s+${RUN}`, 'gu'),
  new RegExp(String.raw`\bthe (?:${alternation(PLACE_APPOSITION_NOUNS)}),\s+${RUN}`, 'gu'),
  new RegExp(String.raw`(?<!\p{Lu}[\p{L}'’-]*\s)(${NAME})\s+(?:${alternation(PLACE_OFFICE_NOUNS)})\b`, 'gu'),
  new RegExp(String.raw`\b(?:${alternation(AREA_NOUNS)}) of\s+${RUN}`, 'gu'),
  new RegExp(String.raw`(?:[Tt]he\s+river|[Tt]he\s+(?:${alternation(PLACE_KIND_NOUNS)})\s+of)\s+${RUN}`, 'gu'),
];
/** "the Svalen archipelago": a feature noun that belongs to the place's name. */
const FEATURE = new RegExp(String.raw`\b[Tt]he\s+${RUN}\s+(${alternation(PLACE_FEATURE_NOUNS)})\b`, 'gu');
const DATELINE_REGION = new RegExp(String.raw`^\p{Lu}[\p{Lu}\s'’.-]+,\s+${RUN}\s+\((?:${alternation(REGION_DATELINE_AGENCIES)})\)`, 'u');
/** "Kelford, Calif." (town and state), "Kelford, KS –" (town): a US state abbreviation after a town. */
const TOWN_STATE = new RegExp(String.raw`(?<![\p{L}'’-])(?:[Tt]he\s+)?${RUN},\s+(?:(${alternation(AP_STATE_ABBREVIATIONS)})(?![\p{L}.])|(?:${alternation(POSTAL_STATE_CODES)})(?=\s*(?:[–—(]|-\s)))`, 'gu');
const TRAILING_CALENDAR = new RegExp(String.raw`\s+(?:${alternation(CALENDAR_NAMES)})$`, 'u');
/** "the Brackwater County sheriff": a name before "County" is a county. */
const COUNTY = new RegExp(String.raw`(?<![\p{L}'’.-])(?:[Tt]he\s+)?((?:${NAME}\s+)?${NAME}\s+County)\b`, 'gu');
const NOT_PLACES = new RegExp(`^(?:${alternation(NOT_PLACE_WORDS)})$`);
/** "the Amsel River", "Kelbrook State Forest", "Lake Orvel": a named natural feature. */
const NAMED_FEATURE = new RegExp(String.raw`(?<![\p{L}'’-])((?:${NAME}\s+){1,3}(?:${alternation(NAMED_FEATURE_HEADS)})|(?:Lake|Mount)\s+${NAME})(?![\p{L}'’-]|\s+\p{Lu})`, 'gu');
/** "in the South West": a compass region with "the", not the start of a longer name. */
const COMPASS = new RegExp(String.raw`\b(?:in|across|to|from|of)\s+the\s+(${alternation(COMPASS_REGIONS)})(?![\p{L}-]|\s+\p{Lu})`, 'gu');
export const BUILDING_AFTER = new RegExp(String.raw`^\s+(?:${alternation(BUILDING_NOUNS)})\b`, 'u');
const TERRITORY_AFTER = new RegExp(String.raw`^\s+(${alternation(TERRITORY_NOUNS)})\b`, 'u');
const WEAK_PREPOSITION = new RegExp(String.raw`^(?:${alternation(INNER_PLACE_PREPOSITIONS)})\s`, 'u');
const AFTER_PLACE = new Set(AFTER_PLACE_WORDS);

/** A capitalised word that is never a place where context alone marks it (languages, feasts, platforms). */
export function isNotPlaceWord(run: string): boolean {
  return NOT_PLACES.test(run) || AGENCIES[run.toLowerCase()] !== undefined;
}

/** "compared to Kestrel's phones", "pertaining to Amsel land": after a weak preposition a run before a noun is a modifier. */
function modifierAfterWeak(body: string, run: string, at: number): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(body.slice(at + run.length, at + run.length + 30));
  return /['’]s$/.test(run) || (!!next && !AFTER_PLACE.has(next[1]));
}
const NATIONALITY = new RegExp(`(?:${alternation(NATIONALITY_ENDINGS)})$`);

/** A capitalised run that is plausibly a place name (no person, org, date, demonym). */
function plausiblePlace(run: string): boolean {
  const words = run.split(/\s+/);
  if (words.length > 3 || isNotPlaceWord(run) || knownOrg(run)) return false;
  if (words.some((w) => /^\p{Lu}/u.test(w) && (!isNameWord(w) || isOrgHead(w) || isRoleWord(w) || EVENT_HEADS.has(w.toLowerCase())))) return false;
  if (words.length === 2 && givenNameGender(words[0]) && !lookupPlace(run)) return false;
  return !(words.length === 1 && demonymCountry(run)) && !/['’]s$/.test(run) || /['’]s$/.test(run) && plausiblePlace(run.replace(/['’]s$/, ''));
}

const LIST_ITEM = new RegExp(String.raw`^(?:,\s+|,?\s+and\s+)${RUN}`, 'u');

/** Plausible places listed after a known place ending at `at` ("Strasbourg, Kehl and Mannheim"). */
export function placesListedAfter(body: string, at: number): CuedPlace[] {
  const out: CuedPlace[] = [];
  listed(body, at, (run, start) => { if (plausiblePlace(run) && !adjectiveBeforeNoun(body, run, start)) out.push({ name: run, start }); });
  return out;
}

/** "D." of "D.C.", "Pa." of "Kelford, Pa.": an initial or a state abbreviation is no list item. */
function abbreviated(body: string, run: string, at: number): boolean {
  return body[at + run.length] === '.' && (run.length === 1 || AP_STATE_ABBREVIATIONS.includes(`${run}.`));
}

/** "in Strasbourg, Kehl and Mannheim": the further items of a place list. */
function listed(body: string, at: number, add: (run: string, at: number) => void): void {
  for (let i = 0, m = LIST_ITEM.exec(body.slice(at, at + 80)); m && i < 5; i++, m = LIST_ITEM.exec(body.slice(at, at + 80))) {
    const start = at + m[0].lastIndexOf(m[1]);
    if (!abbreviated(body, m[1], start)) add(m[1], start);
    at += m[0].length;
  }
}

export interface CuedPlace {
  name: string;
  start: number;
  /** "Svalen archipelago" for "the Svalen archipelago"; bare mentions are aliases. */
  full?: string;
}

/** "in Velorian conditions": a nationality adjective before a noun is no place. */
function adjectiveBeforeNoun(body: string, run: string, at: number): boolean {
  return !run.includes(' ') && NATIONALITY.test(run) && /^\s+\p{Ll}/u.test(body.slice(at + run.length, at + run.length + 3));
}

/** Place names the context marks, with the offset of each marked mention. */
export function cuedPlaces(body: string): CuedPlace[] {
  const out: CuedPlace[] = [];
  const add = (run: string, at: number, weak = false) => {
    // "in Kelford Monday": a weekday or month after the place is no part of it
    const name = run.replace(/['’]s$/, '').replace(TRAILING_CALENDAR, '');
    const after = body.slice(at + run.length, at + run.length + 30);
    // "in Round 3", "in Kelford house": a number or a building noun after the run makes it no place
    if (/^\s+\d/.test(after) || BUILDING_AFTER.test(after) || (weak && modifierAfterWeak(body, run, at))) return;
    // "in Amsel Nine territory": the territory noun belongs to the name
    const territory = run === name ? TERRITORY_AFTER.exec(after) : null;
    if (territory && plausiblePlace(name)) { out.push({ name: `${name} ${territory[1]}`, start: at }); return; }
    // "more from Edwin:" — a lone given name after "from", before a colon, is a speaker
    if (!name.includes(' ') && givenNameGender(name) && !lookupPlace(name) && /\bfrom\s+$/i.test(body.slice(Math.max(0, at - 6), at)) && body[at + name.length] === ':') return;
    if (plausiblePlace(name) && !adjectiveBeforeNoun(body, run, at)) out.push({ name, start: at });
  };
  for (const re of CUES) {
    for (const m of body.matchAll(re)) {
      add(m[1], m.index + m[0].lastIndexOf(m[1]), WEAK_PREPOSITION.test(m[0]));
      listed(body, m.index + m[0].length, add);
    }
  }
  for (const m of body.matchAll(FEATURE)) {
    if (plausiblePlace(m[1])) out.push({ name: m[1], start: m.index + m[0].indexOf(m[1]), full: `${m[1]} ${m[2]}` });
  }
  for (const m of body.matchAll(COUNTY)) {
    const words = m[1].split(/\s+/).slice(0, -1);
    if (words.every((w) => isNameWord(w) && !NOT_PLACES.test(w) && !CALENDAR_NAMES.includes(w) && !knownOrg(w))) out.push({ name: m[1], start: m.index + m[0].indexOf(m[1]) });
  }
  for (const m of body.matchAll(TOWN_STATE)) {
    if (m[1] !== m[1].toUpperCase()) add(m[1], m.index + m[0].indexOf(m[1]));
    if (m[2]) out.push({ name: m[2], start: m.index + m[0].lastIndexOf(m[2]) });
  }
  for (const m of body.matchAll(NAMED_FEATURE)) {
    const name = m[1].replace(/^The\s+/, '');
    if (name.split(/\s+/).slice(0, -1).every((w) => isNameWord(w) && !isNotPlaceWord(w) && !knownOrg(w))) out.push({ name, start: m.index + m[0].indexOf(name) });
  }
  for (const m of body.matchAll(COMPASS)) out.push({ name: m[1], start: m.index + m[0].lastIndexOf(m[1]) });
  const d = DATELINE_REGION.exec(body);
  if (d) add(d[1], d.index + d[0].indexOf(d[1], d[0].indexOf(',')));
  return out;
}
