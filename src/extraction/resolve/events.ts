/**
 * Places and events after in-article resolution, and the links between quotes and events:
 * a quote is said at an event when its sentence (outside the quoted words) puts the speaker
 * "at" / "during" / "at the opening of" it; a speaker's later quotes inherit that setting.
 */
import type { ExtractedEvent, ExtractedPlace, ExtractedQuote, ExtractedRole, Span } from '../types';
import type { EventDraft, PlaceDraft } from '../entities/draft';
import type { QuoteDraft } from '../quotes/draft';
import { nameKey } from '../../text/fold';
import { lookupPlace } from '../lexicon/gazetteer';
import { SETTING_WORDS, SPEECH_NOUNS } from '../lexicon/events';
import { alternation } from '../text/alternation';

/** A written form as a reader would write it: an all-caps word of four letters or more is title-cased ("KENYA"). */
function readable(written: string, canonical: string): string {
  if (written !== written.toUpperCase() || !/\p{Lu}{4}/u.test(written)) return written;
  if (nameKey(written) === nameKey(canonical)) return canonical;
  return written.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A written form that names another place when read alone ("Georgia" for the US state) leaves the canonical name. */
function ownForm(written: string, canonical: string): boolean {
  const alone = lookupPlace(written);
  return !alone ? nameKey(written) === nameKey(canonical) || !lookupPlace(canonical) : nameKey(alone.name) === nameKey(canonical);
}

/** The fullest form the text writes ("United Arab Emirates" over "UAE"; "U.S." when only that is written). */
function fullestWritten(forms: string[]): string {
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
  return forms.reduce((best, f) => (letters(f) > letters(best) ? f : best));
}

/**
 * One place per canonical name. The place is named as the text writes it (its fullest written
 * form); the canonical name and the other spellings become aliases.
 */
export function resolvePlaces(drafts: PlaceDraft[]): ExtractedPlace[] {
  const groups = new Map<string, PlaceDraft[]>();
  for (const d of drafts) groups.set(nameKey(d.name), [...(groups.get(nameKey(d.name)) ?? []), d]);
  return [...groups.values()].map((group, i) => {
    const canonical = group[0].name;
    const own = group.map((d) => d.written).filter((w) => ownForm(w, canonical));
    const name = own.length ? fullestWritten(own.map((w) => readable(w, canonical))) : canonical;
    const aliases: ExtractedPlace['aliases'] = [];
    for (const a of [canonical, ...group.map((d) => d.written)]) {
      if (a.toLowerCase() !== name.toLowerCase() && !aliases.some((x) => x.name === a)) aliases.push({ name: a, reason: 'VARIANT' });
    }
    return { key: `place:${i + 1}`, name, aliases, mentions: group.map((d) => d.span), kind: group[0].kind };
  });
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
