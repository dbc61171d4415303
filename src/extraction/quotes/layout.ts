/**
 * Quotes set by layout rather than by a speech verb: Q&A interview answers (`A: …` paragraphs,
 * DIRECT quotes by the interviewee the introduction names) and vox-pop quotes followed by an
 * em-dash attribution line (`“…”` then `— Hanna Lund, 34, nurse`).
 */
import type { Segmentation, Span } from '../types';
import type { QuoteDraft } from './draft';
import { CONFIDENCE, sentenceCover } from './draft';
import type { SpeakerRef } from './speaker';
import { parsePersonPhrase, isOrgHead } from '../entities/title-chain';
import { lookupPlace } from '../lexicon/gazetteer';
import { NAME_PARTICLES } from '../lexicon/names';
import { NON_NAME_OPENERS } from '../lexicon/function-words';
import { alternation } from '../text/alternation';

const NAME_RUN = new RegExp(String.raw`(?<![\p{L}'’])(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:${alternation(NAME_PARTICLES)})?\s*\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}'’])`, 'gu');
const NON_NAME_OPENER = new RegExp(`^(?:${alternation(NON_NAME_OPENERS)})\\b`);

/** A NAME speaker ref for the personal name at `span`, when it is one. */
function nameRef(body: string, span: Span): SpeakerRef | null {
  const text = body.slice(span.start, span.end);
  if (text.split(/\s+/).some((w) => isOrgHead(w) || lookupPlace(w))) return null;
  const person = parsePersonPhrase(body, span);
  if (!person) return null;
  return { text: body.slice(person.name.start, person.name.end), span: person.name, form: 'NAME', phrase: span };
}

/** The interviewee: the first personal name of the introduction (before the first `Q:`). */
function interviewee(body: string, seg: Segmentation, firstQ: number): SpeakerRef | null {
  for (const p of seg.paragraphs) {
    if (p.start >= firstQ) break;
    const text = body.slice(p.start, p.end);
    for (const m of text.matchAll(NAME_RUN)) {
      const at = p.start + (m.index ?? 0);
      if (/['’]s$/.test(m[1]) || NON_NAME_OPENER.test(m[1])) continue;
      const ref = nameRef(body, { start: at, end: at + m[1].length });
      if (ref) return ref;
    }
  }
  return null;
}

function draft(body: string, seg: Segmentation, span: Span, speaker: SpeakerRef | null): QuoteDraft {
  const attribution = speaker ? 'EXPLICIT_NAME' : 'UNKNOWN';
  return {
    kind: 'DIRECT', text: body.slice(span.start, span.end), span, sentence: sentenceCover(seg, span.start, span.end),
    speaker, cueVerb: null, attribution, cuePass: speaker ? 'interview' : null, confidence: CONFIDENCE[attribution] - 0.1, outside: [],
  };
}

/**
 * Q&A interviews: when the body has at least two `Q:` and two `A:` paragraphs, each `A:`
 * paragraph (label stripped) is a DIRECT quote by the interviewee. Empty when no Q&A layout.
 */
export function interviewAnswers(body: string, seg: Segmentation): QuoteDraft[] {
  const label = (p: Span, l: string) => body.startsWith(`${l}:`, p.start) || body.startsWith(`${l}.`, p.start);
  const qs = seg.paragraphs.filter((p) => label(p, 'Q'));
  const as = seg.paragraphs.filter((p) => label(p, 'A'));
  if (qs.length < 2 || as.length < 2) return [];
  const speaker = interviewee(body, seg, qs[0].start);
  return as.map((p) => {
    const start = p.start + 2 + (body.slice(p.start + 2, p.end).length - body.slice(p.start + 2, p.end).trimStart().length);
    let end = p.end;
    while (end > start && /\s/.test(body[end - 1])) end--;
    return draft(body, seg, { start, end }, speaker);
  });
}

/** `— Hanna Lund, 34, nurse` right after a quote's closing mark: the speaker, or null. */
export function dashAttribution(body: string, close: number, limit: number): SpeakerRef | null {
  const m = /^[”"’»]?\s*\n?\s*[—–]\s*(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,3})/u.exec(body.slice(close, limit));
  if (!m) return null;
  const at = close + m[0].length - m[1].length;
  return nameRef(body, { start: at, end: at + m[1].length });
}
