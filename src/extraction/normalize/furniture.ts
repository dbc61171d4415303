/**
 * Page furniture: the lines around a story that are not the story (menus, share buttons,
 * "Subscribe to us", "Recent news", credits), and the tests that tell prose from furniture.
 */
import { FOOTER_START, IN_BODY_JUNK, SECTIONS, SOCIAL } from '../lexicon/furniture';

export { PHOTO_CREDIT } from '../lexicon/furniture';

/** True when a line begins the footer of a page. */
export function isFooterStart(line: string): boolean {
  const t = line.trim();
  const boilerplate = /^About \p{Lu}/u.test(t) && wordCount(t) <= 6 && !/[.!?]$/.test(t);
  return FOOTER_START.test(t) || SOCIAL.test(t) || boilerplate;
}

/** True for a line inside the story region that should be dropped. */
export function isInBodyJunk(line: string): boolean {
  return IN_BODY_JUNK.test(line.trim());
}

/** Number of words in a line. */
export function wordCount(line: string): number {
  return line.trim().split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
}

/** A line that reads like a paragraph of a story: long enough and ending a sentence. */
export function isProse(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  return (n >= 8 && /[.!?:"”»')\]]$/.test(t)) || n >= 25;
}

/** "Bergvik FC 2-1 Tromholm United": a result line, no headline. */
const SCORELINE = /^[^\d]+\s\d{1,3}\s*[-–]\s*\d{1,3}\s[^\d]+$/;
/** "Lucía Marín in Costamar": a Guardian-style by-line without "By". */
const BYLINE_IN = /^\p{Lu}[\p{L}'’.-]+\s\p{Lu}[\p{L}'’.-]+\sin\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?$/u;

/** A line that could be a headline: a few words, letters, no sentence-final period. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n < 3 || n > 35) return false;
  if (isFooterStart(t) || isInBodyJunk(t) || /^by\s+\p{Lu}/iu.test(t)) return false;
  if (/^[\d\s.,:/\-]+$/.test(t) || /[+-]\d+\s*°/.test(t)) return false;
  if (SCORELINE.test(t) || BYLINE_IN.test(t)) return false;
  return /\p{Ll}/u.test(t);
}

/** The section a header line names ("Society", "Home > World > Europe" -> "Europe"). */
export function sectionOf(line: string): string | null {
  const t = line.trim();
  const crumbs = t.split(/\s*[>»/|]\s*/).filter(Boolean);
  const last = crumbs[crumbs.length - 1] ?? '';
  if (crumbs.length > 1 && /^home$/i.test(crumbs[0]) && wordCount(last) <= 3) return last;
  return SECTIONS.has(t.toLowerCase()) ? t : null;
}
