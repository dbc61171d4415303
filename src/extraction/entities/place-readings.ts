/**
 * Names with several readings (Georgia the country and the US state, "Congo" for either Congo):
 * the context picks one, else the bare reading stays, its own place, never merged into another.
 * Two passes, most precise first: the words around the mention ("Atlanta, Georgia", "Tbilisi,
 * Georgia", "the state of Georgia"), then the article's other places and demonyms ("Kinshasa",
 * "Brazzaville", "Democratic Republic of the Congo", "Georgian" nearby).
 */
import type { PlaceDraft } from './draft';
import { demonymCountry, lookupPlace, placeKey, placeReadings, type GazetteerPlace } from '../lexicon/gazetteer';

const US = 'United States';
const isState = (r: GazetteerPlace) => r.kind === 'REGION' && r.country === US;
const PLACE_BEFORE = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}),\s*$/u;

/** Pass 1: "Atlanta, Georgia" (a city of the state), "Tbilisi, Georgia" (a city of the country), "state of Georgia". */
function byNeighbours(body: string, d: PlaceDraft, readings: GazetteerPlace[]): GazetteerPlace | null {
  const before = body.slice(Math.max(0, d.span.start - 40), d.span.start);
  const after = body.slice(d.span.end, d.span.end + 10);
  if (/\bstate of\s+$/i.test(before) || /^\s+state\b/.test(after)) return readings.find(isState) ?? null;
  const m = PLACE_BEFORE.exec(before);
  const city = m ? lookupPlace(m[1]) : null;
  if (!city) return null;
  const bare = placeKey(d.written);
  return readings.find((r) => (isState(r) ? city.state != null && placeKey(city.state) === bare : r.country != null && r.country === city.country && r !== city)) ?? null;
}

/** How strongly a known place of the article points at a reading: its own name 3, a place in it 2, the US for a state 1. */
function weight(r: GazetteerPlace, e: GazetteerPlace): number {
  if (e.name === r.name) return 3;
  if (isState(r)) return e.state != null && e.state === r.state ? 2 : e.country === US ? 1 : 0;
  return r.country != null && e.country === r.country ? 2 : 0;
}

/** Pass 2: the reading the article's other places and demonyms point at most; null on a tie. */
function byArticle(body: string, drafts: PlaceDraft[], readings: GazetteerPlace[]): GazetteerPlace | null {
  const known = drafts.filter((o) => placeReadings(o.written).length === 0 || o.name !== readings[0].name).map((o) => lookupPlace(o.name)).filter((e): e is GazetteerPlace => !!e);
  const demonyms = [...body.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)].map((m) => demonymCountry(m[0])).filter((c): c is string => !!c);
  const scores = readings.map((r) => {
    const fromPlaces = known.reduce((sum, e) => sum + weight(r, e), 0);
    const fromDemonyms = demonyms.reduce((sum, c) => sum + (c === r.country ? (isState(r) ? 1 : 2) : 0), 0);
    return r.country == null ? 0 : fromPlaces + fromDemonyms;
  });
  const best = Math.max(...scores);
  return best > 0 && scores.filter((s) => s === best).length === 1 ? readings[scores.indexOf(best)] : null;
}

/** Give every mention of an ambiguous name the reading its context picks (in place). */
export function chooseReadings(body: string, drafts: PlaceDraft[]): void {
  const open = drafts.filter((d) => placeReadings(d.written).length > 1);
  const pick = (d: PlaceDraft, r: GazetteerPlace | null) => { if (r) { d.name = r.name; d.kind = r.kind; } return !r; };
  const left = open.filter((d) => pick(d, byNeighbours(body, d, placeReadings(d.written))));
  for (const d of left) pick(d, byArticle(body, drafts.filter((o) => o !== d), placeReadings(d.written)));
}
