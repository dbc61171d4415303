/**
 * The outlet or agency that published a story: from the dateline, a by-line, a "Source:" line,
 * a copyright line, or the page's masthead (its first line).
 */
import { agencyIn, canonicalAgency } from './dateline';
import { sectionOf, wordCount } from './furniture';
import { HEADLINE_LABELS, MASTHEAD_SUFFIXES, NOT_OUTLET_LINES } from '../lexicon/furniture';
import { alternation } from '../text/alternation';
import { ROLE_ABBREVIATIONS, ROLE_WORDS } from '../lexicon/words';

/** "... — Trade minister", "... – Velorian PM": a headline's tail naming who said it, not the site's name. */
function namesASpeaker(tail: string): boolean {
  return tail.split(/\s+/).some((w) => ROLE_ABBREVIATIONS.has(w) || ROLE_WORDS.has(w.toLowerCase()));
}

/** Title-case an all-caps name ("THE VELORIA HERALD" -> "The Veloria Herald"). */
function titleCase(text: string): string {
  if (text !== text.toUpperCase() || text.length <= 5) return text;
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, ch: string) => sp + ch.toUpperCase());
}

/** A known agency's canonical name, else the name as written (title-cased). */
function named(text: string): string {
  const t = text.trim().replace(/[.,;]+$/, '');
  return canonicalAgency(t) ?? agencyIn(t) ?? titleCase(t);
}

const NOT_OUTLET = new RegExp(`^(${alternation(NOT_OUTLET_LINES)})$`, 'i');
const MASTHEAD_SUFFIX = new RegExp(`\\s+(${alternation(MASTHEAD_SUFFIXES)})$`, 'i');
const HEADLINE_LABEL = new RegExp(`^(${alternation(HEADLINE_LABELS)}|update \\d+)\\s*:\\s*`, 'i');

/** The first line as a masthead: a short name before any " — " or " | ". */
function masthead(lines: string[]): string | null {
  const first = lines.find((l) => l.trim()) ?? '';
  const head = first.split(/\s+[—–|-]\s+|\s*\|\s*/)[0].trim();
  if (!head || NOT_OUTLET.test(head) || sectionOf(head) || /\d/.test(head) || wordCount(head) > 6) return null;
  if (!/^\p{Lu}/u.test(head) || head.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !/^(of|the|from|and|de)$/.test(w))) return null;
  return named(head.replace(MASTHEAD_SUFFIX, (m) => (/news/i.test(m) && canonicalAgency(head.replace(m, '')) ? '' : m)));
}

/** An outlet named by a "Source:", "By ... | Agency" or copyright line. */
function labelled(lines: string[], start: number, end: number): string | null {
  for (const line of lines.slice(0, start)) {
    const src = /(?:^|\|\s*)source:\s*([^|]+)/i.exec(line);
    if (src) return named(src[1]);
    if (/^by\b/i.test(line) && agencyIn(line)) return agencyIn(line);
  }
  const last = lines.slice(start, end).filter(Boolean).pop() ?? '';
  const credit = /(?:[—–-]\s*|\/)([A-Za-z]{2,12})\/?\s*$/.exec(last);
  if (credit && canonicalAgency(credit[1])) return canonicalAgency(credit[1]);
  for (const line of lines.slice(end)) {
    const c = /(?:©|copyright)\s*(?:\d{4}\s+)?([^.|]+?)(?:\s+\d{4})?(?:\.|\s*\||$)/i.exec(line);
    if (c && wordCount(c[1]) <= 6) return named(c[1]);
  }
  return null;
}

/** The story's source, by the most specific evidence first. */
export function findSource(lines: string[], start: number, end: number, datelineAgency: string | null, siteName: string | null): string | null {
  return datelineAgency ?? labelled(lines, start, end) ?? (siteName ? named(siteName) : null) ?? masthead(lines);
}

/** "Kestrel growingKestrel Holdings Buys Rival": a teaser glued to the headline (a lower-case word run into a capital) is cut off. */
function unglued(h: string): string {
  const m = /(?<=\s|^)\p{Ll}{4,}(?=\p{Lu}\p{Ll})/u.exec(h);
  if (!m) return h;
  const rest = h.slice(m.index + m[0].length);
  return wordCount(rest) > wordCount(h.slice(0, m.index + m[0].length)) ? rest : h;
}

/** A headline without a site-name suffix ("… – Coastal Courier") or a label prefix ("Opinion: …"). */
export function cleanHeadline(headline: string, siteName: string | null): string {
  let h = unglued(headline.trim().replace(HEADLINE_LABEL, ''));
  const parts = h.split(/\s+[|–—-]\s+/);
  const tail = parts[parts.length - 1];
  if (parts.length > 1 && (tail === siteName || !namesASpeaker(tail) && wordCount(tail) <= 4 && /^\p{Lu}/u.test(tail) && !/\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(tail))) {
    h = h.slice(0, h.length - tail.length).replace(/\s+[|–—-]\s*$/, '');
  }
  return h;
}
