import { EntityManager } from 'typeorm';
import { CorrectionAction } from '../entities/enums';
import type { ExtractedArticle } from '../extraction/types';
import type { ResolvedEntities } from './entity-writer';
import { insertRows } from './sql';
import { dropEmptyStatements } from './statements';

/** The columns of a quote row the extraction decides, in insert order. */
const COLUMNS = [
  'kind', 'text', 'articleId', 'speakerId', 'speakerRoleId', 'speakerText', 'eventId', 'startOffset', 'endOffset',
  'sentenceStart', 'sentenceEnd', 'cueVerb', 'attribution', 'confidence', 'publishedTs',
] as const;
type QuoteRow = Record<(typeof COLUMNS)[number], unknown>;
type StoredQuote = QuoteRow & { id: number; statementId: number | null };

/** What a human correction (reassignQuote) decided; kept over what any extraction says. */
const CORRECTED = ['speakerId', 'attribution', 'confidence'] as const;

/** Where a quote stands in its article: two extractions finding the same words there find the same quote. */
const placeOf = (q: QuoteRow) => `${q.kind}:${q.startOffset}:${q.endOffset}`;

/** Equal as stored (PostgreSQL answers a bigint as a string). */
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || (a !== null && b !== null && a !== undefined && b !== undefined && String(a) === String(b));

function rowsOf(doc: ExtractedArticle, ent: ResolvedEntities, articleId: number, roles: Map<number, number>, publishedTs: number | null): QuoteRow[] {
  return doc.quotes.map((q) => {
    const speakerId = q.speakerKey ? ent.ids.PERSON.get(q.speakerKey) ?? null : null;
    return {
      kind: q.kind, text: q.text, articleId, speakerId, speakerRoleId: speakerId ? roles.get(speakerId) ?? null : null, speakerText: q.speakerText,
      eventId: q.eventKey ? ent.ids.EVENT.get(q.eventKey) ?? null : null, startOffset: q.span.start, endOffset: q.span.end,
      sentenceStart: q.sentence.start, sentenceEnd: q.sentence.end, cueVerb: q.cueVerb, attribution: q.attribution, confidence: q.confidence, publishedTs,
    };
  });
}

/** Which of `ids` a human gave another speaker (reassignQuote). */
async function correctedQuotes(manager: EntityManager, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows: { targetId: number }[] = await manager.query(
    `SELECT DISTINCT targetId FROM correction WHERE action = '${CorrectionAction.REASSIGN_QUOTE}' AND targetId IN (${ids.map(() => '?').join(', ')})`, ids,
  );
  return new Set(rows.map((r) => Number(r.targetId)));
}

/**
 * Every quote of the article, with its speaker, the speaker's role in this article, and its event.
 * A quote already stored at the same place (re-extraction) is updated in place and keeps its id,
 * and when a human reassigned it, its speaker; a stored quote the extraction no longer finds goes,
 * unless a human corrected it. Returns the ids of the quotes removed. `fresh`: the article has
 * nothing stored yet (persist.writeExtraction).
 */
export async function writeQuotes(manager: EntityManager, doc: ExtractedArticle, ent: ResolvedEntities, articleId: number, roles: Map<number, number>, publishedTs: number | null, fresh = false): Promise<number[]> {
  const rows = rowsOf(doc, ent, articleId, roles, publishedTs);
  const stored: StoredQuote[] = fresh ? [] : await manager.query(`SELECT id, statementId, ${COLUMNS.map((c) => `"${c}"`).join(', ')} FROM quote WHERE articleId = ?`, [articleId]);
  const corrected = await correctedQuotes(manager, stored.map((s) => s.id));
  const byPlace = new Map(stored.map((s) => [placeOf(s), s]));
  const added: QuoteRow[] = [];
  for (const row of rows) {
    const old = byPlace.get(placeOf(row));
    if (!old) { added.push(row); continue; }
    byPlace.delete(placeOf(row));
    if (corrected.has(old.id)) {
      for (const c of CORRECTED) row[c] = old[c];
      row.speakerRoleId = old.speakerId ? roles.get(Number(old.speakerId)) ?? null : null;
    }
    const changed = COLUMNS.filter((c) => !same(old[c], row[c]));
    if (changed.length) await manager.query(`UPDATE quote SET ${changed.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`, [...changed.map((c) => row[c]), old.id]);
  }
  await insertRows(manager, 'quote', [...COLUMNS], added.map((r) => COLUMNS.map((c) => r[c])));
  const gone = [...byPlace.values()].filter((s) => !corrected.has(s.id));
  if (gone.length) {
    await manager.query(`DELETE FROM quote WHERE id IN (${gone.map(() => '?').join(', ')})`, gone.map((s) => s.id));
    await dropEmptyStatements(manager, [...new Set(gone.flatMap((s) => (s.statementId === null ? [] : [s.statementId])))]);
  }
  return gone.map((s) => s.id);
}
