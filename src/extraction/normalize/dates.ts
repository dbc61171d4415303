/**
 * Date and time expressions as news pages write them ("26 May 2023, 17:27",
 * "May 26, 2023 5:27 PM EDT", "2023-05-26T17:27:00+03:00", "26.05.2023 17:27", "26th of May,
 * 2023", "2023.05.26", "5:27 in the afternoon ET"): a small adapter over chrono-node's strict
 * parser, giving the fields our header scoring reads (header.ts picks the publication date).
 */
import { strict, type ParsedResult } from 'chrono-node';
import { MONTHS, WEEKDAYS } from '../lexicon/words';

/** Reference instant for chrono (only year-less text would use it; those are not full dates). */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  second?: number | null;
  /** "+03:00", "Z", ... when the text states the zone. */
  offset: string | null;
  /** The text names a weekday ("Tuesday, 6 June 2023"), typical of a page's own date. */
  weekday: boolean;
  index: number;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "26.05.2023": chrono reads dotted dates month first; pages that write dots put the day first. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.\d{4}/;

/** Named zones with a fixed offset. */
const ZONES: Record<string, string> = {
  GMT: 'Z', UTC: 'Z', MSK: '+03:00', EDT: '-04:00', EST: '-05:00', CDT: '-05:00', PDT: '-07:00',
  PST: '-08:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00',
  JST: '+09:00', KST: '+09:00', IST: '+05:30', AEST: '+10:00', HKT: '+08:00', SGT: '+08:00',
};

/** "+3", "+0300", "GMT+3", "EDT" -> "+03:00"; null when unknown. */
export function parseZone(text: string | undefined): string | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, '').toUpperCase();
  if (ZONES[t]) return ZONES[t];
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (!m) return null;
  if (Number(m[2]) === 0 && !Number(m[3] ?? 0)) return 'Z';
  return `${m[1]}${m[2].padStart(2, '0')}:${m[3] ?? '00'}`;
}

function monthNumber(text: string): number {
  return MONTHS[text.toLowerCase().replace('.', '')] ?? MONTHS[text.slice(0, 3).toLowerCase()] ?? 0;
}

function hasWeekday(line: string, index: number): boolean {
  const before = line.slice(Math.max(0, index - 14), index).toLowerCase();
  return WEEKDAYS.some((d) => before.includes(d) || before.includes(d.slice(0, 3) + ','));
}

type Time = Pick<FoundDate, 'hour' | 'minute' | 'second' | 'offset'>;

/** The time a result states; "12.12.2025 – 11:25" is a range to chrono, its end the time of day. */
function timeOf(r: ParsedResult): Time {
  const c = !r.start.isCertain('hour') && r.end?.isCertain('hour') && !r.end.isCertain('day') ? r.end : r.start;
  const hour = c.isCertain('hour') ? c.get('hour') : null;
  return { hour, minute: hour == null ? null : c.get('minute'), second: c.isCertain('second') ? c.get('second') : null, offset: zoneOf(c.get('timezoneOffset')) };
}

/** The time written next to a date: the nearest time-only result within 25 characters, after it first. */
function timeNear(times: ParsedResult[], start: number, end: number): Time | null {
  let best: { dist: number; time: Time } | null = null;
  for (const t of times) {
    const after = t.index >= end ? t.index - end : Infinity;
    const before = t.index < start ? start - (t.index + t.text.length) + 0.5 : Infinity;
    const dist = Math.min(after, before);
    if (dist <= 25 && (!best || dist < best.dist)) best = { dist, time: timeOf(t) };
  }
  return best?.time ?? null;
}

/**
 * Every full date (day, month and year) in a line, with the time next to it: chrono-node's
 * strict parser (numeric, written-out and ISO dates, "5:27 in the afternoon", named and
 * numeric zones), then our reading of dotted dates as day first.
 */
export function findDates(line: string): FoundDate[] {
  const results = strict.parse(line, REFERENCE, { forwardDate: false });
  const times = results.filter((r) => !r.start.isCertain('day') && r.start.isCertain('hour'));
  const found: FoundDate[] = [];
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    let [month, day] = [c.get('month') as number, c.get('day') as number];
    const dotted = DOTTED.exec(r.text);
    if (dotted && +dotted[2] <= 12) [day, month] = [+dotted[1], +dotted[2]];
    const time = c.isCertain('hour') || r.end?.isCertain('hour') ? timeOf(r) : timeNear(times, r.index, r.index + r.text.length);
    found.push({
      year: c.get('year'), month, day, hour: time?.hour ?? null, minute: time?.minute ?? null, second: time?.second ?? null,
      offset: time?.offset ?? null, weekday: c.isCertain('weekday') || hasWeekday(line, r.index), index: r.index,
    });
  }
  return found;
}

/** chrono's minutes east of UTC -> "+03:00", "-04:00", "Z"; null when the text states no zone. */
function zoneOf(minutes: number | null | undefined): string | null {
  if (minutes == null) return null;
  if (minutes === 0) return 'Z';
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** A day and month without a year ("26 May", "May 26"), as datelines write them. */
export function findDayMonth(text: string): { month: number; day: number } | null {
  const dm = new RegExp(`^\\s*${DAY}\\s+${MONTH}\\s*$`, 'i').exec(text);
  if (dm) return { day: +dm[1], month: monthNumber(dm[2]) };
  const md = new RegExp(`^\\s*${MONTH}\\s+${DAY}\\s*$`, 'i').exec(text);
  if (md) return { day: +md[2], month: monthNumber(md[1]) };
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601: "2023-05-26T17:27:00+03:00", or "2023-05-26" when no time is known. */
export function toIso(year: number, month: number, day: number, hour: number | null, minute: number | null, offset: string, second: number | null = null): string {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return hour == null ? date : `${date}T${pad(hour)}:${pad(minute ?? 0)}:${pad(second ?? 0)}${offset}`;
}
