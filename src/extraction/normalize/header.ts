/**
 * The page header above a story: headline, section and publication timestamp.
 * Works on the scraped lines; `bodyStart` is the index of the story's first line.
 */
import { findDates, toIso, type FoundDate } from './dates';
import { isHeadlineLike, PHOTO_CREDIT, sectionOf, wordCount } from './furniture';
import type { Dateline } from './dateline';
import type { Segmentation } from '../types';
import { DATE_LABELS } from '../lexicon/furniture';
import { alternation } from '../text/alternation';

/** A credit after a photo caption: "© Name/AGENCY", "Photo: Name", "Credit: ...", or "Name/AGENCY" closing the caption. */
const CREDIT_AFTER = /^(?:©|\(c\)\s|photo(?:graph)?s?\s*(?::|by\b)|credit\s*:|image\s*:)/i;
const CREDIT_TAIL = /\s\S+\/\p{Lu}{2,}(?:\/\p{Lu}+)*$/u;

/** A photo caption: the next non-blank line is its credit, or the caption ends with one ("... Name/AGENCY"). */
function isCaption(lines: string[], i: number): boolean {
  if (CREDIT_TAIL.test(lines[i])) return true;
  for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
    const next = lines[j].trim();
    if (next) return CREDIT_AFTER.test(next) || PHOTO_CREDIT.test(next) || (next.startsWith(lines[i].trim()) && CREDIT_TAIL.test(next));
  }
  return false;
}

/** Index of the headline line above the body, or -1. */
export function findHeadline(lines: string[], bodyStart: number): number {
  const found: number[] = [];
  for (let i = bodyStart - 1; i >= Math.max(0, bodyStart - 20) && found.length < 2; i--) {
    const line = lines[i].trim();
    if (!line || findDates(line).length > 0 || sectionOf(line)) continue;
    if (isHeadlineLike(line) && (PHOTO_CREDIT.test(lines[i - 1]?.trim() ?? '') || isCaption(lines, i))) continue;
    if (isHeadlineLike(line)) found.push(i);
    // A two-word page label in lower case ("New, comments") may stand between headline and deck; a kicker in capitals ends the header.
    else if (found.length > 0 && (wordCount(line) > 2 || !/\p{Ll}/u.test(line))) break;
  }
  if (found.length === 2) {
    const near = lines[found[0]].trim();
    const far = lines[found[1]].trim();
    const standfirst = wordCount(far) >= 6 && /\s\p{Ll}{3,}/u.test(far) && wordCount(near) >= 1.4 * wordCount(far);
    // A deck under the headline: shorter than the line above it, which reads as a headline of its own.
    const deck = found[1] === found[0] - 1 && wordCount(far) >= 6 && wordCount(far) > wordCount(near);
    if (wordCount(near) > 25 || /\.$/.test(near) || standfirst || deck) return found[1];
  }
  return found[0] ?? -1;
}

/** The section printed nearest above the headline, or null. */
export function findSection(lines: string[], above: number): string | null {
  for (let i = above - 1; i >= Math.max(0, above - 15); i--) {
    const s = sectionOf(lines[i] ?? '');
    if (s) return s;
  }
  return null;
}

interface Candidate extends FoundDate { line: number; label: string | null }

const DATE_LABEL = new RegExp(`\\b(${alternation(DATE_LABELS)})\\b`, 'gi');
const LABEL_SCORE: Record<string, number> = { published: 1.5, posted: 1.5, updated: -2.5, modified: -2.5, today: -3 };

/** Scores a header date: near the headline, with a time, "Published" rather than "Updated". */
function score(c: Candidate, anchor: number): number {
  const timed = c.hour != null ? 2 : 0;
  const pageDate = c.weekday && c.hour == null ? -3 : 0;
  return timed + pageDate + (c.label ? LABEL_SCORE[c.label] : 0) - Math.abs(c.line - anchor) * 0.5;
}

/** The last "Published"/"Updated"/"Today" label before a date in its line. */
function labelBefore(line: string, index: number): string | null {
  const labels = [...line.slice(0, index).matchAll(DATE_LABEL)];
  return labels.length ? labels[labels.length - 1][1].toLowerCase() : null;
}

/** Words that may stand beside a date on a line that is only a timestamp ("Friday, 3 May 2024, 4:20 pm"). */
const STAMP_WORD = /^(?:at|on|am|pm|a\.m\.?|p\.m\.?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** A time zone written in capitals ("EST", "GMT"). */
const ZONE_WORD = /^[A-Z]{2,4}$/;
/** A date at the very top of a scraped page written as a field: "date 2024-05-03 ...". */
const DATE_FIELD = /^date\s*:?\s*$/i;
/** The ALL-CAPS place part of a dateline before its date ("LAKEPORT, NORTH REGION, "). */
const CAPS_DATELINE = /^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .'-]+)*,\s*$/;
/** Lines of the story's start read for a timestamp line the page put inside it. */
const BODY_STAMP_LINES = 8;

/** A date the story's first lines carry as page data: a line that is only a timestamp, a `date` field, a dateline's date. */
function bodyStamp(line: string, d: FoundDate, offset: number): boolean {
  const before = line.slice(0, d.index);
  if ((offset === 0 && DATE_FIELD.test(before)) || (offset < 3 && CAPS_DATELINE.test(before))) return true;
  const words = line.split(/[\s,|•·–—-]+/).filter(Boolean);
  return words.every((w) => STAMP_WORD.test(w.replace(/[.,:]$/, '')) || ZONE_WORD.test(w));
}


/**
 * The best dated line nearest the headline: in the header (before the body); failing that, a
 * timestamp the page put in the story's first lines (a line that is only a date, a leading
 * `date` field, the date of an ALL-CAPS dateline); failing that, a "Published"/"Posted" line
 * anywhere after the story (footers: "Published in The Gazette, May 3rd, 2024").
 */
export function findTimestamp(lines: string[], bodyStart: number, anchor: number): FoundDate | null {
  const best = (candidates: Candidate[]) => candidates.sort((a, b) => score(b, anchor) - score(a, anchor))[0] ?? null;
  const header: Candidate[] = [];
  for (let i = 0; i < bodyStart; i++) {
    for (const d of findDates(lines[i])) if (d.year) header.push({ ...d, line: i, label: labelBefore(lines[i], d.index) });
  }
  if (header.length) return best(header);
  const inBody: Candidate[] = [];
  for (let i = bodyStart; i < Math.min(lines.length, bodyStart + BODY_STAMP_LINES); i++) {
    for (const d of findDates(lines[i])) if (d.year && bodyStamp(lines[i], d, i - bodyStart)) inBody.push({ ...d, line: i, label: null });
  }
  if (inBody.length) return best(inBody);
  const labelled: Candidate[] = [];
  for (let i = bodyStart; i < lines.length; i++) {
    for (const d of findDates(lines[i])) {
      const label = labelBefore(lines[i], d.index);
      if (d.year && (label === 'published' || label === 'posted')) labelled.push({ ...d, line: i, label });
    }
  }
  return labelled[0] ?? null;
}

export interface Published { iso: string | null; warnings: string[] }

/**
 * The publication date-time: the header timestamp, checked against the dateline's day and
 * month; the zone is the stated one, else the agency's home zone, else UTC (with a warning).
 */
export function publishedFrom(stamp: FoundDate | null, dateline: Dateline | null, agencyZone: string | null, source: string | null): Published {
  const warnings: string[] = [];
  const dm = dateline?.dayMonth ?? null;
  if (!stamp && !dm) return { iso: null, warnings: ['publication date not found'] };
  if (!stamp?.year) return { iso: null, warnings: [`publication year unknown (dateline gives day ${dm?.day}, month ${dm?.month})`] };
  let { year, month, day, hour, minute } = stamp as FoundDate & { year: number };
  if (dm && (dm.month !== month || dm.day !== day) && !withinOneDay(stamp, dm)) {
    year = dm.month > month + 6 ? year - 1 : year;
    ({ month, day } = dm);
    hour = null;
    minute = null;
    warnings.push('header timestamp disagrees with the dateline; dateline date used');
  }
  let offset = stamp.offset;
  if (!offset && hour != null) {
    offset = agencyZone ?? 'Z';
    warnings.push(agencyZone ? `time zone assumed ${agencyZone} (home zone of ${source})` : 'time zone unknown; UTC assumed');
  }
  if (hour == null) warnings.push('publication time not found; date only');
  return { iso: toIso(year, month, day, hour, minute, offset ?? 'Z', hour == null ? null : stamp.second ?? null), warnings };
}

function withinOneDay(stamp: FoundDate, dm: { month: number; day: number }): boolean {
  const a = Date.UTC(stamp.year ?? 2000, stamp.month - 1, stamp.day);
  const b = Date.UTC(stamp.year ?? 2000, dm.month - 1, dm.day);
  return Math.abs(a - b) <= 86_400_000;
}

/** The first sentence of the story (without its dateline), cut at a word near 120 characters. */
export function leadAsHeadline(body: string, seg: Segmentation): string {
  const first = seg.sentences[0] ? body.slice(seg.sentences[0].start, seg.sentences[0].end) : body;
  const lead = first.replace(/^[^-–—]{0,80}?\)\s*[-–—]+\s*/, '').replace(/\s+/g, ' ').trim();
  return lead.length <= 120 ? lead : `${lead.slice(0, lead.lastIndexOf(' ', 117))}…`;
}
