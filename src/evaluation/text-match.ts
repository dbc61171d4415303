/**
 * Text comparison for the evaluator: quote normalization, token overlap and one-to-one matching.
 */
import { nameKey } from '../text/fold';

const DOUBLE_MARKS = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e]/g;
const SINGLE_MARKS = /[\u2018\u2019\u201a\u201b\u2039\u203a\u2032`]/g;
const EDGE_PUNCTUATION = /^[\s"'.,;:!?\u2026\u2013\u2014-]+|[\s"'.,;:!?\u2026\u2013\u2014-]+$/g;

/** Fold quote marks and dashes, collapse whitespace, strip edge punctuation, lower-case. */
export function normalizeQuoteText(text: string): string {
  return text
    .replace(DOUBLE_MARKS, '"')
    .replace(SINGLE_MARKS, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(EDGE_PUNCTUATION, '')
    .toLowerCase();
}

/** Word tokens (letters and digits) of a text, lower case. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token-level overlap F1 (bag of words, SQuAD style) between two texts. */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return ta.length === tb.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

/** True when two names share a fold key ("Sergei Chizhik" ~ "Sergey Chizhik"). */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const ka = nameKey(a);
  return ka !== '' && ka === nameKey(b);
}

/** True when any name of `a` shares a fold key with any name of `b`. */
export function anyNameMatches(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map(nameKey).filter(Boolean));
  return b.some((name) => keys.has(nameKey(name)));
}

/** A pairing of expected index to predicted index. */
export interface Pair {
  expected: number;
  predicted: number;
}

/**
 * One-to-one greedy matching: `score(e, p)` is 0 for "no match" and higher for better matches;
 * pairs are taken best first, so an exact match is never stolen by a weaker one.
 */
export function matchOneToOne(
  expectedCount: number,
  predictedCount: number,
  score: (e: number, p: number) => number,
): Pair[] {
  const candidates: Array<Pair & { score: number }> = [];
  for (let e = 0; e < expectedCount; e += 1) {
    for (let p = 0; p < predictedCount; p += 1) {
      const s = score(e, p);
      if (s > 0) candidates.push({ expected: e, predicted: p, score: s });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.expected - y.expected || x.predicted - y.predicted);
  const usedE = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedE.has(c.expected) || usedP.has(c.predicted)) continue;
    usedE.add(c.expected);
    usedP.add(c.predicted);
    pairs.push({ expected: c.expected, predicted: c.predicted });
  }
  return pairs.sort((x, y) => x.expected - y.expected);
}
