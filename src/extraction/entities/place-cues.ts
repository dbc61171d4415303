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
import { EVENT_HEADS } from './events';

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const RUN = String.raw`(${NAME}(?:\s+(?:${NAME}|de|del|la|am)(?=\s+\p{Lu}|[^\p{L}]|$))*)`;
const MODIFIER = String.raw`(?:(?:northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern|nearby|neighbouring|neighboring|rural|coastal|downtown|the port (?:city|town) of|the (?:city|town|village|region|province|island|district) of)\s+)?`;
const CUES = [
  new RegExp(String.raw`(?<![\p{L}-])(?<!(?:reported|reporting|writes|writing|contributed|[Cc]redit)\s+)(?:[Ii]n|[Ff]rom|[Nn]ear|[Oo]utside|across|around|towards|toward|to|between)\s+${MODIFIER}${RUN}`, 'gu'),
  new RegExp(String.raw`\b(?:coast|shores?|outskirts|north|south|east|west|centre|center|capital) of\s+${RUN}`, 'gu'),
  new RegExp(String.raw`\bthe (?:capital|port city|city),\s+${RUN}`, 'gu'),
  new RegExp(String.raw`(?:[Tt]he\s+river|[Tt]he\s+(?:port|city|town|village|island|region|province)\s+of)\s+${RUN}`, 'gu'),
];
/** "the Svalen archipelago": a feature noun that belongs to the place's name. */
const FEATURE = new RegExp(String.raw`\b[Tt]he\s+${RUN}\s+(river|delta|valley|estuary|archipelago|peninsula|lake|strait|bay)\b`, 'gu');
const DATELINE_REGION = new RegExp(String.raw`^\p{Lu}[\p{Lu}\s'’.-]+,\s+${RUN}\s+\((?:AP|AFP|Reuters)\)`, 'u');
const NOT_PLACES = /^(?:English|French|German|Spanish|Russian|Arabic|Chinese|Parliament|Congress|Government|Court|Brussels-based|Internet|Christmas|Easter|Ramadan|God|Twitter|Facebook|Instagram|Telegram)$/;

/** A capitalised run that is plausibly a place name (no person, org, date, demonym). */
function plausiblePlace(run: string): boolean {
  const words = run.split(/\s+/);
  if (words.length > 3 || NOT_PLACES.test(run) || knownOrg(run)) return false;
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

/** "in Strasbourg, Kehl and Mannheim": the further items of a place list. */
function listed(body: string, at: number, add: (run: string, at: number) => void): void {
  for (let i = 0, m = LIST_ITEM.exec(body.slice(at, at + 80)); m && i < 5; i++, m = LIST_ITEM.exec(body.slice(at, at + 80))) {
    add(m[1], at + m[0].lastIndexOf(m[1]));
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
  return !run.includes(' ') && /(?:ian|ean|ese|ish|ic)$/.test(run) && /^\s+\p{Ll}/u.test(body.slice(at + run.length, at + run.length + 3));
}

/** Place names the context marks, with the offset of each marked mention. */
export function cuedPlaces(body: string): CuedPlace[] {
  const out: CuedPlace[] = [];
  const add = (run: string, at: number) => {
    const name = run.replace(/['’]s$/, '');
    if (plausiblePlace(name) && !adjectiveBeforeNoun(body, run, at)) out.push({ name, start: at });
  };
  for (const re of CUES) {
    for (const m of body.matchAll(re)) {
      add(m[1], m.index + m[0].lastIndexOf(m[1]));
      listed(body, m.index + m[0].length, add);
    }
  }
  for (const m of body.matchAll(FEATURE)) {
    if (plausiblePlace(m[1])) out.push({ name: m[1], start: m.index + m[0].indexOf(m[1]), full: `${m[1]} ${m[2]}` });
  }
  const d = DATELINE_REGION.exec(body);
  if (d) add(d[1], d.index + d[0].indexOf(d[1], d[0].indexOf(',')));
  return out;
}
