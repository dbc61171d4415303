import { DataSource } from 'typeorm';
import { Page } from './page';
import { fromSearchRowId, SearchKind, toFtsQuery } from './fts';

export interface SearchRow {
  kind: SearchKind;
  id: number;
  score: number;
  /** HTML-escaped text with matches wrapped in <mark>…</mark>. */
  title: string;
  snippet: string;
}

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Escape text for HTML, then turn the FTS markers into <mark> tags. */
export function markHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>');
}

function kindCondition(kinds: SearchKind[] | undefined): string {
  return kinds && kinds.length ? ` AND rowid % 8 IN (${kinds.map(Number).join(', ')})` : '';
}

/**
 * One ranked page of the full-text index (BM25, titles weighted double), with highlighted
 * title and snippet, plus a lazy total count. Free text is made safe by toFtsQuery.
 */
export async function searchPage(ds: DataSource, text: string, kinds: SearchKind[] | undefined, page: Page) {
  const match = toFtsQuery(text);
  const filter = kindCondition(kinds);
  const count = async () => {
    if (!match) return 0;
    const [row] = await ds.query(`SELECT COUNT(*) AS n FROM search_index WHERE search_index MATCH ?${filter}`, [match]);
    return Number(row.n);
  };
  if (!match || page.limit === 0) return { rows: [] as SearchRow[], hasNextPage: false, count };
  const raw: { rowid: number; score: number; title: string; snippet: string }[] = await ds.query(
    `SELECT rowid, bm25(search_index, 2.0, 1.0) AS score,
            highlight(search_index, 0, '${OPEN}', '${CLOSE}') AS title,
            snippet(search_index, 1, '${OPEN}', '${CLOSE}', '…', 20) AS snippet
     FROM search_index WHERE search_index MATCH ?${filter} ORDER BY score LIMIT ? OFFSET ?`,
    [match, page.limit + 1, page.offset],
  );
  const rows = raw.slice(0, page.limit).map((r) => ({
    ...fromSearchRowId(r.rowid), score: -r.score, title: markHtml(r.title), snippet: markHtml(r.snippet),
  }));
  return { rows, hasNextPage: raw.length > page.limit, count };
}
