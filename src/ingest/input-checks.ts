/**
 * Checks and normal forms of ingestArticle's small fields: `url` and `source`. A url is stored in
 * its normal form, so the same page reached with another host case, a trailing slash, a
 * `#fragment` or `utm_*` tracking parameters is the same article (ingest is idempotent by url).
 */

/** Longest `source` accepted, in characters. */
export const MAX_SOURCE_CHARS = 200;
/** Longest `url` accepted, in characters. */
export const MAX_URL_CHARS = 2048;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Why a url is refused, or null when it is an absolute http(s) URL without white space or control characters. */
export function urlProblem(url: string): string | null {
  if (url.length > MAX_URL_CHARS) return `url must be an absolute http(s) URL of at most ${MAX_URL_CHARS} characters (this one has ${url.length})`;
  if (/\s/u.test(url) || CONTROL.test(url)) return 'url must be an absolute http(s) URL without spaces, line breaks or control characters';
  let parsed: URL;
  try { parsed = new URL(url); } catch { return 'url must be an absolute http(s) URL'; }
  if (!/^https?:$/.test(parsed.protocol) || !parsed.hostname) return 'url must be an absolute http(s) URL';
  return null;
}

/** The normal form of a valid url: lower-case host, no fragment, no utm_* parameters, no trailing slash on a path. */
export function normalizeUrl(url: string): string {
  const u = new URL(url); // lower-cases the scheme and host, drops the default port
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (/^utm_/i.test(key)) u.searchParams.delete(key);
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
  const text = u.toString();
  return u.search === '' && text.endsWith('?') ? text.slice(0, -1) : text;
}

/** Why a source is refused, or null: at most MAX_SOURCE_CHARS characters, no control characters, not blank. */
export function sourceProblem(source: string): string | null {
  if (source.length > MAX_SOURCE_CHARS) return `source is ${source.length} characters; the limit is ${MAX_SOURCE_CHARS}`;
  if (CONTROL.test(source)) return 'source must not contain line breaks or control characters';
  if (source.trim() === '') return 'source is empty: leave it out to let the article say';
  return null;
}
