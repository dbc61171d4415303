/**
 * The FTS5 search index: one table for articles, quotes, people, organizations, places and
 * events. Each entry's rowid is `id * 8 + kind code`, so the entry of an entity is found,
 * replaced and deleted by rowid, and a kind filter is `rowid % 8 = code`.
 */
export enum SearchKind { ARTICLE = 1, QUOTE = 2, PERSON = 3, ORGANIZATION = 4, PLACE = 5, EVENT = 6 }

/** The rowid of an entity's entry in search_index. */
export function searchRowId(kind: SearchKind, id: number): number {
  return id * 8 + kind;
}

/** The kind and id behind a search_index rowid. */
export function fromSearchRowId(rowid: number): { kind: SearchKind; id: number } {
  return { kind: rowid % 8, id: Math.floor(rowid / 8) };
}

/** The words of a search text, as toFtsQuery quotes them (at most 32). */
export function searchWords(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu)?.slice(0, 32) ?? [];
}

/**
 * The terms of a text as FTS5's `unicode61 remove_diacritics 2` tokenizer sees them: runs of
 * letters and digits, lower case, Latin letters without diacritics, joined by spaces. PostgreSQL's tsvector is
 * built from these (and its tsquery from the same fold), not from its own parser, whose words
 * depend on the server's locale ("U.S." is one word there, "Kovač" keeps its accent, and in the C
 * locale "Сергей" keeps its capital): so both backends find the same entries.
 */
export function searchTerms(text: string): string {
  const folded = text.normalize('NFKD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
  return folded.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu)?.join(' ') ?? '';
}

/** The same words as a PostgreSQL tsquery text ('a' & 'b':*), for to_tsquery('simple', ?). */
export function toTsQuery(text: string): string | null {
  const words = searchWords(text).flatMap((w) => searchTerms(w).split(' ')).filter(Boolean);
  if (words.length === 0) return null;
  const terms = words.map((w) => `'${w}'`);
  terms[terms.length - 1] += ':*';
  return terms.join(' & ');
}

/**
 * Turn free text typed by a user into a safe FTS5 MATCH expression: every word becomes a quoted
 * term (so FTS syntax such as NEAR, *, ", :, ( ) or - is matched literally, never parsed), all
 * words must occur, and the last word also matches as a prefix. Returns null when no word is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const terms = words.map((w) => `"${w}"`);
  terms[terms.length - 1] += '*';
  return terms.join(' ');
}
