/**
 * Stage 2, segment: paragraphs and sentences as character ranges of the body.
 * Abbreviations ("Mr.", "U.S."), initials ("S. Chizhik") and decimals ("2.5") do not end a
 * sentence; a closing quote mark after the full stop stays inside the sentence.
 */
import type { Segmentation, Span } from '../types';

const ABBREVIATIONS = new Set(`mr mrs ms dr prof gen col lt sgt capt gov sen rep st jr sr inc ltd co corp
  vs etc no nos jan feb mar apr jun jul aug sep sept oct nov dec rev fr mt ft gen adm cmdr
  maj brig pres dept est approx fig vol op cf al e.g i.e a.m p.m u.s u.k u.n e.u`.split(/\s+/));

/** Words that begin a new sentence even after "U.S." or "p.m.". */
const SENTENCE_STARTERS = new Set('The A An He She It They We I In On At But And This That These Those However Meanwhile There His Her Its Their Our'.split(' '));

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

/** The word that ends at `end` (exclusive), without the final dot. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.\-]/u.test(text[i - 1])) i--;
  return text.slice(i, end);
}

/** True when the full stop at `dot` ends an abbreviation or initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (/^\p{Lu}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (!ABBREVIATIONS.has(lower) && !/^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next))?.[0] ?? '';
  const dotted = lower.includes('.') || ['am', 'pm'].includes(lower);
  return !(dotted && SENTENCE_STARTERS.has(nextWord));
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
