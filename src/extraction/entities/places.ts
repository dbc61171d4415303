/**
 * Place mentions: gazetteer names and aliases (countries, capitals, major cities, regions),
 * the dateline place, and unknown places the text marks as such ("Veloria's central bank",
 * "Foreign Minister Anna Kovac of Veloria"). Demonyms ("Belarusian") are not place mentions.
 */
import type { PlaceKind, Span } from '../types';
import type { PlaceDraft } from './draft';
import { lookupPlace, MAX_PLACE_WORDS } from '../lexicon/gazetteer';
import { isCapitalized, isNameWord, tokenize } from '../text/tokens';
import { cuedPlaces, placesListedAfter } from './place-cues';
import { chooseReadings } from './place-readings';
import { CURRENCY_NOUNS, REGION_DIRECTIONS } from '../lexicon/places';
import { alternation } from '../text/alternation';

const DIRECTION_BEFORE = new RegExp(String.raw`(?<![\p{L}-])(${alternation(REGION_DIRECTIONS)})\s+$`, 'u');
const CURRENCY_AFTER = new RegExp(String.raw`^\s+(?:${alternation(CURRENCY_NOUNS)})\b`, 'u');

/** "northern England": a lower-case direction before a place names a region of it (in place). */
function withDirections(body: string, drafts: PlaceDraft[]): void {
  for (const d of drafts) {
    const m = DIRECTION_BEFORE.exec(body.slice(Math.max(0, d.span.start - 20), d.span.start));
    if (!m) continue;
    d.written = `${m[1]} ${d.written}`;
    d.name = `${m[1]} ${d.name}`;
    d.span = { start: d.span.start - m[0].length, end: d.span.end };
    d.kind = 'REGION';
  }
}

/** "US dollars": a country's name before a currency noun is no place mention. */
function beforeCurrency(body: string, d: PlaceDraft): boolean {
  return CURRENCY_AFTER.test(body.slice(d.span.end, d.span.end + 12));
}

/** Gazetteer places, longest match first. */
function gazetteerPlaces(body: string): PlaceDraft[] {
  const tokens = tokenize(body);
  const out: PlaceDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i].text)) continue;
    for (let n = Math.min(MAX_PLACE_WORDS + 1, tokens.length - i); n >= 1; n--) {
      const span = { start: tokens[i].start, end: tokens[i + n - 1].end };
      const written = body.slice(span.start, span.end).replace(/['’]s?$/, '');
      const place = /^\p{Lu}/u.test(tokens[i + n - 1].text) ? lookupPlace(written) : null;
      if (!place) continue;
      if (written.length <= 3 && written !== written.toUpperCase()) continue;
      out.push({ name: place.name, written, span: { start: span.start, end: span.start + written.length }, kind: place.kind });
      i += n - 1;
      break;
    }
  }
  return out;
}

const POSSESSIVE_PLACE = /\b(\p{Lu}[\p{L}-]{3,})(?:'s|’s)\s+(?:central bank|government|economy|capital|president|prime minister|foreign minister|parliament|army|military|ministry|navy|border|coast|north|south|east|west|largest|biggest|second-largest|main|national|state|ruling|opposition|foreign|finance|trade|economic|academy|university|embassy|capital city|chief|southern|northern|eastern|western|deputy|top|supreme|constitutional|electoral|interior|defence|defense|energy|transport|health|environment|delegation|ambassador|envoy|highlands|coastline|ports?|farmland|population|neighbou?rs)\b/gu;

/** Unknown places marked by a possessive before a state noun ("Veloria's central bank"). */
function possessivePlaces(body: string): PlaceDraft[] {
  return [...body.matchAll(POSSESSIVE_PLACE)]
    .filter((m) => isNameWord(m[1]) && !lookupPlace(m[1]))
    .map((m) => ({ name: m[1], written: m[1], span: { start: m.index, end: m.index + m[1].length }, kind: 'OTHER' as PlaceKind }));
}

/** Every occurrence of a place name known from context (dateline, title chain). */
export function occurrencesOf(body: string, name: string, kind: PlaceKind): PlaceDraft[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tail = /\.$/.test(name) ? '(?!\\w)' : '\\b';
  return [...body.matchAll(new RegExp(`\\b${escaped}${tail}`, 'gi'))]
    .filter((m) => /^\p{Lu}/u.test(m[0]))
    .map((m) => ({ name, written: m[0], span: { start: m.index, end: m.index + m[0].length } as Span, kind }));
}

/**
 * Place mentions of the body. `dateline` is the dateline place (found in the body as written);
 * `hinted` are further place names the title chains gave.
 */
export function findPlaces(body: string, dateline: string | null, hinted: string[]): PlaceDraft[] {
  const possessive = possessivePlaces(body);
  const found = gazetteerPlaces(body).filter((d) => !beforeCurrency(body, d));
  chooseReadings(body, found);
  withDirections(body, found);
  const cues = cuedPlaces(body);
  for (const g of found) cues.push(...placesListedAfter(body, g.span.end));
  const features = new Map(cues.filter((c) => c.full).map((c) => [c.name, c.full as string]));
  const extra = [dateline, ...hinted, ...possessive.map((p) => p.name), ...cues.map((c) => c.name)].filter((n): n is string => !!n && !lookupPlace(n));
  // longest name first, so "Kelford County" is not cut to a "Kelford" found at the same place
  for (const name of [...new Set(extra)].sort((a, b) => b.length - a.length)) {
    found.push(...occurrencesOf(body, name, name === dateline ? 'CITY' : 'OTHER').filter((d) => !found.some((f) => f.span.start === d.span.start)));
  }
  for (const f of found) f.name = features.get(f.name) ?? f.name;
  return found.sort((a, b) => a.span.start - b.span.start);
}
