import { DataSource } from 'typeorm';
import { Page } from './page';
import { isPostgres } from '../db/dialect';
import { fromSearchRowId, SearchKind, searchWords, toFtsQuery, toTsQuery } from './fts';
import { CLOSE, markTitle, matcherOf, OPEN, PASSAGE_CHARS, PASSAGE_LEAD, snippetOf, TITLE_CHARS } from './snippet';

export interface SearchRow {
  kind: SearchKind;
  id: number;
  score: number;
  /** HTML-escaped text with matches wrapped in <mark>…</mark>. */
  title: string;
  snippet: string;
}

/** Escape text for HTML, then turn the highlight markers into <mark> tags. */
export function markHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>');
}

function kindCondition(kinds: SearchKind[] | undefined): string {
  return kinds && kinds.length ? ` AND rowid % 8 IN (${kinds.map(Number).join(', ')})` : '';
}

interface PassageRow { rowid: number; title: string; passage: string; start: number; length: number }

/**
 * The title and a bounded passage of the body of each hit, from just before the first occurrence
 * (a plain substring search, linear) of the search's longest word; the start when there is none.
 */
async function passages(ds: DataSource, anchor: string, rowids: number[]): Promise<Map<number, PassageRow>> {
  const [max, instr] = isPostgres(ds) ? ['greatest', 'strpos'] : ['max', 'instr'];
  const rows: PassageRow[] = await ds.query(
    `WITH h AS MATERIALIZED (
       SELECT rowid, substr(title, 1, ${TITLE_CHARS + 1}) AS title, body,
              ${max}(1, ${instr}(lower(body), ?) - ${PASSAGE_LEAD}) AS start
       FROM search_index WHERE rowid IN (${rowids.join(', ')}))
     SELECT rowid, title, start, length(body) AS length, substr(body, start, ${PASSAGE_CHARS}) AS passage FROM h`,
    [anchor],
  );
  return new Map(rows.map((r) => [r.rowid, r]));
}

/**
 * One ranked page of the full-text index (BM25, titles weighted double), with highlighted
 * title and snippet, plus a lazy total count. Free text is made safe by toFtsQuery. Ranking
 * touches only rowids and scores; the page's hits are then highlighted with bounded work (snippet.ts).
 */
export async function searchPage(ds: DataSource, text: string, kinds: SearchKind[] | undefined, page: Page) {
  const pg = isPostgres(ds);
  const match = pg ? toTsQuery(text) : toFtsQuery(text);
  const filter = kindCondition(kinds);
  // PostgreSQL: the tsvector (title weight A, body B) over its GIN index, ranked by ts_rank_cd.
  const matches = pg ? `tsv @@ to_tsquery('simple', ?)` : 'search_index MATCH ?';
  const score = pg ? `-ts_rank_cd(tsv, to_tsquery('simple', ?))` : 'bm25(search_index, 2.0, 1.0)';
  const count = async () => {
    if (!match) return 0;
    const [row] = await ds.query(`SELECT COUNT(*) AS n FROM search_index WHERE ${matches}${filter}`, [match]);
    return Number(row.n);
  };
  if (!match || page.limit === 0) return { rows: [] as SearchRow[], hasNextPage: false, count };
  const ranked: { rowid: number; score: number }[] = await ds.query(
    `SELECT rowid, ${score} AS score
     FROM search_index WHERE ${matches}${filter} ORDER BY score${pg ? ', rowid' : ''} LIMIT ? OFFSET ?`,
    [...(pg ? [match] : []), match, page.limit + 1, page.offset],
  );
  const top = ranked.slice(0, page.limit);
  const words = searchWords(text);
  const anchor = words.reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase();
  const found = top.length ? await passages(ds, anchor, top.map((r) => r.rowid)) : new Map<number, PassageRow>();
  const isMatch = matcherOf(words);
  const rows = top.map((r) => {
    const p = found.get(r.rowid);
    const snippet = p ? snippetOf({ text: p.passage, start: p.start, length: p.length }, isMatch) : '';
    return { ...fromSearchRowId(r.rowid), score: -r.score, title: markHtml(markTitle(p?.title ?? '', isMatch)), snippet: markHtml(snippet) };
  });
  return { rows, hasNextPage: ranked.length > page.limit, count };
}
