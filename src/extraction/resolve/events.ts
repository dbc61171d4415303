/**
 * Places and events after in-article resolution, and the links between quotes and events:
 * a quote is said at an event when its sentence (outside the quoted words) puts the speaker
 * "at" / "during" / "at the opening of" it; a speaker's later quotes inherit that setting.
 */
import type { ExtractedEvent, ExtractedPlace, ExtractedQuote, ExtractedRole, Span } from '../types';
import type { EventDraft, PlaceDraft } from '../entities/draft';
import type { QuoteDraft } from '../quotes/draft';
import { nameKey } from '../../text/fold';
import { SETTING_WORDS, SPEECH_NOUNS } from '../lexicon/events';
import { alternation } from '../text/alternation';

/** One place per canonical name; other spellings (beyond case) become aliases. */
export function resolvePlaces(drafts: PlaceDraft[]): ExtractedPlace[] {
  const out: ExtractedPlace[] = [];
  for (const d of drafts) {
    let p = out.find((x) => nameKey(x.name) === nameKey(d.name));
    if (!p) { p = { key: `place:${out.length + 1}`, name: d.name, aliases: [], mentions: [], kind: d.kind }; out.push(p); }
    p.mentions.push(d.span);
    if (d.written.toLowerCase() !== d.name.toLowerCase() && !p.aliases.some((a) => a.name === d.written)) p.aliases.push({ name: d.written, reason: 'VARIANT' });
  }
  return out;
}

const keyIn = (items: Array<{ key: string; mentions: Span[] }>, s: Span) => items.find((x) => x.mentions.some((m) => m.start < s.end && s.start < m.end))?.key ?? null;

/** One event per fold key, with its place and date. */
export function resolveEvents(drafts: EventDraft[], places: ExtractedPlace[]): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  for (const d of drafts) {
    let e = out.find((x) => nameKey(x.name) === nameKey(d.name));
    if (!e) {
      e = { key: `event:${out.length + 1}`, name: d.name.replace(/^the\s+/i, ''), aliases: [], mentions: [], kind: d.kind, startDate: d.date, endDate: null, placeKey: null, participantKeys: [] };
      out.push(e);
    }
    e.mentions.push(d.span);
    if (d.alias && !e.aliases.some((a) => a.name === d.alias)) e.aliases.push({ name: d.alias, reason: 'OTHER' });
    e.placeKey ??= d.placeSpan ? keyIn(places, d.placeSpan) : null;
  }
  return out;
}

const SETTING = new RegExp(String.raw`\b(?:${alternation(SETTING_WORDS)}|in (?:his|her|a) (?:${alternation(SPEECH_NOUNS)}) (?:at|to))\s+(?:the\s+)?(?:[\p{L}\d'’-]+[\s"“«„]+){0,6}$`, 'iu');

/** The event a quote's own sentence sets it at, or null. */
function settingOf(body: string, draft: QuoteDraft, events: ExtractedEvent[]): ExtractedEvent | null {
  for (const part of draft.outside) {
    for (const e of events) {
      const m = e.mentions.find((x) => x.start >= part.start && x.end <= part.end + 1);
      if (m && SETTING.test(body.slice(part.start, m.start))) return e;
    }
  }
  return null;
}

export interface LinkContext {
  body: string;
  /** Publication date (YYYY-MM-DD) and dateline place key, for the lead's setting event. */
  date: string | null;
  datelinePlaceKey: string | null;
  roleOrgs(personKey: string): ExtractedRole[];
}

/** Link quotes to events; a speaker's setting carries over to their other quotes. */
export function linkQuoteEvents(quotes: ExtractedQuote[], drafts: QuoteDraft[], events: ExtractedEvent[], ctx: LinkContext): void {
  const settingBySpeaker = new Map<string, ExtractedEvent>();
  quotes.forEach((q, i) => {
    const e = settingOf(ctx.body, drafts[i], events);
    if (!e) return;
    q.eventKey = e.key;
    if (q.speakerKey && !settingBySpeaker.has(q.speakerKey)) settingBySpeaker.set(q.speakerKey, e);
    if (q.sentence.start === 0) { e.startDate ??= ctx.date; e.placeKey ??= ctx.datelinePlaceKey; }
  });
  for (const q of quotes) {
    if (!q.eventKey && q.speakerKey && settingBySpeaker.has(q.speakerKey)) q.eventKey = settingBySpeaker.get(q.speakerKey)?.key ?? null;
  }
  for (const q of quotes) {
    const e = events.find((x) => x.key === q.eventKey);
    if (!e || !q.speakerKey) continue;
    const keys = [q.speakerKey, ...ctx.roleOrgs(q.speakerKey).map((r) => r.organizationKey).filter((k): k is string => !!k)];
    for (const k of keys) if (!e.participantKeys.includes(k)) e.participantKeys.push(k);
  }
}
