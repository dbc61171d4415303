/**
 * Datelines and source agencies: "MINSK, 26 May (BelTA) - ", "WASHINGTON (Reuters) - ",
 * "MOSCOW, May 26. /TASS/. ", "BEIJING, May 26 (Xinhua) -- ", "KYIV, Ukraine (AP) — ".
 */
import { findDates, findDayMonth } from './dates';
import { lookupPlace } from '../lexicon/gazetteer';
import { AGENCIES } from '../lexicon/agencies';
import { WEEKDAYS } from '../lexicon/words';
import { alternation } from '../text/alternation';
import { HEADLINE_LABELS } from '../lexicon/furniture';

const WEEKDAY = new RegExp(`^(${alternation(WEEKDAYS)})$`, 'i');

export interface Dateline {
  /** The place as a reader would write it ("Minsk"). */
  place: string;
  /** The place exactly as written ("MINSK"). */
  placeText: string;
  /** Day and month the dateline states, if any. */
  dayMonth: { month: number; day: number } | null;
  /** The agency named in the dateline, canonical ("BelTA"), if any. */
  agency: string | null;
  /** Length of the dateline prefix including the separator. */
  length: number;
}

/** The canonical name of a known agency ("BELTA" -> "BelTA"), or null. */
export function canonicalAgency(text: string): string | null {
  return AGENCIES[text.trim().toLowerCase()]?.name ?? null;
}

/** The home time zone of an agency, or null when it is not known or not single. */
export function agencyZone(agency: string | null): string | null {
  if (!agency) return null;
  return AGENCIES[agency.toLowerCase()]?.zone ?? null;
}

/** Agencies named anywhere in a line (by-lines, credits): first known one. */
export function agencyIn(line: string): string | null {
  for (const m of line.matchAll(/[A-Za-z][A-Za-z\- ]{1,24}/g)) {
    for (const part of [m[0].trim(), ...m[0].trim().split(/\s+/)]) {
      const name = canonicalAgency(part);
      if (name && (part.length > 2 || part === part.toUpperCase())) return name;
    }
  }
  return null;
}

const DATELINE = /^([A-Z][\p{L}'’.\-]*(?: [A-Z][\p{L}'’.\-]*){0,3})((?:,\s*[^,()\/\n–—\-]{1,30}){0,3})\.?\s*(?:\(([^()\n]{2,40})\)|\/([^/\n]{2,25})\/)?\s*\.?\s*(?:([-–—]{1,2}|:)?\s+|([–—])(?=\p{Lu}))(?=\S)/u;

/** Title-case an all-caps place ("NEW YORK" -> "New York"), preferring the gazetteer spelling. */
function placeName(text: string): string {
  const known = lookupPlace(text);
  if (known) return known.name;
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function dayMonthOf(part: string): { month: number; day: number } | null {
  const full = findDates(part)[0];
  return full ? { month: full.month, day: full.day } : findDayMonth(part);
}

function extraIsValid(extra: string): boolean {
  const t = extra.trim();
  if (findDates(t).length > 0) return true;
  return /^\d{4}$/.test(t) || findDayMonth(t) !== null || /^[A-Z][\p{L}.' ]+$/u.test(t)
    || WEEKDAY.test(t);
}

/** Parse a dateline at the start of a paragraph; null when the paragraph has none. */
export function parseDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const [whole, written, extras, paren, slash, spacedSep, tightSep] = m;
  // "KELFORD–Officials said": an en or em dash straight before the first word also ends a dateline
  const sep = spacedSep ?? tightSep;
  // "CITY. AGENCY - ": a known agency after the city and a full stop is no part of the place.
  const split = /^(.+?)\.\s+(\S.*)$/u.exec(written);
  const splitAgency = split && !paren && !slash ? canonicalAgency(split[2]) : null;
  const place = splitAgency && split ? split[1] : written;
  const agencyText = splitAgency ? split![2] : (paren ?? slash ?? '').trim();
  const agency = agencyText ? canonicalAgency(agencyText) ?? agencyText : null;
  const upper = place === place.toUpperCase() && /\p{L}{2}/u.test(place);
  // "NEWS:", "BREAKING:" label a headline; they are not places.
  if (HEADLINE_LABELS.includes(place.trim().toLowerCase())) return null;
  if (!upper && !(agency && canonicalAgency(agencyText))) return null;
  if (!agency && !sep) return null;
  if (agencyText && !/^[\p{L}\- .&]+$/u.test(agencyText)) return null;
  const parts = extras.split(',').map((s) => s.trim().replace(/\.$/, '')).filter(Boolean);
  if (!parts.every(extraIsValid)) return null;
  const dayMonth = parts.map(dayMonthOf).find(Boolean) ?? null;
  return { place: placeName(place), placeText: place, dayMonth, agency, length: whole.length };
}
