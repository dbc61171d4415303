/**
 * Statements: the quotes of one speaker with the same words, whichever article reported them, are
 * one Statement. Words match on their folded form (case, punctuation, quote marks and white space
 * do not matter); a quote of fewer than MIN_WORDS words never joins another article's report, and
 * a quote with no known speaker belongs to no statement. assignStatements is the one rule, run at
 * ingest, by corrections that change speakers and by re-extraction; it only moves quotes whose
 * statement no longer fits them, so running it again changes nothing.
 */
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { IndexedQuote } from './search-writer';
import { insertNew, insertRows } from './sql';

/** Fewer words than this are too common to say two reports are one statement. */
export const MIN_WORDS = 6;

/** The folded words of a quote, hashed (a key of bounded length); null when shorter than MIN_WORDS words. */
export function statementKey(text: string): string | null {
  const words = text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS) return null;
  return createHash('sha256').update(words.join(' ')).digest('hex');
}

interface QuoteState {
  id: number;
  text: string;
  speakerId: number | null;
  statementId: number | null;
  statementSpeaker: number | null;
  statementKey: string | null;
}

/** Whether a quote's statement is the one the rule gives it (no speaker: none). */
function fits(q: QuoteState, key: string | null): boolean {
  if (q.speakerId === null) return q.statementId === null;
  return q.statementId !== null && q.statementSpeaker === q.speakerId && q.statementKey === key;
}

/** A quote to give a statement: its id, speaker and folded words. */
interface Wanted { quoteId: number; speakerId: number; key: string | null; text: string }

/**
 * The statement each of `wanted` belongs to (quote id -> statement id), created where there is
 * none: the speaker's statement with the same words, or a new one of its own for a short quote.
 * One look-up, one multi-row insert and one more look-up for all of them together, not three
 * statements a quote (ingest is bound by statement round trips, not by SQLite's own work).
 */
async function statementsFor(manager: EntityManager, wanted: Wanted[]): Promise<Map<number, number>> {
  const byQuote = new Map<number, number>();
  const pair = (speakerId: number, key: string) => `${speakerId} ${key}`;
  const keyed = wanted.filter((w) => w.key !== null);
  if (keyed.length > 0) {
    const keys = [...new Set(keyed.map((w) => w.key!))];
    const speakers = [...new Set(keyed.map((w) => w.speakerId))];
    // Both columns constrained, so the look-up walks the (speakerId, textKey) unique index.
    const find = async () => {
      const rows: { id: number; speakerId: number; textKey: string }[] = await manager.query(
        `SELECT id, speakerId, textKey FROM statement WHERE speakerId IN (${speakers.map(() => '?').join(', ')}) AND textKey IN (${keys.map(() => '?').join(', ')})`, [...speakers, ...keys]);
      return new Map(rows.map((r) => [pair(r.speakerId, r.textKey), r.id]));
    };
    let found = await find();
    const missing = new Map<string, Wanted>();
    for (const w of keyed) {
      const k = pair(w.speakerId, w.key!);
      if (!found.has(k) && !missing.has(k)) missing.set(k, w);
    }
    if (missing.size > 0) {
      // OR IGNORE (ON CONFLICT DO NOTHING on PostgreSQL): another transaction may store one first; the unique key decides.
      await insertRows(manager, 'statement', ['text', 'textKey', 'speakerId'], [...missing.values()].map((w) => [w.text, w.key, w.speakerId]), 'OR IGNORE');
      found = await find();
    }
    for (const w of keyed) byQuote.set(w.quoteId, found.get(pair(w.speakerId, w.key!))!);
  }
  // A short quote is too common to join another report: it always gets a statement of its own.
  for (const w of wanted) if (w.key === null) byQuote.set(w.quoteId, await insertNew(manager, 'statement', { text: w.text, textKey: null, speakerId: w.speakerId }));
  return byQuote;
}

/** Set each quote's statement (quote id -> statement id or null) in one UPDATE per chunk. */
async function setStatements(manager: EntityManager, targets: [number, number | null][]): Promise<void> {
  for (let i = 0; i < targets.length; i += 400) {
    const chunk = targets.slice(i, i + 400);
    await manager.query(
      `UPDATE quote SET statementId = CASE id ${chunk.map(() => 'WHEN ? THEN CAST(? AS INTEGER)').join(' ')} END WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      [...chunk.flat(), ...chunk.map(([id]) => id)],
    );
  }
}

const QUOTE_STATE = `SELECT q.id, q.text, q.speakerId, q.statementId, s.speakerId AS statementSpeaker, s.textKey AS statementKey
  FROM quote q LEFT JOIN statement s ON s.id = q.statementId`;

/** Move those of `quotes` whose statement no longer fits them; the statements they leave go into `emptied`. */
async function reassign(manager: EntityManager, quotes: QuoteState[], emptied: Set<number>): Promise<void> {
  const moved = quotes.map((q) => ({ q, key: statementKey(q.text) })).filter(({ q, key }) => !fits(q, key));
  if (moved.length === 0) return;
  for (const { q } of moved) if (q.statementId !== null) emptied.add(q.statementId);
  const targets = await statementsFor(manager, moved.flatMap(({ q, key }) => (q.speakerId === null ? [] : [{ quoteId: q.id, speakerId: q.speakerId, key, text: q.text }])));
  await setStatements(manager, moved.map(({ q }) => [q.id, targets.get(q.id) ?? null]));
}

/** Give each of `quoteIds` the statement it belongs to; statements left without a report go. */
export async function assignStatements(manager: EntityManager, quoteIds: number[]): Promise<void> {
  const emptied = new Set<number>();
  for (let i = 0; i < quoteIds.length; i += 500) {
    const chunk = quoteIds.slice(i, i + 500);
    await reassign(manager, await manager.query(`${QUOTE_STATE} WHERE q.id IN (${chunk.map(() => '?').join(', ')}) ORDER BY q.id`, chunk), emptied);
  }
  await dropEmptyStatements(manager, [...emptied]);
}

/** Delete those of `statementIds` no quote reports any more. */
export async function dropEmptyStatements(manager: EntityManager, statementIds: number[]): Promise<void> {
  if (statementIds.length === 0) return;
  await manager.query(
    `DELETE FROM statement WHERE id IN (${statementIds.map(() => '?').join(', ')}) AND NOT EXISTS (SELECT 1 FROM quote WHERE quote.statementId = statement.id)`, statementIds,
  );
}

/** assignStatements for every quote of one article (read with one statement); returns its quotes, by id. */
export async function assignArticleStatements(manager: EntityManager, articleId: number): Promise<IndexedQuote[]> {
  const quotes: QuoteState[] = await manager.query(`${QUOTE_STATE} WHERE q.articleId = ? ORDER BY q.id`, [articleId]);
  const emptied = new Set<number>();
  for (let i = 0; i < quotes.length; i += 500) await reassign(manager, quotes.slice(i, i + 500), emptied);
  await dropEmptyStatements(manager, [...emptied]);
  return quotes.map((q) => ({ id: q.id, text: q.text, speakerId: q.speakerId }));
}
