/**
 * Lower-case event mentions: an event noun made a particular occasion by what stands around it.
 * Before the noun: event modifiers ("a public meeting", "a no-confidence vote"), a length or an
 * ordinal ("a three-day trial", "the second round"), a date ("the May 4 vote"), a score ("a 2-0
 * win"), capitalised modifiers ("the Harbour Workers conference") and an owner ("the board's
 * annual meeting", "next week's final"). After it: a place ("talks in Geneva") and a describing
 * phrase ("a meeting of the city council", "a hearing on water prices", "a 2-0 win over Kalvik"),
 * which ends at punctuation, a clause, a verb or a time phrase ("... on Monday"). A bare noun
 * with only a describing phrase is kept after a word that sets an occasion ("at", "during",
 * "held", "told") or a possessive ("his interview with ..."). The name is the whole phrase; the
 * alias is the noun with its modifiers ("public meeting").
 */
import type { Span } from '../types';
import type { EventDraft } from './draft';
import {
  AMBIGUOUS_EVENT_NOUNS, PROCESS_EVENT_NOUNS, EVENT_DESCRIBING_PREPOSITIONS, EVENT_INTRODUCERS, EVENT_MODIFIERS, EVENT_NOUNS, EVENT_PHRASE_STOPS,
  EVENT_TIME_WORDS, LENGTH_UNITS, RESULT_NOUNS,
} from '../lexicon/events';
import { CALENDAR_NAMES, MONTH_NAMES, ORDINAL_WORDS, WEEKDAYS } from '../lexicon/words';

interface W { text: string; lower: string; start: number; end: number }

const TOKEN = /[$£€]?[\p{L}\p{M}\d](?:[\p{L}\p{M}\d'’&.-]*[\p{L}\p{M}\d])?|\S/gu;
const MODIFIERS = new Set(EVENT_MODIFIERS);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const TIME_OWNERS = new Set(['week', 'weekend', 'night', 'year', 'season', 'month', 'morning', 'afternoon', 'evening', 'today', 'tomorrow', 'yesterday', 'tonight', ...WEEKDAYS]);
const PARTS_OF_DAY = new Set(['night', 'morning', 'afternoon', 'evening']);
const CALENDAR = new Set(CALENDAR_NAMES);
const MONTHS = new Set(MONTH_NAMES);
const WEEKDAY = new Set(WEEKDAYS);
const ORDINALS = new Set(ORDINAL_WORDS);
const NOT_FREE = new Set([...DETERMINERS, ...EVENT_PHRASE_STOPS, ...EVENT_INTRODUCERS, ...EVENT_DESCRIBING_PREPOSITIONS,
  'and', 'or', 'but', 'of', 'to', 'in', 'at', 'by', 'as', 'not', 'no', 'same', 'other', 'such', 'any', 'every', 'each', 'some', 'only', 'own', 'very',
  'new', 'next', 'last', 'first', 'previous', 'recent', 'latest', 'whole', 'entire', 'big', 'good', 'bad', 'great', 'few', 'more', 'most']);
/** Adjectives that start words of place and body names ("New ...", "Great ..."). */
const NAME_ADJECTIVES = new Set(['new', 'great', 'big', 'good']);
/** Words before "day of ..." that make it a day of an occasion ("the first day of the term"). */
const DAY_ORDINALS = new Set([...ORDINAL_WORDS, 'last', 'final', 'opening', 'closing']);
const TIME_PREPOSITIONS = new Set(['after', 'before', 'during', 'following', 'since', 'throughout', 'until']);
const LENGTH = new RegExp(String.raw`^(?:\d+|[a-z]+)-(?:${LENGTH_UNITS.join('|')})s?$`, 'i');
const PREFIXED = /^(?:pre|post|after|mid|semi|quarter)-[a-z]+$/i;
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const ORDINAL_NUM = /^\d+(?:st|nd|rd|th)$/i;
const CAP = /^[\p{Lu}$]/u;
const MAX_DESCRIBING = 14;

const isNoun = (w: W | undefined) => !!w && (w.text === w.lower || w.text === 'Q&A') && Object.hasOwn(EVENT_NOUNS, w.lower);
const possessive = (w: W, next: W | undefined) => /['’]s$/i.test(w.text) || (/s$/.test(w.text) && !!next && /^['’]$/.test(next.text) && next.start === w.end);
const bareOwner = (w: W) => w.text.replace(/['’]s$/i, '');

type Kind = 'MOD' | 'FREE' | 'CAP' | 'OWNER';

/** Words of one line with their offsets in the body. */
function lineWords(body: string, from: number, to: number): W[] {
  const out: W[] = [];
  for (const m of body.slice(from, to).matchAll(TOKEN)) out.push({ text: m[0], lower: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

function modifierKind(ws: W[], j: number): Kind | null {
  const w = ws[j];
  const l = w.lower;
  if (MODIFIERS.has(l) || LENGTH.test(w.text) || PREFIXED.test(w.text) || SCORE.test(w.text) || ORDINAL_NUM.test(w.text) || ORDINALS.has(l)) return 'MOD';
  if (/^\d{1,2}$/.test(w.text) && ws[j - 1] && MONTHS.has(ws[j - 1].lower)) return 'MOD';
  if (PARTS_OF_DAY.has(l) && ws[j - 1] && WEEKDAY.has(ws[j - 1].lower)) return 'MOD';
  if (CAP.test(w.text) && /[\p{L}\d]$/u.test(w.text) && !NOT_FREE.has(l)) return 'CAP';
  // a capitalised adjective inside a capitalised name ("the Harbour Towns New Varda conference")
  if (CAP.test(w.text) && NAME_ADJECTIVES.has(l) && ws[j + 1] && CAP.test(ws[j + 1].text) && /^\p{L}+$/u.test(ws[j + 1].text)) return 'CAP';
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !NOT_FREE.has(l) && !isNoun(w) && !/ly$/.test(l)) return 'FREE';
  return null;
}

/** Index of the first word of the owner phrase ending at `j` ("next weekend's", "the Harbour Board's"), or -1. */
function ownerStart(ws: W[], j: number): number {
  const own = bareOwner(ws[j]).toLowerCase();
  let s = j;
  if (TIME_OWNERS.has(own)) {
    while (s > 0 && j - s < 2 && (['next', 'last', 'this'].includes(ws[s - 1].lower) || WEEKDAY.has(ws[s - 1].lower))) s--;
    return s;
  }
  if (!CAP.test(ws[j].text) || NOT_FREE.has(own)) return -1;
  // capitalised words before it; a lower-case word only between capitalised ones ("Velorian ferry Aurora's")
  while (s > 0 && j - s < 4) {
    const p = ws[s - 1];
    if (!/^[\p{L}\d-]+$/u.test(p.text) || NOT_FREE.has(p.lower)) break;
    if (CAP.test(p.text)) { s--; continue; }
    if (/^\p{Ll}+$/u.test(p.text) && s > 1 && CAP.test(ws[s - 2].text) && !NOT_FREE.has(ws[s - 2].lower)) { s--; continue; }
    break;
  }
  return s;
}

/** Left modifiers of the noun at `i`: index of the first word and what they are. */
function leftEdge(ws: W[], i: number): { start: number; kinds: Kind[] } {
  const kinds: Kind[] = [];
  let j = i - 1;
  let start = i;
  let lastLicensed = i;
  let licensedKinds: Kind[] = [];
  while (j >= 0 && i - j <= 6) {
    const w = ws[j];
    if (j >= 2 && w.lower === 'answer' && ws[j - 1].lower === 'and' && ws[j - 2].lower === 'question') {
      kinds.push('MOD', 'MOD', 'MOD'); start = j - 2; j -= 3; lastLicensed = start; licensedKinds = [...kinds]; continue;
    }
    if (possessive(w, ws[j + 1])) {
      const s = ownerStart(ws, j);
      if (s >= 0) { kinds.push('OWNER'); start = s; lastLicensed = s; licensedKinds = [...kinds]; }
      break;
    }
    if (/^['’]$/.test(w.text) && j > 0 && possessive(ws[j - 1], w)) { j--; continue; }
    const k = modifierKind(ws, j);
    if (!k || (k === 'FREE' && kinds.filter((x) => x === 'FREE').length >= 2)) break;
    kinds.push(k);
    start = j;
    if (k !== 'FREE') { lastLicensed = j; licensedKinds = [...kinds]; }
    j--;
  }
  // free lower-case words need a determiner, an owner or a capitalised modifier on their left
  const before = ws[start - 1];
  if (kinds[kinds.length - 1] === 'FREE' && !(before && DETERMINERS.has(before.lower))) return { start: lastLicensed, kinds: licensedKinds };
  return { start, kinds };
}

/** Index one past the describing phrase that starts at `k` (a preposition), or `k` when none. */
function describingEnd(ws: W[], k: number): number {
  let e = k + 1;
  while (e < ws.length && e - k <= MAX_DESCRIBING) {
    const w = ws[e];
    const l = w.lower;
    if (!/^[$£€\p{L}\d]/u.test(w.text) && w.text !== '&') break;
    if (EVENT_PHRASE_STOPS.has(l) || EVENT_TIME_WORDS.has(l) || WEEKDAY.has(l)) break;
    if (/ed$/.test(l) && ws[e + 1]?.lower === 'by') break;
    if ((l === 'on' || l === 'in' || l === 'at' || l === 'by') && ws[e + 1] && (CALENDAR.has(ws[e + 1].text) || /^\d/.test(ws[e + 1].text) || EVENT_TIME_WORDS.has(ws[e + 1].lower))) break;
    if (l === 'and' && ws[e + 1] && (EVENT_PHRASE_STOPS.has(ws[e + 1].lower) || /^(?:he|she|they|it|we|i)$/.test(ws[e + 1].lower))) break;
    e++;
  }
  while (e > k + 1 && /^(?:the|a|an|of|and|or|to|in|at|on|for|with|by|from|his|her|their|its)$/.test(ws[e - 1].lower)) e--;
  return e > k + 1 ? e : k;
}

/** Index one past a place ("in Geneva", "at the Harbour Hall of Kalvik"), with the place's span. */
function placeEnd(ws: W[], k: number): { end: number; place: Span } | null {
  if (!ws[k] || !['in', 'at'].includes(ws[k].lower)) return null;
  let p = k + 1;
  if (ws[p]?.lower === 'the') p++;
  let e = p;
  while (e < ws.length && e - p < 4 && CAP.test(ws[e].text) && /^[\p{L}]/u.test(ws[e].text) && !CALENDAR.has(ws[e].text) && !/^(?:The|This|That)$/.test(ws[e].text)) e++;
  if (e === p) return null;
  const place = { start: ws[p].start, end: ws[e - 1].end };
  while (ws[e]?.lower === 'of' && ws[e + 1] && (CAP.test(ws[e + 1].text) || (ws[e + 1].lower === 'the' && ws[e + 2] && CAP.test(ws[e + 2].text)))) {
    let q = e + 1 + (ws[e + 1].lower === 'the' ? 1 : 0);
    while (q < ws.length && CAP.test(ws[q].text) && /^\p{L}/u.test(ws[q].text)) q++;
    e = q;
  }
  return { end: e, place };
}

function introduced(ws: W[], start: number): boolean {
  let j = start - 1;
  while (j >= 0 && DETERMINERS.has(ws[j].lower) && !POSSESSIVE_DETS.has(ws[j].lower)) j--;
  if (j >= 0 && POSSESSIVE_DETS.has(ws[j].lower)) return true;
  return j >= 0 && EVENT_INTRODUCERS.has(ws[j].lower);
}

/** "after the verdict", "during the summit": a time preposition and "the" make a plain noun a particular occasion. */
function afterThe(ws: W[], start: number): boolean {
  return start >= 2 && ws[start - 1].lower === 'the' && TIME_PREPOSITIONS.has(ws[start - 2].lower);
}

/** Lower-case event-noun mentions of one line. */
function lineEvents(body: string, ws: W[]): EventDraft[] {
  const out: EventDraft[] = [];
  let taken = -1;
  for (let i = 0; i < ws.length; i++) {
    if (i <= taken) continue;
    // "the first day of the spring term", "the final day of the trial": a day of an occasion
    if (ws[i].text === 'day' && i > 0 && DAY_ORDINALS.has(ws[i - 1].lower) && ws[i + 1]?.lower === 'of') {
      const e = describingEnd(ws, i + 1);
      if (e > i + 1) {
        const span = { start: ws[i - 1].start, end: ws[e - 1].end };
        out.push({ name: body.slice(span.start, span.end), span, kind: 'OTHER', alias: null, placeSpan: null, date: null });
        taken = e - 1;
        continue;
      }
    }
    if (!isNoun(ws[i]) || isNoun(ws[i + 1])) continue;
    const noun = ws[i].lower;
    const { start, kinds } = leftEdge(ws, i);
    let end = i + 1;
    const place = placeEnd(ws, end);
    if (place) end = place.end;
    const end0 = end;
    const descEnd = ws[end] && EVENT_DESCRIBING_PREPOSITIONS.has(ws[end].lower) ? describingEnd(ws, end) : end;
    const inDesc = !place && descEnd === end && ws[end]?.lower === 'in' && ws[end + 1] && POSSESSIVE_DETS.has(ws[end + 1].lower) ? describingEnd(ws, end) : end;
    const described = descEnd > end || inDesc > end;
    end = Math.max(descEnd, inDesc);
    const strong = kinds.some((k) => k !== 'FREE');
    const score = ws.slice(start, i).some((w) => SCORE.test(w.text));
    let ok: boolean;
    if (RESULT_NOUNS.has(noun)) ok = score || (descEnd > end0 && ['over', 'against'].includes(ws[end0].lower));
    else if (AMBIGUOUS_EVENT_NOUNS.has(noun)) ok = strong || !!place || (described && introduced(ws, start));
    else ok = kinds.length > 0 || !!place || inDesc > end0 || (described && introduced(ws, start)) || (afterThe(ws, start) && !PROCESS_EVENT_NOUNS.has(noun));
    if (!ok) continue;
    // the span leaves out leading capitalised words and the owner, which other rules name
    let spanStart = start;
    while (spanStart < i && (CAP.test(ws[spanStart].text) || /^['’]$/.test(ws[spanStart].text) || possessive(ws[spanStart], ws[spanStart + 1]))) spanStart++;
    const span = { start: ws[spanStart].start, end: ws[i].end };
    const name = body.slice(ws[start].start, ws[end - 1].end);
    const core = body.slice(ws[start].start, ws[i].end);
    out.push({ name, span, kind: EVENT_NOUNS[noun], alias: core !== name ? core : null, placeSpan: place ? place.place : null, date: null });
    taken = end - 1;
  }
  return out;
}

/** Lower-case event-noun mentions, with their place when the text gives one. */
export function eventNounMentions(body: string): EventDraft[] {
  const out: EventDraft[] = [];
  let from = 0;
  for (const line of body.split('\n')) {
    out.push(...lineEvents(body, lineWords(body, from, from + line.length)));
    from += line.length + 1;
  }
  return out;
}
