/**
 * Quoted runs: stretches of the body between quotation marks — straight "…", curly “…”,
 * guillemets «…», low „…“/„…”, and top-level ‘…’ — with nested single quotes left inside.
 * A run left open at a paragraph end continues when the next paragraph opens with a mark
 * (wire style: opening mark on every paragraph, closing mark only on the last).
 */
import type { Span } from '../types';

export interface QuotedRun {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or null when the run is left open at the paragraph end. */
  close: number | null;
  /** The words between the marks, whitespace trimmed. */
  text: Span;
  paragraph: number;
  /** This run continues an open run of the previous paragraph. */
  continued: boolean;
}

const CLOSERS: Record<string, string> = { '“': '”"', '"': '"”', '«': '»', '„': '“”', '‘': '’', "'": "'’" };

/**
 * A straight single mark opens a run only where a run of the previous paragraph is still open
 * and it starts the paragraph: elsewhere it is far more often an apostrophe.
 */
function isContinuationOpening(body: string, i: number, para: Span, openFromPrevious: boolean): boolean {
  return openFromPrevious && i === para.start && body[i] === "'" && /\p{L}/u.test(body[i + 1] ?? '');
}

/**
 * A straight single mark opens a quote (`as she put it, 'we are ready'`) when it follows a space
 * or an opening punctuation, a letter (or an editor's bracket) follows it, and a mark after a word
 * closes it before the paragraph ends. Elsewhere it is an apostrophe ('90s, rock 'n' roll).
 */
function isStraightSingleOpening(body: string, i: number, para: Span, prev: string, next: string): boolean {
  if (!/[\s([{—–:]/.test(prev) || !/[\p{L}[]/u.test(next)) return false;
  if (/^'(?:n|em|tis|twas|til|cause)'?\b/i.test(body.slice(i, i + 7))) return false;
  // `" 'Q,' said S`: a single quote inside a double one belongs to the outer quotation
  if (/["“«„]\s*$/.test(body.slice(para.start, i))) return false;
  return findClose(body, i, para) > i + 1;
}

function isOpening(body: string, i: number, para: Span): boolean {
  const ch = body[i];
  if (!(ch in CLOSERS)) return false;
  const prev = i > para.start ? body[i - 1] : ' ';
  const next = body[i + 1] ?? ' ';
  if (ch === "'") return isStraightSingleOpening(body, i, para, prev, next);
  // French typography spaces guillemets: « Q »
  if (/\s/.test(next) && !(ch === '«' && body.indexOf('»', i) > i && body.indexOf('»', i) < para.end)) return false;
  if (ch === '"' || ch === '‘') return /[\s([{—–\-:/]/.test(prev);
  return true;
}

/** Index of the mark closing the run opened at `open`, or -1. */
function findClose(body: string, open: number, para: Span): number {
  const opener = body[open];
  const closers = CLOSERS[opener];
  let depth = 0;
  for (let j = open + 1; j < para.end; j++) {
    const ch = body[j];
    if (opener === '«' && ch === '«') depth++;
    if (!closers.includes(ch)) continue;
    if (opener === '«' && depth > 0) { depth--; continue; }
    if ((opener === '‘' || opener === "'") && /\p{L}/u.test(body[j + 1] ?? '')) continue;
    if (opener === "'" && /\s/.test(body[j - 1])) continue;
    if (opener === '"' && /\s/.test(body[j - 1]) && !/[\s.,;:!?)]/.test(body[j + 1] ?? ' ')) continue;
    return j;
  }
  return -1;
}

function trimmed(body: string, start: number, end: number): Span {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return { start, end };
}

/** All quoted runs of the body, paragraph by paragraph, in order. */
export function findQuotedRuns(body: string, paragraphs: Span[]): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let openFromPrevious = false;
  paragraphs.forEach((para, p) => {
    let first = true;
    let openAtEnd = false;
    for (let i = para.start; i < para.end; i++) {
      if (!isOpening(body, i, para) && !isContinuationOpening(body, i, para, first && openFromPrevious)) continue;
      const close = findClose(body, i, para);
      const continued = first && openFromPrevious && i === para.start;
      first = false;
      runs.push({ open: i, close: close >= 0 ? close : null, text: trimmed(body, i + 1, close >= 0 ? close : para.end), paragraph: p, continued });
      if (close < 0) { openAtEnd = true; break; }
      i = close;
    }
    openFromPrevious = openAtEnd;
  });
  return runs.filter((r) => r.text.end > r.text.start);
}
