/**
 * Stage 2, segment: paragraphs and sentences as character ranges of the body.
 * Abbreviations ("Mr.", "U.S."), initials ("S. Chizhik") and decimals ("2.5") do not end a
 * sentence; a closing quote mark after the full stop stays inside the sentence.
 */
import type { Segmentation, Span } from '../types';
import { isAbbreviation } from '../text/tokens';
import { isSpeechVerb } from '../lexicon/speech-verbs';

const CLOSERS = /["”»’')\]]/;
const OPENERS = /["“«„‘'(\[]/;

/** Paragraph spans: runs of text separated by blank lines (or single newlines). */
export function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const text = m[0];
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed) spans.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return spans;
}

/** `Ms Harlow replied.` after `?"`: a capitalised name and a speech verb continue the quote's sentence. */
function isNamedCue(rest: string): boolean {
  const m = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(\p{Ll}+)\b/u.exec(rest);
  return !!m && isSpeechVerb(m[1]);
}

/** Sentence spans inside one paragraph span. */
function sentencesIn(body: string, para: Span): Span[] {
  const spans: Span[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = body[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < para.end && (/[.!?…]/.test(body[end]) || CLOSERS.test(body[end]))) end++;
    let next = end;
    while (next < para.end && body[next] === ' ') next++;
    if (next === end || next >= para.end) continue;
    const nextCh = body[next];
    if (!(/[\p{Lu}\p{N}]/u.test(nextCh) || OPENERS.test(nextCh))) continue;
    if (ch === '.' && end === i + 1 && isAbbreviation(body, i, next)) continue;
    if (ch !== '.' && /["”»’']/.test(body[end - 1]) && isNamedCue(body.slice(next, Math.min(para.end, next + 80)))) continue;
    spans.push({ start, end });
    start = next;
    i = end - 1;
  }
  if (start < para.end) spans.push({ start, end: para.end });
  return spans;
}

/** Split a body into paragraphs and sentences (character offsets into `body`). */
export function segment(body: string): Segmentation {
  const paragraphs = paragraphSpans(body);
  const sentences = paragraphs.flatMap((p) => sentencesIn(body, p));
  return { paragraphs, sentences };
}
