/**
 * Lower-case event mentions: an event noun with a place ("regional elections in Veloria", "the
 * talks in Geneva", "a press conference in Strasbourg"), or with an event modifier that makes
 * it a particular occasion ("a public meeting", "the memorial ceremony", "a no-confidence vote").
 */
import type { EventKind, Span } from '../types';
import type { EventDraft } from './draft';
import { EVENT_MODIFIERS, EVENT_NOUNS } from '../lexicon/events';
import { CALENDAR_NAMES } from '../lexicon/words';
import { alternation } from '../text/alternation';

const NOUNS = EVENT_NOUNS;
const MODIFIERS = alternation(EVENT_MODIFIERS);
const NOUN_ALT = alternation(Object.keys(NOUNS));
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2}`;
const WITH_PLACE = new RegExp(String.raw`(?<![\p{L}-])((?:(?:${MODIFIERS})\s+){0,2})(${NOUN_ALT})\s+(?:in|at)\s+(?:the\s+)?(${PLACE})(?![\p{L}\p{M}'’-]|\s+(?:de|des|du|of|la|le|del)\s)`, 'gu');
const MODIFIED = new RegExp(String.raw`(?<![\p{L}-])((?:(?:${MODIFIERS})\s+){1,2})(${NOUN_ALT})(?![\p{L}-])`, 'gu');
const NOT_PLACE = new RegExp(`^(?:${alternation(CALENDAR_NAMES)}|The|This|That)$`);

function draft(name: string, start: number, noun: string, placeSpan: Span | null): EventDraft {
  return { name, span: { start, end: start + name.length }, kind: NOUNS[noun], alias: null, placeSpan, date: null };
}

/** Lower-case event-noun mentions, with their place when the text gives one. */
export function eventNounMentions(body: string): EventDraft[] {
  const out: EventDraft[] = [];
  for (const m of body.matchAll(WITH_PLACE)) {
    const place = m[3].split(/\s+/).filter((w, i) => i === 0 || !NOT_PLACE.test(w)).join(' ');
    if (NOT_PLACE.test(place)) continue;
    const at = m.index + m[0].lastIndexOf(m[3]);
    out.push(draft(`${m[1]}${m[2]}`, m.index, m[2], { start: at, end: at + place.length }));
  }
  for (const m of body.matchAll(MODIFIED)) {
    if (out.some((e) => e.span.start === m.index)) continue;
    out.push(draft(m[0], m.index, m[2], null));
  }
  return out;
}
