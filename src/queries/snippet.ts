/**
 * Search highlighting with bounded work. SQLite's snippet() scores a window at every match
 * against every other match, and its highlight() rebuilds its output string at every match: both
 * are quadratic in the matches of one text ("the" in a 500 KB transcript took seconds). Here the
 * database returns a bounded passage (PASSAGE_CHARS characters from just before the first
 * occurrence of a query word) and the window is chosen (by snippet()'s own scores) and marked in
 * linear passes over at most SCAN_TOKENS tokens of it: the cost per hit is bounded whatever the
 * article holds.
 */

/** Marks around each match; replaced by <mark> tags after HTML escaping (search.query.ts). */
export const OPEN = '\u0001';
export const CLOSE = '\u0002';

/** Tokens in a snippet (as FTS5's snippet() was asked for). */
export const SNIPPET_TOKENS = 20;
/** Characters of body the database returns per hit, and how many of them precede the first match. */
export const PASSAGE_CHARS = 8000;
export const PASSAGE_LEAD = 400;
/** Most tokens of a passage looked at when choosing the window. */
const SCAN_TOKENS = 1500;
/** Longest title returned, in characters (titles are names and headlines; longer ones are cut). */
export const TITLE_CHARS = 600;

/** Whether a token (as written) matches the search; see matcherOf. */
export type TokenMatcher = (token: string) => boolean;

/** A body passage as the database returns it (positions in characters, 1-based as in SQL). */
export interface Passage {
  /** The body from `start` on, at most PASSAGE_CHARS characters. */
  text: string;
  /** Where `text` starts in the whole body (1 = its beginning). */
  start: number;
  /** Length of the whole body. */
  length: number;
}

interface Token { start: number; end: number; key: string | null; sentence: boolean }

/** Token characters of FTS5's unicode61 tokenizer: letters, numbers and marks. */
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/** Case and accents removed, as `unicode61 remove_diacritics 2` folds tokens. */
export function foldToken(token: string): string {
  return token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The matcher of a search's words (see toFtsQuery): a whole word, or the last word as a prefix. */
export function matcherOf(words: string[]): TokenMatcher {
  const folded = words.map(foldToken);
  const whole = new Set(folded);
  const prefix = folded[folded.length - 1] ?? '';
  return (token) => {
    const key = foldToken(token);
    return whole.has(key) || (prefix !== '' && key.startsWith(prefix));
  };
}

/** Whether the token at `at` starts a sentence as FTS5 sees it: after white space that follows "." or ":". */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && ' \t\n\r'.includes(text[i])) i--;
  return i !== at - 1 && (text[i] === '.' || text[i] === ':');
}

/** The text's first `max` tokens, each matched token keyed by its folded form. */
function tokensOf(text: string, isMatch: TokenMatcher, max: number, skipFirst = false): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && tokens.length < max; m = TOKEN.exec(text)) {
    if (skipFirst && m.index === 0) continue; // cut by the passage's start
    const sentence = (!skipFirst && tokens.length === 0) || startsSentence(text, m.index);
    tokens.push({ start: m.index, end: m.index + m[0].length, key: isMatch(m[0]) ? foldToken(m[0]) : null, sentence });
  }
  return tokens;
}

/** text[from, to) with every matched token wrapped in OPEN/CLOSE. */
function marked(text: string, tokens: Token[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const t of tokens) {
    if (t.key === null || t.start < from || t.end > to) continue;
    out += `${text.slice(at, t.start)}${OPEN}${text.slice(t.start, t.end)}${CLOSE}`;
    at = t.end;
  }
  return out + text.slice(at, to);
}

/** Matched words in a window of tokens, kept as the window slides right (two pointers over the hits). */
class WindowScore {
  private readonly counts = new Map<string, number>();
  private lo = 0;
  private hi = 0;

  constructor(private readonly tokens: Token[], private readonly hits: number[]) {}

  /** FTS5's score of the window [from, from + SNIPPET_TOKENS): 1000 per distinct word, 1 per repeat; `from` never decreases. */
  score(from: number): { score: number; first: number; last: number } {
    const { tokens, hits, counts } = this;
    for (; this.hi < hits.length && hits[this.hi] < from + SNIPPET_TOKENS; this.hi++) this.add(tokens[hits[this.hi]].key!, 1);
    for (; this.lo < this.hi && hits[this.lo] < from; this.lo++) this.add(tokens[hits[this.lo]].key!, -1);
    const n = this.hi - this.lo;
    return { score: counts.size * 1000 + n - counts.size, first: n ? hits[this.lo] : from, last: n ? hits[this.hi - 1] + 1 : from };
  }

  private add(key: string, by: number): void {
    const n = (this.counts.get(key) ?? 0) + by;
    if (n === 0) this.counts.delete(key); else this.counts.set(key, n);
  }
}

/**
 * The first token of the best window, chosen as FTS5's snippet() chooses it but in linear time:
 * for each match, the window starting there (centred on its matches), then the window starting
 * at the sentence the match is in (100 points better, 120 at the very start); earliest on ties.
 */
function bestStart(tokens: Token[], atDocStart: boolean): number {
  const hits = tokens.flatMap((t, i) => (t.key === null ? [] : [i]));
  const atMatch = new WindowScore(tokens, hits);
  const atSentence = new WindowScore(tokens, hits);
  const fits = (from: number) => Math.max(0, Math.min(from, tokens.length - SNIPPET_TOKENS));
  let best = { score: 0, start: 0 };
  let sentence = -1;
  let t = 0;
  for (const hit of hits) {
    for (; t < hit; t++) if (tokens[t].sentence) sentence = t;
    const w = atMatch.score(hit);
    if (w.score > best.score) best = { score: w.score, start: fits(w.first - Math.floor((SNIPPET_TOKENS - (w.last - w.first)) / 2)) };
    if (sentence < 0 || tokens.length <= SNIPPET_TOKENS) continue;
    const s = atSentence.score(sentence).score + (sentence === 0 && atDocStart ? 120 : 100);
    if (s > best.score) best = { score: s, start: sentence };
  }
  return best.start;
}

/** The snippet of a passage: SNIPPET_TOKENS tokens with the matches marked, "…" where the body goes on. */
export function snippetOf(passage: Passage, isMatch: TokenMatcher): string {
  const cutAtStart = passage.start > 1;
  const tokens = tokensOf(passage.text, isMatch, SCAN_TOKENS, cutAtStart);
  if (tokens.length === 0) return '';
  const from = bestStart(tokens, !cutAtStart);
  const to = Math.min(tokens.length, from + SNIPPET_TOKENS) - 1;
  const textEnds = passage.start - 1 + passage.text.length >= passage.length;
  const atEnd = to === tokens.length - 1 && textEnds && !/[\p{L}\p{N}\p{M}]/u.test(passage.text.slice(tokens[to].end));
  const text = marked(passage.text, tokens, tokens[from].start, atEnd ? passage.text.length : tokens[to].end);
  return `${from > 0 || cutAtStart ? '…' : ''}${text}${atEnd ? '' : '…'}`;
}

/** A title with its matches marked, cut to TITLE_CHARS characters. */
export function markTitle(title: string, isMatch: TokenMatcher): string {
  const cut = title.length > TITLE_CHARS;
  const text = cut ? title.slice(0, TITLE_CHARS) : title;
  const tokens = tokensOf(text, isMatch, Infinity);
  return marked(text, tokens, 0, text.length) + (cut ? '…' : '');
}
