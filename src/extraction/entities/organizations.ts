/**
 * Organization mentions: capitalised names with an organization head word ("National Academy
 * of Sciences of Belarus (NASB)"), well-known names and acronyms ("NATO", "Kremlin"),
 * organizations named in title chains ("chief economist at Nordbank Markets"), and weak
 * descriptions ("Belarus' academy of sciences") that count only if they resolve to a full name.
 */
import type { OrganizationKind, Span } from '../types';
import type { OrgDraft } from './draft';
import { CLUB_WORDS, LAW_WORDS, NON_BODY_LAST_WORDS, OBSERVANCE_WORDS, LEGISLATIVE_HOUSES, LOWERCASE_BODY_HEADS, ORG_NAME_ROLE_WORDS, ORG_NAME_WORDS, orgHeadKind, knownOrg } from '../lexicon/organizations';
import { countryOf, lookupPlace } from '../lexicon/gazetteer';
import { isOrgHead, orgExtent } from './title-chain';
import { isAcronym, isCapitalized, isRoleWord, tokenize, type Token } from '../text/tokens';
import { CALENDAR_NAMES, NON_NAME_WORDS } from '../lexicon/words';
import { canonicalAgency } from '../normalize/dateline';
import { EVENT_HEADS } from '../lexicon/events';
import { BODY_PRECEDERS, CAPITALISED_DETERMINERS } from '../lexicon/function-words';
import { alternation } from '../text/alternation';
import { cuedOrganizations } from './org-cues';
import { initials } from '../text/similarity';
import { NAME_MINOR_WORDS } from '../lexicon/function-words';

/** The kind named by the first head word of a name (OTHER when none). */
export function orgKind(name: string): OrganizationKind {
  const known = knownOrg(name);
  if (known) return known.kind;
  const words = name.replace(/\(.*?\)/g, '').split(/\s+/);
  const heads = words.map((w) => orgHeadKind(w)).filter((k): k is OrganizationKind => k !== null);
  if (/\b(united nations|international|world|european|eurasian)\b/i.test(name) && heads.some((k) => k === 'INTERNATIONAL_BODY' || k === 'NGO' || k === 'COMPANY')) return 'INTERNATIONAL_BODY';
  if (/council of ministers|cabinet of ministers/i.test(name)) return 'GOVERNMENT';
  return heads[0] ?? 'OTHER';
}

/** Split "Name (ACR)" into the name and its acronym. */
export function splitAcronym(text: string): { name: string; acronym: string | null } {
  const m = /^(.*?)\s*\(\s*([\p{Lu}\d&][\p{L}\d&\-]{1,11})\s*\)$/u.exec(text);
  return m ? { name: m[1], acronym: m[2] } : { name: text, acronym: null };
}

function draft(body: string, whole: Span, strength: OrgDraft['strength']): OrgDraft {
  const possessive = /['’]s$/.test(body.slice(whole.start, whole.end)) ? 2 : 0;
  const span = { start: whole.start, end: whole.end - possessive };
  const split = splitAcronym(body.slice(span.start, span.end));
  // "the International Monetary Fund's (IMF) team": the possessive is not part of the name
  const name = split.acronym ? split.name.replace(/['’]s$/, '') : split.name;
  const acronym = split.acronym;
  const bare = name.replace(/^the\s+/i, '');
  return { name: bare, span, acronym: acronym ?? (isAcronym(bare) ? bare : null), kind: orgKind(name), strength };
}

/** Left edge of an organization name whose head word is token `h`. */
function leftEdge(tokens: Token[], h: number): number {
  let i = h;
  while (i > 0) {
    const w = tokens[i - 1].text;
    if (crossesAnd(tokens, i, h)) { i--; continue; }
    if (!isCapitalized(w) || /^the$/i.test(w) || /^\(/.test(w) || (isRoleWord(w) && !ORG_NAME_ROLE_WORDS.has(w.toLowerCase())) || /['’]s$/.test(w) || /[^s]['’]$/.test(w) || /-based$/i.test(w) || NON_NAME_WORDS.has(w.toLowerCase()) && !ORG_NAME_WORDS.has(w.toLowerCase())) break;
    i--;
  }
  return i;
}

/**
 * "the Tarrow Health and Social Care Agency": a left edge crosses "and" to a capitalised field
 * word that is neither a head, a place nor a sentence's first word.
 */
function crossesAnd(tokens: Token[], i: number, h: number): boolean {
  const w = tokens[i - 1].text;
  const prev = tokens[i - 2]?.text ?? '';
  if ((w !== 'and' && w !== '&') || i >= h || !/^\p{Lu}\p{Ll}+$/u.test(prev) || isOrgHead(prev) || countryOf(prev) || lookupPlace(prev)) return false;
  return !NON_NAME_WORDS.has(prev.toLowerCase()) || ORG_NAME_WORDS.has(prev.toLowerCase());
}

/**
 * "passed by Congress", "the Senate voted", "told Parliament": a legislature or government head
 * alone, capitalised inside a sentence, names the body itself (a proper noun in news style).
 */
function isBareLegislature(tokens: Token[], h: number, n: number): boolean {
  const kind = orgHeadKind(tokens[h].text);
  if (n !== 1 || (kind !== 'PARLIAMENT' && kind !== 'GOVERNMENT') || !/^\p{Lu}\p{Ll}+$/u.test(tokens[h].text)) return false;
  const before = tokens[h - 1]?.text ?? '';
  if (/^[.!?"“]$/.test(before)) return false;
  // a legislature capitalised inside a sentence is the body ("would guarantee Congress has a say")
  if (kind === 'PARLIAMENT' && /^\p{Ll}[\p{Ll}'’-]*,?$/u.test(before)) return true;
  return BODY_PRECEDERS.has(before.toLowerCase());
}

/** Capitalised names built around a head word, with "of ..." and "(ACR)" after it. */
function headedNames(body: string, tokens: Token[]): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (let h = 0; h < tokens.length; h++) {
    if (!isOrgHead(tokens[h].text) || EVENT_HEADS.has(tokens[h].text.toLowerCase())) continue;
    // a name never runs over a line break: headings and captions sit on lines of their own
    const lineStart = body.lastIndexOf('\n', tokens[h].start) + 1;
    const nl = body.indexOf('\n', tokens[h].end);
    const lineEnd = nl < 0 ? body.length : nl;
    let start = leftEdge(tokens, h);
    while (start < h && tokens[start].start < lineStart) start++;
    let n = orgExtent(tokens, start, h);
    while (n > 1 && tokens[start + n - 1].end > lineEnd) n--;
    // "Senate Majority Leader": the side of a chamber belongs to the title after it
    if (start + n - 1 > h && /^(?:Majority|Minority)$/.test(tokens[start + n - 1].text) && isRoleWord(tokens[start + n]?.text ?? '')) n--;
    if (start + n <= h) continue;
    const span = { start: tokens[start].start, end: tokens[start + n - 1].end };
    // "UNIVERSITY PARK", "PRESS CONFERENCE TIMES": words in capitals are a heading or a dateline, not a name
    if (n > 1 && tokens.slice(start, start + n).every((t) => !/\p{Ll}/u.test(t.text))) { h = start + n - 1; continue; }
    const isFull = start < h || n > 1 && /\bof\b/.test(body.slice(span.start, span.end)) || isBareLegislature(tokens, h, n);
    out.push(draft(body, span, isFull ? 'STRONG' : 'SHORT'));
    h = start + n - 1;
  }
  return out;
}

/** "FRIDAY" in a heading is a day, not an acronym. */
const isCalendarWord = (w: string) => CALENDAR_NAMES.includes(w[0] + w.slice(1).toLowerCase());

/** Known organizations and bare acronyms (acronyms are weak until they resolve). */
function knownAndAcronyms(tokens: Token[], source: string | null): OrgDraft[] {
  const out: OrgDraft[] = [];
  tokens.forEach((t, i) => {
    if (/^\(/.test(t.text) || t.text === source) return;
    const pair = i + 1 < tokens.length && !/^the$/i.test(t.text) ? `${t.text} ${tokens[i + 1].text}` : '';
    const known = knownOrg(pair) ?? knownOrg(t.text);
    if (known) {
      const span = { start: t.start, end: known.name === pair ? tokens[i + 1].end : t.end };
      // written by its acronym alone ("the IMF"): the name as written, the full name an alias
      const written = known.acronym === t.text && known.name !== t.text;
      out.push({ name: written ? t.text : known.name, span, acronym: known.acronym, kind: known.kind, strength: 'STRONG', ...(written ? { expansion: known.name } : {}) });
    } else if (isAcronym(t.text) && t.text.replace(/\./g, '').length >= 2 && !countryOf(t.text) && !isCalendarWord(t.text)) {
      out.push({ name: t.text, span: { start: t.start, end: t.end }, acronym: t.text, kind: 'OTHER', strength: 'WEAK' });
    }
  });
  return out;
}

/** "Belarus' academy of sciences", "China's foreign ministry": a weak description. */
function possessiveDescriptions(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  const re = /\b(\p{Lu}[\p{L}-]+)(?:'s|'|’s|’)\s+((?:[a-z-]+\s+){0,3}?([a-z]+)(?:\s+of\s+[a-z]+)?)\b/gu;
  for (const m of body.matchAll(re)) {
    if (!orgHeadKind(m[3]) || !(countryOf(m[1]) || /^['’]s$/.test(m[0].slice(m[1].length, m[1].length + 2)))) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({ name: m[0], span, acronym: null, kind: orgHeadKind(m[3]) ?? 'OTHER', strength: 'WEAK' });
  }
  return out;
}

/**
 * Organization mentions in the body. `extra` are organization spans found by title chains;
 * `source` (the article's own agency) is not an organization of the story.
 */
export function findOrganizations(body: string, extra: Span[], source: string | null): OrgDraft[] {
  const tokens = tokenize(body);
  const drafts = [
    ...headedNames(body, tokens),
    ...extra.map((s) => draft(body, s, 'STRONG')),
    ...knownAndAcronyms(tokens, source),
    ...possessiveDescriptions(body),
    ...lowercaseHeads(body),
    ...clubs(body),
    ...capitalClubs(body),
    ...chambers(body),
    ...spelledOut(body),
  ];
  const cued = cuedOrganizations(body).filter((c) => !drafts.some((d) => d.strength !== 'WEAK' && d.span.start <= c.span.start && c.span.end <= d.span.end));
  const inside = (d: OrgDraft) => cued.some((c) => c.span.start <= d.span.start && d.span.end <= c.span.end && (d.strength === 'WEAK' || c.span.end - c.span.start > d.span.end - d.span.start));
  drafts.splice(0, drafts.length, ...drafts.filter((d) => !inside(d)), ...cued);
  const media = source && (canonicalAgency(source) || knownOrg(source)?.kind === 'MEDIA') ? source : null;
  const things = thingAcronyms(body);
  return drafts.filter((d) => !isLawName(d.name) && !(things.has(d.name) && !knownOrg(d.name)) && !(media && (d.name === media || d.acronym === media || knownOrg(d.name)?.name === knownOrg(media)?.name && knownOrg(media))) && !(isOutlet(d.name, source) && (knownOrg(d.name)?.kind ?? 'MEDIA') === 'MEDIA'));
}

const THING_ACRONYM = new RegExp(String.raw`\p{Lu}[\p{L}-]*\s+(?:${alternation([...NON_BODY_LAST_WORDS, ...LAW_WORDS])})\s*\(\s*(\p{Lu}[\p{Lu}&]{1,7})\s*\)`, 'gu');

/** "the Harbour Grant Program (HGP)": acronyms the text spells out as a programme, a plan or a law, not a body. */
function thingAcronyms(body: string): Set<string> {
  return new Set([...body.matchAll(THING_ACRONYM)].map((m) => m[1]));
}

/** "Local Government Act", "Water Services Bill": the name of a law, not of a body. */
const isLawName = (name: string) => LAW_WORDS.has(name.split(/\s+/).pop() ?? '') || isProgramme(name) || isObservance(name);

/** "Clean Water Week", "National Service Day": a name of several words ending in a period of time names an observance (an event). */
const isObservance = (name: string) => /\s/.test(name) && OBSERVANCE_WORDS.has(name.split(/\s+/).pop() ?? '');

/** "Harbour News Sunday": a name of several words ending in a weekday names a programme, not a body. */
const isProgramme = (name: string) => /\s/.test(name) && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(name.split(/\s+/).pop() ?? '');

const fold = (s: string) => s.toLowerCase().replace(/^the\s+/, '').trim();

/** The publishing outlet itself ("BBC News" for source BBC, "Norland Post" for The Norland Post). */
function isOutlet(name: string, source: string | null): boolean {
  if (!source) return false;
  const n = fold(name);
  const s = fold(source);
  const media = orgKind(source) === 'MEDIA' || !!canonicalAgency(source) || /\b(?:agency|news)\b/i.test(source);
  if (n === s) return media;
  if (n.startsWith(`${s} `)) return orgKind(name) === 'MEDIA' || orgKind(name) === 'AGENCY';
  return s.startsWith(`${n} `) && orgKind(source) === 'MEDIA';
}

/**
 * A lower-case head word after capitalised words: "the opposition Democratic Renewal party", "the
 * Norland embassy", "Carlow police", "the Brackley council", "the Halvorsen administration",
 * "the Dunmore County Sheriff's office", "the Labour group". The party's name is its words alone.
 */
const BODY_HEAD = new RegExp(String.raw`(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+\s+){1,4})(${alternation(LOWERCASE_BODY_HEADS)})\b`, 'gu');

function lowercaseHeads(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(BODY_HEAD)) {
    const words = m[1].trim().split(/\s+/).filter((w) => !CAPITALISED_DETERMINERS.has(w));
    const head = m[2];
    if (!words.length || words.some((w) => NON_NAME_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')))) continue;
    const possessive = words.some((w) => /['’]s?$/.test(w));
    if (head === 'office' ? !/['’]s$/.test(words[words.length - 1]) : possessive) continue;
    const start = (m.index ?? 0) + m[0].indexOf(words[0]);
    if (head !== 'party' && head !== 'embassy' && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(body.slice(Math.max(0, start - 3), start)) && words.length === 1) continue;
    const end = head === 'party' ? start + words.join(' ').length : (m.index ?? 0) + m[0].length;
    out.push({ name: body.slice(start, end), span: { start, end }, acronym: null, kind: head === 'party' ? 'PARTY' : orgHeadKind(head) ?? 'OTHER', strength: 'STRONG' });
  }
  return out;
}

const SPELLED_OUT = /((?:\b[a-z][a-z-]*[ \t]+){2,12})\(\s*(\p{Lu}{2,8})\s*\)/gu;

/**
 * "the commission for the review of harbour tolls (CRHT)": a lower-case phrase spelt out right
 * before an acronym, its content words giving the letters and holding an organization head word.
 */
function spelledOut(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(SPELLED_OUT)) {
    const acronym = m[2];
    const words = m[1].trim().split(/[ \t]+/);
    for (let i = words.length - 1; i >= 0; i--) {
      if (NAME_MINOR_WORDS.has(words[i])) continue;
      const phrase = words.slice(i).join(' ');
      const letters = initials(phrase);
      if (letters.length > acronym.length) break;
      if (letters !== acronym) continue;
      if (!words.slice(i).some((w) => orgHeadKind(w))) break;
      const start = (m.index ?? 0) + m[1].lastIndexOf(phrase);
      const end = (m.index ?? 0) + m[0].length;
      out.push({ name: phrase, span: { start, end }, acronym, kind: orgKind(phrase), strength: 'STRONG' });
      break;
    }
  }
  return out;
}

/** "the House of Representatives", "the Tarrow House of Delegates": a chamber named without a head word. */
const HOUSE = new RegExp(String.raw`(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’.-]+[ \t]+){0,2})House of (?:${alternation(LEGISLATIVE_HOUSES)})(?![\p{L}'’-])`, 'gu');

function chambers(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(HOUSE)) {
    const lead = m[1].trim().split(/\s+/).filter(Boolean);
    const keep = lead.filter((w, i) => !(i === 0 && CAPITALISED_DETERMINERS.has(w)) && !NON_NAME_WORDS.has(w.toLowerCase()));
    const start = (m.index ?? 0) + (keep.length ? m[0].indexOf(keep[0]) : m[1].length);
    const end = (m.index ?? 0) + m[0].length;
    out.push({ name: body.slice(start, end), span: { start, end }, acronym: null, kind: 'PARLIAMENT', strength: 'STRONG' });
  }
  return out;
}

/** "Leeds United", "Harbour Albion", "Wexley Wanderers": a club named by a place and a club word. */
const CLUB = new RegExp(String.raw`(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’.-]+\s+){1,2})(${alternation(CLUB_WORDS)})(?![\p{L}'’-]|\s+\p{Lu})`, 'gu');

function clubs(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(CLUB)) {
    const all = m[1].trim().split(/\s+/);
    // "The Kelso Rovers": the determiner is not part of the name
    const words = CAPITALISED_DETERMINERS.has(all[0]) ? all.slice(1) : all;
    if (!words.length || words.some((w) => NON_NAME_WORDS.has(w.toLowerCase()) || /['’]s?$/.test(w))) continue;
    const start = (m.index ?? 0) + m[0].indexOf(words[0]);
    const end = (m.index ?? 0) + m[0].length;
    out.push({ name: body.slice(start, end), span: { start, end }, acronym: null, kind: 'NGO', strength: 'STRONG' });
  }
  return out;
}

const CAPS_CLUB = new RegExp(String.raw`^[ \t]*((?:\p{Lu}[\p{Lu}'’.-]+[ \t]+){1,2})(${alternation(CLUB_WORDS.map((w) => w.toUpperCase()))})[ \t]*$`, 'gmu');

/** "HARBOUR ROVERS" on a line of its own (a section heading): a club, written in capitals. */
function capitalClubs(body: string): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const m of body.matchAll(CAPS_CLUB)) {
    const words = `${m[1]}${m[2]}`.trim().split(/\s+/).map((w) => w[0] + w.slice(1).toLowerCase());
    if (words.some((w) => NON_NAME_WORDS.has(w.toLowerCase()))) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push({ name: words.join(' '), span: { start, end: start + m[1].length + m[2].length }, acronym: null, kind: 'NGO', strength: 'STRONG' });
  }
  return out;
}

/** Names the headline gives organizations: aliases only, never mentions (span -1). */
export function headlineOrganizations(headline: string): OrgDraft[] {
  const found = [...headedNames(headline, tokenize(headline)), ...possessiveDescriptions(headline)];
  return found.map((d) => ({ ...d, span: { start: -1, end: -1 }, strength: 'WEAK' as const }));
}
