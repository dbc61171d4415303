/**
 * Date and time expressions as news pages write them ("26 May 2023, 17:27",
 * "May 26, 2023 5:27 PM EDT", "2023-05-26T17:27:00+03:00", "26.05.2023 17:27").
 */
import { MONTHS, WEEKDAYS } from '../lexicon/words';

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
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'gi');
const NUMERIC = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/g;
const TIME = /\b(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*\(?((?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|GMT|UTC|[A-Z]{3,4}|[+-]\d{2}:?\d{2})\)?)?/gi;

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

/** The time written next to a date: the nearest one after it, else the nearest before it. */
function timeNear(line: string, start: number, end: number): Pick<FoundDate, 'hour' | 'minute' | 'second' | 'offset'> {
  const none = { hour: null, minute: null, second: null, offset: null };
  let best: { dist: number; value: Pick<FoundDate, 'hour' | 'minute' | 'second' | 'offset'> } | null = null;
  for (const m of line.matchAll(TIME)) {
    const after = m.index >= end ? m.index - end : Infinity;
    const before = m.index < start ? start - (m.index + m[0].length) + 0.5 : Infinity;
    const dist = Math.min(after, before);
    if (dist > 25 || /^[./]\d/.test(line.slice(m.index + m[1].length + 3, m.index + m[1].length + 5))) continue;
    let hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour > 23 || minute > 59) continue;
    const ampm = m[4]?.toLowerCase().replace(/\./g, '');
    if (ampm === 'pm' && hour < 12) hour += 12;
    if (ampm === 'am' && hour === 12) hour = 0;
    if (!best || dist < best.dist) best = { dist, value: { hour, minute, second: m[3] ? +m[3] : null, offset: parseZone(m[5]) } };
  }
  return best?.value ?? none;
}

function hasWeekday(line: string, index: number): boolean {
  const before = line.slice(Math.max(0, index - 14), index).toLowerCase();
  return WEEKDAYS.some((d) => before.includes(d) || before.includes(d.slice(0, 3) + ','));
}

/** Every full date (day, month and year) in a line, with the time next to it. */
export function findDates(line: string): FoundDate[] {
  const found: FoundDate[] = [];
  const push = (index: number, len: number, year: number, month: number, day: number, extra?: Partial<FoundDate>) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    if (found.some((f) => Math.abs(f.index - index) < 4)) return;
    const time = extra?.hour != null ? extra : timeNear(line, index, index + len);
    found.push({ year, month, day, hour: time.hour ?? null, minute: time.minute ?? null, second: time.second ?? null, offset: time.offset ?? null, weekday: hasWeekday(line, index), index });
  };
  for (const m of line.matchAll(ISO)) {
    push(m.index, m[0].length, +m[1], +m[2], +m[3], m[4] ? { hour: +m[4], minute: +m[5], second: m[6] ? +m[6] : null, offset: parseZone(m[7]) } : undefined);
  }
  for (const m of line.matchAll(DAY_MONTH_YEAR)) push(m.index, m[0].length, +m[3], monthNumber(m[2]), +m[1]);
  for (const m of line.matchAll(MONTH_DAY_YEAR)) push(m.index, m[0].length, +m[3], monthNumber(m[1]), +m[2]);
  for (const m of line.matchAll(NUMERIC)) {
    const [a, b] = [+m[1], +m[3]];
    const dayFirst = m[2] === '.' || a > 12;
    push(m.index, m[0].length, +m[4], dayFirst ? b : a, dayFirst ? a : b);
  }
  return found.sort((x, y) => x.index - y.index);
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
