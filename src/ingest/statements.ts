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
import { insertNew, insertOne } from './sql';

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

/** The statement of `speakerId` with words `key`, created when there is none (a short quote always gets its own). */
async function statementFor(manager: EntityManager, speakerId: number, key: string | null, text: string): Promise<number> {
  if (key === null) return insertNew(manager, 'statement', { text, textKey: null, speakerId });
  const find = async () => (await manager.query('SELECT id FROM statement WHERE speakerId = ? AND textKey = ?', [speakerId, key]))[0]?.id as number | undefined;
  // PostgreSQL: another transaction may create it between the look-up and the insert (the unique key decides).
  return (await find()) ?? (await insertOne(manager, 'statement', { text, textKey: key, speakerId }, true)) ?? (await find())!;
}

/** Give each of `quoteIds` the statement it belongs to; statements left without a report go. */
export async function assignStatements(manager: EntityManager, quoteIds: number[]): Promise<void> {
  const emptied = new Set<number>();
  for (let i = 0; i < quoteIds.length; i += 500) {
    const chunk = quoteIds.slice(i, i + 500);
    const quotes: QuoteState[] = await manager.query(
      `SELECT q.id, q.text, q.speakerId, q.statementId, s.speakerId AS statementSpeaker, s.textKey AS statementKey
       FROM quote q LEFT JOIN statement s ON s.id = q.statementId WHERE q.id IN (${chunk.map(() => '?').join(', ')}) ORDER BY q.id`, chunk,
    );
    for (const q of quotes) {
      const key = statementKey(q.text);
      if (fits(q, key)) continue;
      if (q.statementId !== null) emptied.add(q.statementId);
      const target = q.speakerId === null ? null : await statementFor(manager, q.speakerId, key, q.text);
      await manager.query('UPDATE quote SET statementId = ? WHERE id = ?', [target, q.id]);
    }
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

/** assignStatements for every quote of one article. */
export async function assignArticleStatements(manager: EntityManager, articleId: number): Promise<void> {
  const rows: { id: number }[] = await manager.query('SELECT id FROM quote WHERE articleId = ? ORDER BY id', [articleId]);
  await assignStatements(manager, rows.map((r) => r.id));
}
