/**
 * The narration pass of the speaker sieve (speaker-passes.ts): a direct quote that no cue,
 * pronoun, role or continuation tied to anyone takes the one person its narration names — the person named outside the quote
 * in its own sentence, or, for a quote that opens its paragraph, in the narration paragraph right
 * before it ("Reyes is asking residents to stay indoors.\n\n"We have opened shelters…"").
 * Nothing is guessed when that narration names no one or more than one person.
 */
import type { ExtractedPerson, ExtractedQuote, Span } from '../types';

const inside = (s: Span, at: number) => s.start <= at && at < s.end;

/** Narration is prose: a paragraph that ends a sentence (not a caption or a photo credit line). */
const isProse = (body: string, p: Span) => /[.!?…:][)"”’»]*$/.test(body.slice(p.start, p.end)) && body.slice(p.start, p.end).split(/\s+/).length >= 6;

/** Distinct people mentioned inside `span`, outside every direct quote. */
function namedIn(span: Span, people: ExtractedPerson[], quoted: Span[]): ExtractedPerson[] {
  return people.filter((p) => p.mentions.some((m) => inside(span, m.start) && !quoted.some((q) => inside(q, m.start))));
}

/** The one person a speakerless direct quote's narration names, or null. */
export function narrationSpeaker(body: string, quotes: ExtractedQuote[], paragraphs: Span[], people: ExtractedPerson[], i: number): { key: string; text: null } | null {
  const q = quotes[i];
  if (q.kind !== 'DIRECT' || q.speakerKey || q.speakerText) return null;
  const direct = quotes.filter((d) => d.kind === 'DIRECT');
  const quoted = direct.map((d) => ({ start: d.span.start - 1, end: d.span.end + 1 }));
  let named = namedIn(q.sentence, people, quoted);
  const p = paragraphs.findIndex((s) => inside(s, q.span.start));
  const opens = p >= 0 && q.span.start - paragraphs[p].start <= 2;
  if (!named.length && opens && p > 0 && isProse(body, paragraphs[p - 1]) && !direct.some((d) => inside(paragraphs[p - 1], d.span.start))) named = namedIn(paragraphs[p - 1], people, quoted);
  return named.length === 1 ? { key: named[0].key, text: null } : null;
}
