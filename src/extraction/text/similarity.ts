/**
 * String similarity for in-article merging: edit distance and initials.
 */

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

const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&', 'de', 'du', 'des', 'la', 'le']);

/** First letters of the significant words: "National Academy of Sciences of Belarus" -> "NASB". */
export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !MINOR.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');
}

/** Significant words of a name, lower case, possessives stripped. */
export function contentWords(name: string): string[] {
  return name.toLowerCase().replace(/['’]s?\b/g, '').split(/[^\p{L}\d]+/u).filter((w) => w && !MINOR.has(w));
}
