/**
 * Named events: capitalised names with an event head ("the 2nd Eurasian Economic Forum in
 * Moscow"), a lower-case event noun with a quoted title (`the Belarusian-Chinese forum
 * "Innovative Development of Smart Manufacturing"`), and anniversaries ("the 30th anniversary
 * of the establishment of diplomatic relations", dated from "last year" / "in 2022").
 */
import type { EventKind, Span } from '../types';
import type { EventDraft } from './draft';
import { isCapitalized, isRoleWord, tokenize, type Token } from '../text/tokens';
import { eventNounMentions } from './event-nouns';
import { EVENT_HEAD_KINDS, EVENT_HEADS, TITLED_EVENT_NOUNS } from '../lexicon/events';
import { ORDINAL_WORDS } from '../lexicon/words';
import { alternation } from '../text/alternation';

const ORDINAL = /^(\d+(st|nd|rd|th)|[IVXL]+|\d{4})$/;
const PLACE_AFTER = /^\s+in\s+((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*){0,2})/u;

/** Capitalised event names around an event head word. */
function headedEvents(body: string, tokens: Token[]): EventDraft[] {
  const out: EventDraft[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h].text;
    if (!isCapitalized(head) || !EVENT_HEADS.has(head.toLowerCase())) continue;
    let i = h;
    while (i > 0 && (isCapitalized(tokens[i - 1].text) || ORDINAL.test(tokens[i - 1].text)) && !/^the$/i.test(tokens[i - 1].text) && !isRoleWord(tokens[i - 1].text)) i--;
    let end = h + 1;
    while (end + 1 < tokens.length && /^(of|on|for)$/.test(tokens[end].text) && isCapitalized(tokens[end + 1].text)) {
      end += 2;
      while (end < tokens.length && isCapitalized(tokens[end].text)) end++;
    }
    if (i === h && end === h + 1) continue;
    const span: Span = { start: tokens[i].start, end: tokens[end - 1].end };
    out.push({ name: body.slice(span.start, span.end), span, kind: EVENT_HEAD_KINDS[head.toLowerCase()], alias: null, placeSpan: placeAfter(body, span.end), date: null });
    h = end - 1;
  }
  return out;
}

function placeAfter(body: string, at: number): Span | null {
  const m = PLACE_AFTER.exec(body.slice(at, at + 60));
  return m ? { start: at + m[0].indexOf(m[1]), end: at + m[0].indexOf(m[1]) + m[1].length } : null;
}

const TITLED = new RegExp(String.raw`\b((?:\p{Lu}[\p{L}-]*\s+){0,3})(${alternation(TITLED_EVENT_NOUNS)})\s+["“«„]([^"”»“]{3,150})["”»“]`, 'giu');

/** An event noun followed by its quoted title. */
function titledEvents(body: string): EventDraft[] {
  return [...body.matchAll(TITLED)].map((m) => {
    const start = m.index + m[0].lastIndexOf(m[3]);
    const span = { start, end: start + m[3].length };
    const modifiers = m[1].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).join(' ');
    const alias = modifiers ? `${modifiers} ${m[2]}` : null;
    return { name: m[3], span, kind: EVENT_HEAD_KINDS[m[2].toLowerCase()], alias, placeSpan: placeAfter(body, span.end + 1), date: null };
  });
}

const ANNIVERSARY = new RegExp(String.raw`\b(\d+(?:st|nd|rd|th)|${alternation(ORDINAL_WORDS)})\s+anniversary\s+of\s+([^,.;:"“”]{3,100}?)(?=[,.;:"“”]|\s+(?:in|on|with|and|at|last|this|next)\b|$)`, 'gi');

/** Anniversaries, dated by "last year", "this year" or "in YYYY" in the same sentence. */
function anniversaries(body: string, sentences: Span[], year: number | null): EventDraft[] {
  return [...body.matchAll(ANNIVERSARY)].map((m) => {
    const span = { start: m.index, end: m.index + m[0].length };
    const s = sentences.find((x) => x.start <= span.start && span.start < x.end) ?? span;
    const text = body.slice(s.start, s.end);
    const explicit = /\b(?:in|of)\s+((?:19|20)\d{2})\b/.exec(text)?.[1];
    const relative = year && /\blast year\b/i.test(text) ? year - 1 : year && /\bthis year\b/i.test(text) ? year : null;
    const date = explicit ?? (relative ? String(relative) : null);
    return { name: m[0], span, kind: 'ANNIVERSARY' as EventKind, alias: null, placeSpan: null, date };
  });
}

/**
 * Event mentions of the body. `year` is the publication year (for "last year").
 */
export function findEvents(body: string, sentences: Span[], year: number | null): EventDraft[] {
  const titled = titledEvents(body);
  const headed = headedEvents(body, tokenize(body)).filter((e) => !titled.some((t) => e.span.start < t.span.end && t.span.start < e.span.end));
  const named = [...titled, ...headed, ...anniversaries(body, sentences, year)];
  // a noun just before a quoted title is that titled event ("the forum \"...\""), not one of its own
  const common = eventNounMentions(body).filter((e) => !named.some((n) => e.span.start < n.span.end && n.span.start < e.span.end)
    && !titled.some((t) => t.span.start >= e.span.end && t.span.start - e.span.end <= 3));
  return [...named, ...common].sort((a, b) => a.span.start - b.span.start);
}
