/**
 * The last sieve pass for speakers: a direct quote that no cue, pronoun, role or continuation
 * tied to anyone takes the one person its narration names — the person named outside the quote
 * in its own sentence, or, for a quote that opens its paragraph, in the narration paragraph right
 * before it ("Reyes is asking residents to stay indoors.\n\n"We have opened shelters…"").
 * Nothing is guessed when that narration names no one or more than one person.
 */
import type { ExtractedPerson, ExtractedQuote, Span } from '../types';
import { CONFIDENCE } from '../quotes/draft';

const inside = (s: Span, at: number) => s.start <= at && at < s.end;

/** Narration is prose: a paragraph that ends a sentence (not a caption or a photo credit line). */
const isProse = (body: string, p: Span) => /[.!?…:][)"”’»]*$/.test(body.slice(p.start, p.end)) && body.slice(p.start, p.end).split(/\s+/).length >= 6;

/** Distinct people mentioned inside `span`, outside every direct quote. */
function namedIn(span: Span, people: ExtractedPerson[], quoted: Span[]): ExtractedPerson[] {
  return people.filter((p) => p.mentions.some((m) => inside(span, m.start) && !quoted.some((q) => inside(q, m.start))));
}

export function linkNarration(body: string, quotes: ExtractedQuote[], paragraphs: Span[], people: ExtractedPerson[]): void {
  const direct = quotes.filter((q) => q.kind === 'DIRECT');
  const quoted = direct.map((q) => ({ start: q.span.start - 1, end: q.span.end + 1 }));
  for (const q of direct) {
    if (q.speakerKey || q.speakerText) continue;
    let named = namedIn(q.sentence, people, quoted);
    const p = paragraphs.findIndex((s) => inside(s, q.span.start));
    const opens = p >= 0 && q.span.start - paragraphs[p].start <= 2;
    if (!named.length && opens && p > 0 && isProse(body, paragraphs[p - 1]) && !direct.some((d) => inside(paragraphs[p - 1], d.span.start))) named = namedIn(paragraphs[p - 1], people, quoted);
    if (named.length !== 1) continue;
    Object.assign(q, { speakerKey: named[0].key, speakerText: null, attribution: 'CONTEXT', confidence: CONFIDENCE.CONTEXT });
  }
}
