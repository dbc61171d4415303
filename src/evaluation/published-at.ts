/**
 * Comparison of publication date-times. When both sides carry an offset, the predicted instant is
 * viewed in the expected offset ("18:41Z" equals "20:41+02:00"); otherwise the wall-clock values
 * as written are compared (the labels give no offset for outlets whose zone is unknown).
 */

const OFFSET = /T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i;

/** The offset of an ISO date-time in minutes east of UTC, or null when it has none. */
export function offsetMinutes(iso: string): number | null {
  const m = iso.match(OFFSET);
  if (!m) return null;
  if (m[1].toUpperCase() === 'Z') return 0;
  const sign = m[1].startsWith('-') ? -1 : 1;
  const digits = m[1].slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** "YYYY-MM-DDTHH:MM" of `predicted`, seen in the offset of `expected` when both have one. */
function predictedLocal(expected: string, predicted: string): string {
  const target = offsetMinutes(expected);
  const instant = Date.parse(predicted);
  if (target === null || offsetMinutes(predicted) === null || Number.isNaN(instant)) return predicted.slice(0, 16);
  return new Date(instant + target * 60_000).toISOString().slice(0, 16);
}

/** Same calendar date (in the expected zone when both have offsets). */
export function sameDate(expected: string, predicted: string): boolean {
  return predictedLocal(expected, predicted).slice(0, 10) === expected.slice(0, 10);
}

/** Same time to the minute; false when the prediction has no time. */
export function sameTime(expected: string, predicted: string): boolean {
  if (!/T\d{2}:\d{2}/.test(predicted)) return false;
  return predictedLocal(expected, predicted).slice(11, 16) === expected.slice(11, 16);
}

/** Whether an ISO string carries a time of day. */
export function hasTime(iso: string | null): boolean {
  return iso !== null && /T\d{2}:\d{2}/.test(iso);
}
