/**
 * Agencies a page credits for its pictures: "(Picture: Agency)", "Ada Quill / AGENCY",
 * "Source / Harbour Sport". They are organizations of the article (like credited people), unless
 * they are the story's own source. Pools and file pictures are no agency.
 */
import { personName } from './credits';
import { canonicalAgency } from './dateline';

const LABEL = String.raw`(?:Picture|Photo|Photograph|Image|Pic|Source|Credit)s?`;
/** "(Picture: Agency)", "(Photo: Agency)": a label and an agency inside parentheses. */
const IN_PARENS = new RegExp(String.raw`\(\s*${LABEL}\s*:\s*([^()/:]+?)\s*\)`, 'gu');
/** "Ada Quill / AGENCY" or "Source / Agency" closing a caption line (a second "/ AGENCY" may follow). */
const SLASH_TAIL = new RegExp(String.raw`(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+|${LABEL})\s*/\s*([^/()]+?)\s*(?:/\s*[^/()]+?\s*)?$`, 'u');
/** A label alone ("Source", "Photos") before the slash. */
const LABEL_ONLY = new RegExp(String.raw`^${LABEL}$`, 'u');
const NOT_AGENCIES = new Set(['file', 'pool', 'handout', 'supplied', 'stock', 'archive', 'source']);

/** An agency's name: one to four capitalised words, none of them a lower-case word, no person. */
function agencyName(raw: string): string | null {
  const name = raw.trim().replace(/\s+/g, ' ').replace(/[.,;]+$/, '');
  const words = name.split(' ');
  if (!name || words.length > 4 || NOT_AGENCIES.has(name.toLowerCase())) return null;
  if (!words.every((w) => /^[\p{Lu}\d&][\p{L}\d&.'’-]*$/u.test(w))) return null;
  if (personName(name)) return null;
  return canonicalAgency(name) ?? name;
}

/** Agencies credited on a line: in a labelled parenthesis, or after the last slash of a caption. */
function lineAgencies(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(IN_PARENS)) { const a = agencyName(m[1]); if (a) out.push(a); }
  const tail = SLASH_TAIL.exec(line);
  // the slash follows a photographer's name or a label ("Ada Quill / AGENCY", "Source / Agency")
  if (tail && (LABEL_ONLY.test(tail[1]) || personName(tail[1]))) {
    const a = agencyName(tail[2]);
    if (a) out.push(a);
  }
  return out;
}

/** Photo agencies credited anywhere on the page, once each, except the story's own `source`. */
export function findCreditAgencies(lines: string[], source: string | null): string[] {
  const own = source ? (canonicalAgency(source) ?? source).toLowerCase() : null;
  const found = new Map<string, string>();
  for (const line of lines) {
    if (line.length > 400) continue;
    for (const a of lineAgencies(line)) if (a.toLowerCase() !== own && !found.has(a.toLowerCase())) found.set(a.toLowerCase(), a);
  }
  return [...found.values()];
}
