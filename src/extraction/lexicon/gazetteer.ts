/**
 * Look-ups in the gazetteer: place names and aliases, demonyms -> countries. Built when loaded
 * from the generated data (world-countries, states-us: gazetteer-generated.ts) under our
 * curated cities, regions and overrides (gazetteer-data.ts). A name with several readings
 * (Georgia the country and the US state, Congo) keeps each reading apart: `lookupPlace` gives
 * the bare reading, `placeReadings` all of them for the context to choose (entities/place-readings).
 */
import type { PlaceKind } from '../types';
import { AMBIGUOUS_NAMES, CITY_LINES, COUNTRY_EXTRAS, COUNTRY_NAMES, REGION_LINES } from './gazetteer-data';
import { COUNTRIES, US_STATES } from './gazetteer-generated';
import { givenNameGender } from './names';
import { foldAccents } from '../../text/fold';

export interface GazetteerPlace {
  /** Canonical English name ("Georgia (U.S. state)" where the bare name is a country's). */
  name: string;
  kind: PlaceKind;
  /** Country the place lies in (the place itself for a country); null for continents and ambiguous names. */
  country: string | null;
  /** The US state a curated city lies in, as written bare ("Georgia"). */
  state?: string | null;
}

const PLACES = new Map<string, GazetteerPlace>();
const READINGS = new Map<string, GazetteerPlace[]>();
const DEMONYMS = new Map<string, string>();

/** The look-up form of a place name: accent-free lower case, apostrophes and spaces unified. */
export function placeKey(text: string): string {
  return foldAccents(text).replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function addPlace(names: string[], place: GazetteerPlace): void {
  for (const n of names) if (n && !PLACES.has(placeKey(n))) PLACES.set(placeKey(n), place);
}

const rows = (text: string) => text.trim().split('\n').map((l) => l.split('|'));
const list = (field: string | undefined) => (field ?? '').split(';').filter(Boolean);

function loadCurated(): void {
  for (const [name] of rows(AMBIGUOUS_NAMES)) addPlace([name], { name, kind: 'COUNTRY', country: null });
  for (const [name, aliases, country, state] of rows(CITY_LINES)) addPlace([name, ...list(aliases)], { name, kind: 'CITY', country: country || null, state: state || null });
  for (const [name, aliases, country] of rows(REGION_LINES)) addPlace([name, ...list(aliases)], { name, kind: 'REGION', country: country || null });
}

/** A demonym shared by two readings of one ambiguous name ("Congolese") names the bare name. */
function addDemonym(demonym: string, country: string): void {
  const had = DEMONYMS.get(placeKey(demonym));
  if (!had) { DEMONYMS.set(placeKey(demonym), country); return; }
  const group = rows(AMBIGUOUS_NAMES).find(([, readings]) => list(readings).includes(had) && list(readings).includes(country));
  if (group) DEMONYMS.set(placeKey(demonym), group[0]);
}

/**
 * Capitals of the smallest states ("Victoria", "Kingstown") are common words and names more often
 * than places in news text; those worth knowing are curated cities.
 */
const MIN_CAPITAL_AREA = 1000;

/** Countries, larger independent ones first (a shared alias or demonym goes to them). */
function loadCountries(): void {
  const names = new Map(rows(COUNTRY_NAMES).map(([code, name]) => [code, name]));
  const extras = new Map(rows(COUNTRY_EXTRAS).map(([name, aliases, demonyms]) => [name, { aliases: list(aliases), demonyms: list(demonyms) }]));
  const sorted = [...COUNTRIES].sort((a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area);
  for (const c of sorted) {
    const name = names.get(c.code) ?? c.name;
    if (PLACES.has(placeKey(name))) continue;
    const extra = extras.get(name) ?? { aliases: [], demonyms: [] };
    addPlace([name, c.name, ...c.aliases, ...extra.aliases], { name, kind: 'COUNTRY', country: name });
    for (const d of [...c.demonyms, ...extra.demonyms]) addDemonym(d, name);
    if (c.independent && c.area >= MIN_CAPITAL_AREA && c.capital && !givenNameGender(c.capital)) addPlace([c.capital], { name: c.capital, kind: 'CITY', country: name });
  }
  for (const [name, readings] of rows(AMBIGUOUS_NAMES)) {
    READINGS.set(placeKey(name), [PLACES.get(placeKey(name)) as GazetteerPlace, ...list(readings).map((r) => PLACES.get(placeKey(r)) as GazetteerPlace)]);
  }
}

/** US states; one whose name is a country's or a city's gets a name of its own and both readings. */
function loadStates(): void {
  for (const bare of US_STATES) {
    const other = PLACES.get(placeKey(bare));
    const name = !other ? bare : other.kind === 'CITY' ? `${bare} State` : `${bare} (U.S. state)`;
    const state: GazetteerPlace = { name, kind: 'REGION', country: 'United States', state: bare };
    addPlace([name], state);
    if (other) READINGS.set(placeKey(bare), [other, state]);
  }
}

loadCurated();
loadCountries();
loadStates();

/** The gazetteer entry for a name or alias ("MINSK", "People's Republic of China"), or null. */
export function lookupPlace(text: string): GazetteerPlace | null {
  return PLACES.get(placeKey(text)) ?? null;
}

/** Every reading of an ambiguous name, the bare one first ("Georgia": country, state); else []. */
export function placeReadings(text: string): GazetteerPlace[] {
  return READINGS.get(placeKey(text)) ?? [];
}

/** The country a demonym names ("Belarusian" -> "Belarus"), or null. */
export function demonymCountry(word: string): string | null {
  return DEMONYMS.get(placeKey(word)) ?? null;
}

/** The country a word names either directly, as a possessive, or as a demonym. */
export function countryOf(word: string): string | null {
  const bare = word.replace(/(?:'s|'|’s|’)$/, '');
  const place = lookupPlace(bare);
  if (place && place.kind === 'COUNTRY') return place.name;
  return demonymCountry(bare);
}

/** The largest number of words in any gazetteer name (bounds n-gram look-ups). */
export const MAX_PLACE_WORDS = Math.max(...[...PLACES.keys()].map((k) => k.split(' ').length));
