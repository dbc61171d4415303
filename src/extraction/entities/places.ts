/**
 * Place mentions: gazetteer names and aliases (countries, capitals, major cities, regions),
 * the dateline place, and unknown places the text marks as such ("Veloria's central bank",
 * "Foreign Minister Anna Kovac of Veloria"). Demonyms ("Belarusian") are not place mentions.
 */
import type { PlaceKind, Span } from '../types';
import type { PlaceDraft } from './draft';
import { lookupPlace, MAX_PLACE_WORDS } from '../lexicon/gazetteer';
import { isCapitalized, isNameWord, tokenize } from '../text/tokens';
import { BUILDING_AFTER, cuedPlaces, isNotPlaceWord, placesListedAfter } from './place-cues';
import { isOrgHead } from './title-chain';
import { chooseReadings } from './place-readings';
import { CURRENCY_NOUNS, RANK_AFTER_POSSESSIVE, REGION_DIRECTIONS } from '../lexicon/places';
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

const RANK_AFTER = new RegExp(String.raw`^['’]s\s+${RANK_AFTER_POSSESSIVE}`, 'u');

/** "Asia's No. 4 economy": a continent's possessive before a rank modifies a country's noun; no place mention. */
function continentAsModifier(body: string, d: PlaceDraft): boolean {
  const place = lookupPlace(d.name);
  return !!place && place.kind === 'REGION' && place.country === null && RANK_AFTER.test(body.slice(d.span.end, d.span.end + 30));
}

const BASED = /(?<![\p{L}'’-])(\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2})-based\b/gu;

/** "a Kelford-based firm": a gazetteer place before "-based" is a mention of it. */
function basedPlaces(body: string): PlaceDraft[] {
  const out: PlaceDraft[] = [];
  for (const m of body.matchAll(BASED)) {
    const words = m[1].split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const written = words.slice(k).join(' ');
      const place = lookupPlace(written);
      if (!place) continue;
      const start = m.index + m[0].indexOf(written);
      out.push({ name: place.name, written, span: { start, end: start + written.length }, kind: place.kind });
      break;
    }
  }
  return out;
}

/** "Kelford house": a context name before a building noun is part of a longer name. */
function beforeBuilding(body: string, d: PlaceDraft): boolean {
  return BUILDING_AFTER.test(body.slice(d.span.end, d.span.end + 25));
}

/** "Kelford First Nation": a context name the text only ever writes before an organization head is part of that name. */
function onlyBeforeOrgHead(body: string, mentions: PlaceDraft[]): boolean {
  return mentions.length > 0 && mentions.every((d) => {
    const next = /^\s+(\p{Lu}[\p{L}]+)/u.exec(body.slice(d.span.end, d.span.end + 25));
    return !!next && isOrgHead(next[1]);
  });
}

/**
 * A hint from a title chain that the text writes as a possessive ("Kestrel's chief executive") and
 * no place cue marks names a company as often as a place; known countries are in the gazetteer.
 */
function possessiveHintOnly(body: string, hint: string, cued: Set<string>): boolean {
  const escaped = hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return !cued.has(hint) && new RegExp(`\\b${escaped}['’]s\\s`, 'u').test(body);
}

/** Drop mentions inside a longer mention ("Wales" of "New South Wales", "Amsel" of "Amsel Nine territory"). */
function outermost(drafts: PlaceDraft[]): PlaceDraft[] {
  return drafts.filter((d) => !drafts.some((o) => o !== d && o.span.start <= d.span.start && o.span.end >= d.span.end && o.span.end - o.span.start > d.span.end - d.span.start));
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
  const gazetteer = gazetteerPlaces(body);
  const based = basedPlaces(body).filter((b) => !gazetteer.some((g) => g.span.start === b.span.start));
  const found = [...gazetteer, ...based].filter((d) => !beforeCurrency(body, d) && !continentAsModifier(body, d));
  chooseReadings(body, found);
  withDirections(body, found);
  const cues = cuedPlaces(body);
  for (const g of found) cues.push(...placesListedAfter(body, g.span.end));
  const features = new Map(cues.filter((c) => c.full).map((c) => [c.name, c.full as string]));
  const cued = new Set([...cues.map((c) => c.name), ...possessive.map((p) => p.name)]);
  const hints = hinted.filter((h) => !isNotPlaceWord(h) && !possessiveHintOnly(body, h, cued));
  const extra = [dateline, ...hints, ...possessive.map((p) => p.name), ...cues.map((c) => c.name)].filter((n): n is string => !!n && !lookupPlace(n));
  // longest name first, so "Kelford County" is not cut to a "Kelford" found at the same place
  for (const name of [...new Set(extra)].sort((a, b) => b.length - a.length)) {
    const kind = name === dateline ? 'CITY' : 'OTHER';
    const mentions = occurrencesOf(body, name, kind).filter((d) => !found.some((f) => f.span.start === d.span.start) && !beforeBuilding(body, d));
    if (!onlyBeforeOrgHead(body, mentions)) found.push(...mentions);
  }
  for (const f of found) f.name = features.get(f.name) ?? f.name;
  return outermost(found).sort((a, b) => a.span.start - b.span.start);
}
