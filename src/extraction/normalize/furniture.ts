/**
 * Page furniture: the lines around a story that are not the story (menus, share buttons,
 * "Subscribe to us", "Recent news", credits), and the tests that tell prose from furniture.
 */

/** Lines that end the story: everything from here on is footer. */
const FOOTER_START = new RegExp([
  '^subscribe\\b', '^follow us\\b', '^share (this|on|via)\\b', '^recent news\\b', '^latest news\\b',
  '^related( news| articles| stories| content| coverage|:)', '^read (more|also)\\b', '^also read\\b',
  '^see also\\b', '^more (news|stories|from)\\b', '^most (read|popular|viewed)\\b', '^tags?:', '^topics?:',
  '^copyright\\b', '^©', '^all rights reserved', '^\\(?(reporting|writing|editing|additional reporting|compiled) by\\b',
  'contributed to this report\\.?$', '^you (may|might) also like', '^recommended\\b', '^comments?\\b',
  '^leave a comment', '^sign up\\b', '^newsletter\\b', '^if you (have|want)\\b.*(tip|subscribe)',
  '^(our )?editor\'?s? (picks|choice)', '^top stories\\b', '^news feed\\b', '^useful links\\b',
  '^any use of (the )?materials', '^(media|press|investor) (contacts?|enquiries|inquiries)', '^contacts?:',
  '[\\w.-]+@[\\w-]+\\.\\w+', '\\+\\d[\\d ()-]{7,}', '^when using (the )?materials', '^the editorial (board|office)',
].join('|'), 'i');

/** Single lines inside a story that are not part of it ("Advertisement", photo credits). */
const IN_BODY_JUNK = new RegExp([
  '^advertisement$', '^ad$', '^share$', '^print$', '^e-?mail$', '^copy link$', '^click here\\b',
  '^(file )?photo\\b.*:', '^\\(?photo:', '^file ?-', '^file photo', '^getty images$', '^watch:',
  '^read more:', '^related:', '^(more|see):', '^scroll to continue', '^story continues',
  '^listen to (this|the) (article|story)', '^\\d+ min(ute)?s? (read|listen)$', '^image (source|caption)\\b',
].join('|'), 'i');

const SOCIAL = /^(twitter|facebook|telegram|instagram|youtube|vk|vkontakte|whatsapp|viber|linkedin|x|tiktok|odnoklassniki|ok|rss|email|print)$/i;

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
/** A photo credit line: the line below it is a caption, not a headline. */
export const PHOTO_CREDIT = /^(?:getty images|reuters|afp|ap|epa|shutterstock|pa media|anadolu|[\p{L} .]+\/\s*(?:getty images|afp|reuters|ap|epa))$/iu;

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

/** Section names that pages print above a headline. */
const SECTIONS = new Set(`society politics economy economics business world sport sports culture
  science technology tech health regions region opinion markets entertainment lifestyle
  travel environment education defence defense military incidents crime law europe asia africa americas middle-east uk us u.s. international national local
  finance energy agriculture industry media arts life analysis commentary features
  diplomacy security justice climate`.split(/\s+/).filter(Boolean));

/** The section a header line names ("Society", "Home > World > Europe" -> "Europe"). */
export function sectionOf(line: string): string | null {
  const t = line.trim();
  const crumbs = t.split(/\s*[>»/|]\s*/).filter(Boolean);
  const last = crumbs[crumbs.length - 1] ?? '';
  if (crumbs.length > 1 && /^home$/i.test(crumbs[0]) && wordCount(last) <= 3) return last;
  return SECTIONS.has(t.toLowerCase()) ? t : null;
}
