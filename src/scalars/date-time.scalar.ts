import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2})))?$/i;

/**
 * Whether a date or date-time (already of the right form) names a real moment: a day that its
 * month has (no 2023-02-30), hours 00-23 (no T24:00:00), minutes and seconds 00-59, offsets up to
 * 23:59. JavaScript's Date.parse accepts some of these and rolls them over.
 */
export function isCalendarValid(value: string): boolean {
  const m = PARTS.exec(value);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, offH = 0, offM = 0] = m.slice(1).map((p) => (p === undefined ? undefined : Number(p))) as number[];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 && offH <= 23 && offM <= 59;
}

/** Parse a date-time or a date given by a client; returns it as written, validated. */
export function parseDateTimeInput(value: unknown): string {
  if (typeof value !== 'string' || !(RFC3339.test(value) || DATE_ONLY.test(value)) || !isCalendarValid(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`DateTime must be an RFC 3339 date-time such as "2026-03-01T09:30:00+01:00" or a date "2026-03-01"; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * An RFC 3339 date-time that keeps the offset it was published with ("2023-05-26T17:27:00+03:00").
 * Inputs also accept a plain date ("2023-05-26"), taken as midnight UTC.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A date and time in RFC 3339 form with its UTC offset, e.g. "2023-05-26T17:27:00+03:00". As input a plain date "2023-05-26" is accepted too.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTimeInput,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`DateTime must be a string, got a ${ast.kind} literal`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDateTimeInput(ast.value);
  },
});

/** Milliseconds since the epoch of a validated DateTime input. */
export function toEpochMs(value: string): number {
  return Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
}
