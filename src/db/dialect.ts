/**
 * The SQL dialect layer. Raw SQL in src/queries, src/loaders and src/ingest is written once, in
 * SQLite's dialect with `?` placeholders and bare camelCase columns; on PostgreSQL every statement
 * passes through `toPostgres` (installed on the DataSource's query runners by data-source.ts):
 *
 * - `?` placeholders become `$1`, `$2`, ...;
 * - bare camelCase identifiers (`entityId`, `a.publishedTs`) are quoted, since PostgreSQL folds
 *   unquoted names to lower case (SQLite compares them without case);
 * - ORDER BY terms get SQLite's NULL order written out (ASC NULLS FIRST, DESC NULLS LAST), which
 *   keyset cursors (queries/keyset.ts) rely on;
 * - `LIKE` becomes `ILIKE` (SQLite's LIKE ignores ASCII case);
 * - `x = ? COLLATE NOCASE` becomes `lower(x) = lower(?)`;
 * - `INSERT OR IGNORE INTO ...` becomes `INSERT INTO ... ON CONFLICT DO NOTHING`;
 * - `group_concat(x, sep)` becomes `string_agg(x, sep)` (`group_concat(DISTINCT x)`: sep ',').
 *
 * String literals and quoted identifiers are left as they are. What cannot be rewritten this way
 * (FTS5, SQLite's bare columns in GROUP BY, UPDATE OR IGNORE) branches on `isPostgres` at its call site.
 */
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

export type Dialect = 'sqlite' | 'postgres';

/** The dialect of a DataSource, an EntityManager or a QueryRunner. */
export function dialectOf(of: DataSource | EntityManager | QueryRunner): Dialect {
  const ds = 'connection' in of ? of.connection : (of as DataSource);
  return ds.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

export function isPostgres(of: DataSource | EntityManager | QueryRunner): boolean {
  return dialectOf(of) === 'postgres';
}

/** A condition that is never true, valid in both dialects (SQLite accepts `0`, PostgreSQL does not). */
export const NEVER = '1 = 0';

/** Case matters (camelCase is the point): keywords are matched as the code writes them, upper case. */
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\?|\b[a-z][a-z0-9]*[A-Z]\w*\b|\bLIKE\b|\bINSERT\s+OR\s+IGNORE\s+INTO\b|\bgroup_concat\(\s*DISTINCT\s+([\w."]+)\s*\)|\bgroup_concat\(|\b(?:ASC|DESC)\b(?!\s+NULLS)/g;

const cache = new Map<string, string>();

/** Rewrite one SQLite statement for PostgreSQL (see the module comment). Cached per text. */
export function toPostgres(sql: string): string {
  const hit = cache.get(sql);
  if (hit !== undefined) return hit;
  let n = 0;
  let ignore = false;
  const nocase = sql.replace(/([\w."]+)\s*=\s*\?\s+COLLATE\s+NOCASE/gi, 'lower($1) = lower(?)');
  let out = nocase.replace(TOKEN, (t, distinctArg?: string) => {
    if (t[0] === "'" || t[0] === '"') return t;
    if (t === '?') return `$${++n}`;
    if (t === 'ASC') return 'ASC NULLS FIRST';
    if (t === 'DESC') return 'DESC NULLS LAST';
    if (t === 'LIKE') return 'ILIKE';
    if (t.startsWith('INSERT')) { ignore = true; return 'INSERT INTO'; }
    if (distinctArg) return `string_agg(DISTINCT ${quoteCamel(distinctArg)}, ',')`;
    if (t.startsWith('group_concat')) return 'string_agg(';
    return `"${t}"`;
  });
  if (ignore) out = `${out.trimEnd()} ON CONFLICT DO NOTHING`;
  if (cache.size > 2000) cache.clear();
  cache.set(sql, out);
  return out;
}

function quoteCamel(expr: string): string {
  return expr.replace(/\b[a-z][a-z0-9]*[A-Z]\w*\b/g, (t) => `"${t}"`);
}
