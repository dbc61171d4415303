/**
 * Keyset pagination: a cursor holds the sort-key values of the item it points at, and the next
 * page is "the items that sort after these values", so items ingested between two requests never
 * shift a page (an offset would repeat or skip them). One predicate serves lists and relations.
 */

/** A value of a sort key as stored in a cursor. */
export type KeyValue = number | string | null;

/** One ORDER BY term: expression, direction, and where NULLs sort. */
export interface OrderTerm {
  expr: string;
  desc: boolean;
  nullsFirst: boolean;
}

/** Parse "a.publishedTs DESC NULLS LAST, a.id DESC" (SQLite's defaults: NULLs first ascending, last descending). */
export function parseOrder(order: string): OrderTerm[] {
  return order.split(',').map((term) => {
    const m = /^(.*?)(?:\s+(ASC|DESC))?(?:\s+NULLS\s+(FIRST|LAST))?$/i.exec(term.trim())!;
    const desc = (m[2] ?? 'ASC').toUpperCase() === 'DESC';
    return { expr: m[1], desc, nullsFirst: m[3] ? m[3].toUpperCase() === 'FIRST' : !desc };
  });
}

/** The terms read the other way round (for `last`/`before`). */
export function reverseOrder(terms: OrderTerm[]): OrderTerm[] {
  return terms.map((t) => ({ ...t, desc: !t.desc, nullsFirst: !t.nullsFirst }));
}

/**
 * ORDER BY text of terms; `alias(i)` names a term by its selected column instead of its
 * expression. NULLS is written only where it differs from SQLite's default, so indexes still serve.
 */
export function orderSql(terms: OrderTerm[], alias?: (i: number) => string): string {
  return terms.map((t, i) => {
    const nulls = t.nullsFirst === !t.desc ? '' : ` NULLS ${t.nullsFirst ? 'FIRST' : 'LAST'}`;
    return `${alias ? alias(i) : t.expr} ${t.desc ? 'DESC' : 'ASC'}${nulls}`;
  }).join(', ');
}

/** Sort-key columns selected beside a row: "expr AS o0, expr AS o1". */
export function keyColumns(terms: OrderTerm[]): string {
  return terms.map((t, i) => `${t.expr} AS o${i}`).join(', ');
}

/** The sort-key values of a row that selected keyColumns. */
export function keyOf(row: Record<string, unknown>, terms: OrderTerm[]): KeyValue[] {
  return terms.map((_, i) => (row[`o${i}`] ?? null) as KeyValue);
}

/** "expr sorts strictly after value" for one term. */
function beyond(t: OrderTerm, value: KeyValue): { sql: string; params: KeyValue[] } {
  if (value === null) return t.nullsFirst ? { sql: `${t.expr} IS NOT NULL`, params: [] } : { sql: '1 = 0', params: [] };
  const cmp = `${t.expr} ${t.desc ? '<' : '>'} ?`;
  return t.nullsFirst ? { sql: cmp, params: [value] } : { sql: `(${cmp} OR ${t.expr} IS NULL)`, params: [value] };
}

function equal(t: OrderTerm, value: KeyValue): { sql: string; params: KeyValue[] } {
  return value === null ? { sql: `${t.expr} IS NULL`, params: [] } : { sql: `${t.expr} = ?`, params: [value] };
}

/**
 * The condition "sorts after `values`" over `terms`, lexicographically:
 * t0 beyond v0, or t0 = v0 and t1 beyond v1, and so on.
 */
export function afterKey(terms: OrderTerm[], values: KeyValue[]): { sql: string; params: KeyValue[] } {
  const branches: string[] = [];
  const params: KeyValue[] = [];
  terms.forEach((t, i) => {
    const parts = terms.slice(0, i).map((p, j) => equal(p, values[j]));
    parts.push(beyond(t, values[i]));
    branches.push(`(${parts.map((p) => p.sql).join(' AND ')})`);
    params.push(...parts.flatMap((p) => p.params));
  });
  return { sql: `(${branches.join(' OR ')})`, params };
}
