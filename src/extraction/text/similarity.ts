/**
 * String similarity for merging names, inside an article and across articles: one edit distance,
 * one table of misspelling allowances, initials and content words.
 */
import { NAME_MINOR_WORDS } from '../lexicon/function-words';

/** Levenshtein distance with adjacent transposition counted as one edit (bounded by `max`). */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Where two spellings meet: which allowance of MISSPELLING applies. */
export type MisspellingScope = 'personName' | 'organizationName' | 'nameWord' | 'acrossArticles';

/**
 * How many edits two spellings of one name may differ by, by the shorter one's length: rows of
 * [minimum length, edits], the last row that applies wins; shorter names never count as misspelt.
 * Across articles the bar is higher (one edit from 8 letters), since a wrong merge there joins
 * two real entities for good.
 */
export const MISSPELLING: Record<MisspellingScope, ReadonlyArray<readonly [number, number]>> = {
  personName: [[8, 2]],
  organizationName: [[12, 2]],
  nameWord: [[7, 2]],
  acrossArticles: [[8, 1], [14, 2]],
};

/** Whether `a` and `b` (already folded) are one name misspelt: same first letter, within the scope's edits. */
export function isMisspelling(a: string, b: string, scope: MisspellingScope): boolean {
  if (a === b || !a || a[0] !== b[0]) return false;
  const len = Math.min(a.length, b.length);
  const allowed = MISSPELLING[scope].reduce((n, [min, edits]) => (len >= min ? edits : n), 0);
  return allowed > 0 && editDistance(a, b, allowed) <= allowed;
}

/** First letters of the significant words: "National Academy of Sciences of Belarus" -> "NASB". */
export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !NAME_MINOR_WORDS.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');
}

/** Significant words of a name, lower case, possessives stripped. */
export function contentWords(name: string): string[] {
  return name.toLowerCase().replace(/['’]s?\b/g, '').split(/[^\p{L}\d]+/u).filter((w) => w && !NAME_MINOR_WORDS.has(w));
}
