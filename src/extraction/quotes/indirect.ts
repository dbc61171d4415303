/**
 * Stage 3b, reported speech (INDIRECT quotes), kept apart from direct ones:
 *  - trailing cue:  "Cooperation is growing, S emphasized."  /  "..., said S."
 *  - leading cue:   "S said (that) the talks were useful."
 *  - according to:  "According to S, ..."  /  "..., according to S."
 * The patterns are passes of the cue sieve (cue-passes.ts, patterns in reported.ts).
 * The quote's text is the reported clause; sentences holding a direct quote are skipped.
 */
import type { Segmentation } from '../types';
import { CONFIDENCE, subtractSpans, type QuoteDraft } from './draft';
import { reportedCue } from './cue-passes';

/**
 * Reported speech in every sentence that holds no direct quote.
 * `datelineEnd` is the body offset where the text after the dateline starts (0 when none).
 */
export function extractIndirectQuotes(body: string, seg: Segmentation, direct: QuoteDraft[], datelineEnd = 0): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const s of seg.sentences) {
    if (direct.some((d) => d.span.start < s.end && d.span.end > s.start)) continue;
    const found = reportedCue(body, { start: Math.max(s.start, s.start === 0 ? datelineEnd : 0), end: s.end });
    if (!found) continue;
    const confidence = CONFIDENCE[found.method] - 0.1;
    out.push({
      kind: 'INDIRECT', text: body.slice(found.clause.start, found.clause.end), span: found.clause, sentence: s,
      speaker: found.speaker, cueVerb: found.verb?.toLowerCase().replace(/\s+/g, ' ') ?? null,
      attribution: found.method, cuePass: found.pass, confidence, outside: subtractSpans(s, [found.clause]),
    });
  }
  return out;
}
