import type { DataSource } from 'typeorm';
import { toGlobalId as gid } from '../../src/queries/ids';

type Row = Record<string, any>;
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const NEWEST = 'q.publishedTs DESC, q.articleId DESC, q.startOffset ASC';
const RANK_COLS = 'q.publishedTs AS ts, q.articleId AS aid, q.startOffset AS so';
const RANK = 'ts DESC, aid DESC, so ASC';

/**
 * The first `n` rows per parent, one statement: a UNION ALL of per-parent `ORDER BY ... LIMIT n`
 * (each on the parent's index), ordered by parent then `rank` (the branch's own sort keys).
 */
function firstPerParent(from: string, parent: string, cols: string, order: string, rank: string, ids: number[], n: number): [string, number[]] {
  const branch = `SELECT * FROM (SELECT ${parent} AS parent, ${cols} FROM ${from} WHERE ${parent} = ? ORDER BY ${order} LIMIT ${n}) AS b`;
  return [`${ids.map(() => branch).join(' UNION ALL ')} ORDER BY parent, ${rank}`, ids];
}

function groupBy(rows: Row[]): Map<number, Row[]> {
  const out = new Map<number, Row[]>();
  for (const r of rows) out.set(r.parent, [...(out.get(r.parent) ?? []), r]);
  return out;
}

/**
 * Q4 on the ceiling: the events page with places, then one windowed statement each for
 * participants (with names), their people's first 3 quotes, and each event's first 5 quotes.
 */
export async function q4(ds: DataSource) {
  const events: Row[] = await ds.query(`SELECT e.id, e.name, e.kind, e.startDate, pl.name AS placeName FROM event e
    LEFT JOIN place pl ON pl.id = e.placeId ORDER BY e.startDate DESC NULLS LAST, e.id DESC LIMIT 20`);
  const ids = events.map((e) => e.id);
  if (!ids.length) return { events: { edges: [] } };
  const parts = groupBy(await ds.query(...firstPerParent(
    'event_participant p LEFT JOIN person pe ON pe.id = p.personId LEFT JOIN organization o ON o.id = p.organizationId', 'p.eventId',
    'p.id AS pid, p.personId IS NULL AS isOrg, p.personId, p.organizationId, COALESCE(pe.name, o.name) AS name', 'p.personId IS NULL, p.id ASC', 'isOrg, pid', ids, 10)));
  const people = [...new Set([...parts.values()].flat().filter((p) => p.personId !== null).map((p) => p.personId as number))];
  const said = people.length ? groupBy(await ds.query(...firstPerParent('quote q', 'q.speakerId', `q.id, q.text, ${RANK_COLS}`, NEWEST, RANK, people, 3))) : new Map();
  const eventQuotes = groupBy(await ds.query(...firstPerParent('quote q LEFT JOIN person s ON s.id = q.speakerId', 'q.eventId',
    `q.id, q.text, q.speakerId, s.name, ${RANK_COLS}`, NEWEST, RANK, ids, 5)));
  return { events: { edges: events.map((e) => ({ node: {
    id: gid('Event', e.id), name: e.name, kind: e.kind, startDate: e.startDate, place: e.placeName === null ? null : { name: e.placeName },
    participants: { edges: (parts.get(e.id) ?? []).map((p) => ({ node: p.personId !== null
      ? { __typename: 'Person', id: gid('Person', p.personId), name: p.name, quotes: { edges: (said.get(p.personId) ?? []).map((q: Row) => ({ node: { id: gid('Quote', q.id), text: q.text } })) } }
      : { __typename: 'Organization', id: gid('Organization', p.organizationId), name: p.name } })) },
    quotes: { edges: (eventQuotes.get(e.id) ?? []).map((q) => ({ node: { id: gid('Quote', q.id), text: q.text, speaker: q.speakerId === null ? null : { name: q.name } } })) },
  } })) } };
}
