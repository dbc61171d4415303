/**
 * Matching found direct quotes to the labelled ones of the real development set, exactly as
 * ../shared/eval-real/score.py does: a labelled quote is the text from its `start` words to its
 * `end` words; a found quote matches when their words overlap >= 80% (greedy, labelled order);
 * a speaker is right when surnames agree (up to transliteration) and given names are compatible.
 */

/** A labelled direct quote: its first and last words as written, and its speaker (null: no person). */
export interface LabelledQuote { start: string; end: string; speaker: string | null }

/** A found quote with the speaker's name (null: unknown) and whatever the caller tallies by. */
export interface FoundQuote { text: string; speaker: string | null }

/** One labelled quote's outcome: the found quote it matched (index) or null. */
export interface QuoteMatch<Q extends FoundQuote> { labelled: LabelledQuote; found: Q | null }

/** Words as score.py sees them: accents folded, lower case, letters and digits only. */
export function words(s: string | null | undefined): string[] {
  const folded = (s ?? '').normalize('NFKD').replace(/\p{M}/gu, '');
  return folded.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
}

function edits(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length];
}

const tr = (w: string) => w.replace(/y/g, 'i').replace(/ks/g, 'x');

/** Same surname (up to transliteration), and compatible given names (equal, initial, absent). */
export function nameMatch(found: string, labelled: string): boolean {
  const p = words(found);
  const g = words(labelled);
  if (!p.length || !g.length) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if (tr(p[p.length - 1]) !== tr(g[g.length - 1])) return false;
  if (p.length === 1 || g.length === 1) return true;
  const [a, b] = [tr(p[0]), tr(g[0])];
  if (a === b || (a[0] === b[0] && (p[0].length === 1 || g[0].length === 1))) return true;
  return Math.min(a.length, b.length) >= 5 && a[0] === b[0] && edits(a, b) <= 1;
}

/** Every span from an occurrence of `start` to the next `end` (a start can occur twice). */
function labelledSpans(text: string, q: LabelledQuote): string[] {
  const spans: string[] = [];
  for (let i = text.indexOf(q.start); i >= 0; i = text.indexOf(q.start, i + 1)) {
    const j = text.indexOf(q.end, i);
    if (j >= 0) spans.push(text.slice(i, j + q.end.length));
  }
  return spans.length ? spans : [q.start];
}

/** Shared words over the longer one's length. */
export function overlap(a: string, b: string): number {
  const [ta, tb] = [words(a), words(b)];
  if (!ta.length || !tb.length) return 0;
  const count = new Map<string, number>();
  for (const w of ta) count.set(w, (count.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of tb) {
    const n = count.get(w) ?? 0;
    if (n > 0) { shared++; count.set(w, n - 1); }
  }
  return shared / Math.max(ta.length, tb.length);
}

/** Each labelled quote of `text` with the found quote it matches (each found quote used once), then the found ones left. */
export function matchQuotes<Q extends FoundQuote>(text: string, labelled: LabelledQuote[], found: Q[]): { matches: Array<QuoteMatch<Q>>; extra: Q[] } {
  const used = new Set<number>();
  const matches = labelled.map((q) => {
    const spans = labelledSpans(text, q);
    let best = 0;
    let at = -1;
    found.forEach((f, k) => {
      const o = used.has(k) ? 0 : Math.max(...spans.map((s) => overlap(s, f.text)));
      if (o > best) { best = o; at = k; }
    });
    if (best < 0.8) return { labelled: q, found: null };
    used.add(at);
    return { labelled: q, found: found[at] };
  });
  return { matches, extra: found.filter((_, k) => !used.has(k)) };
}
