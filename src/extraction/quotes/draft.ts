/**
 * The quotes stage's output before resolution: a quote whose speaker is still a phrase in the
 * text (a name, pronoun, role noun) rather than a person key.
 */
import type { AttributionMethod, QuoteKind, Segmentation, Span } from '../types';
import type { SpeakerRef } from './speaker';

export interface QuoteDraft {
  kind: QuoteKind;
  text: string;
  span: Span;
  sentence: Span;
  speaker: SpeakerRef | null;
  cueVerb: string | null;
  attribution: AttributionMethod;
  /** The cue pass that found the speaker phrase (cue-passes.ts, or "interview"); null when none. */
  cuePass: string | null;
  confidence: number;
  /** Parts of the quote's sentence outside the quoted words: where a setting is looked for. */
  outside: Span[];
}

/** Base confidence per attribution method. */
export const CONFIDENCE: Record<AttributionMethod, number> = {
  EXPLICIT_NAME: 0.95, ACCORDING_TO: 0.85, ROLE_NOUN: 0.75, PRONOUN: 0.7, CONTINUATION: 0.6, CONTEXT: 0.45, UNKNOWN: 0.1,
};

/** The sentence, or run of sentences, covering [start, end). */
export function sentenceCover(seg: Segmentation, start: number, end: number): Span {
  const hit = seg.sentences.filter((s) => s.end > start && s.start < end);
  if (!hit.length) return { start, end };
  return { start: hit[0].start, end: hit[hit.length - 1].end };
}

/** The sentence containing `at`, or null. */
export function sentenceAt(seg: Segmentation, at: number): Span | null {
  return seg.sentences.find((s) => s.start <= at && at < s.end) ?? null;
}

/** The paragraph index containing `at` (-1 when none). */
export function paragraphAt(seg: Segmentation, at: number): number {
  return seg.paragraphs.findIndex((p) => p.start <= at && at < p.end);
}

/** `outer` minus the `holes`, as ordered spans. */
export function subtractSpans(outer: Span, holes: Span[]): Span[] {
  const out: Span[] = [];
  let at = outer.start;
  for (const h of [...holes].sort((a, b) => a.start - b.start)) {
    if (h.end <= at || h.start >= outer.end) continue;
    if (h.start > at) out.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (at < outer.end) out.push({ start: at, end: outer.end });
  return out;
}
