/**
 * Look-ups in the built-in gazetteer: place names and aliases, demonyms -> countries.
 */
import type { PlaceKind } from '../types';
import { COUNTRY_LINES, CITY_LINES, REGION_LINES } from './gazetteer-data';
import { foldAccents } from '../../text/fold';

export interface GazetteerPlace {
  /** Canonical English name. */
  name: string;
  kind: PlaceKind;
  /** Country the place lies in (the place itself for a country); null for continents. */
  country: string | null;
}

const PLACES = new Map<string, GazetteerPlace>();
const DEMONYMS = new Map<string, string>();

/** The look-up form of a place name: accent-free lower case, "st." and "saint" unified. */
function placeKey(text: string): string {
  return foldAccents(text).replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function addPlace(names: string[], place: GazetteerPlace): void {
  for (const n of names) if (n && !PLACES.has(placeKey(n))) PLACES.set(placeKey(n), place);
}

function load(): void {
  for (const line of COUNTRY_LINES.trim().split('\n')) {
    const [name, aliases, demonyms, capital] = line.split('|');
    addPlace([name, ...aliases.split(';')], { name, kind: 'COUNTRY', country: name });
    for (const d of demonyms.split(';').filter(Boolean)) DEMONYMS.set(placeKey(d), name);
    if (capital) addPlace([capital], { name: capital, kind: 'CITY', country: name });
  }
  const others: Array<[string, PlaceKind]> = [[CITY_LINES, 'CITY'], [REGION_LINES, 'REGION']];
  for (const [lines, kind] of others) {
    for (const line of lines.trim().split('\n')) {
      const [name, aliases, country] = line.split('|');
      addPlace([name, ...aliases.split(';')], { name, kind, country: country || null });
    }
  }
}
load();

/** The gazetteer entry for a name or alias ("MINSK", "People's Republic of China"), or null. */
export function lookupPlace(text: string): GazetteerPlace | null {
  return PLACES.get(placeKey(text)) ?? null;
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
