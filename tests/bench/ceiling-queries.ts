/**
 * The practical ceiling: Q1–Q4 answered with the fewest statements we know how to write, straight
 * on the read connection, shaped by hand into the exact JSON the GraphQL service returns.
 * No GraphQL, no entities, no loaders. Pure helpers (name folding, FTS query, cursors) are shared.
 */
import type { DataSource } from 'typeorm';
import { isPostgres } from '../../src/db/dialect';
import { EntityType } from '../../src/entities/enums';
import { SearchKind } from '../../src/queries/fts';
import { encodeCursor, encodeKeyCursor } from '../../src/queries/page';
import { searchPage } from '../../src/queries/search.query';
import { nameKey } from '../../src/text/fold';
import { NodeType, toGlobalId as gid } from '../../src/queries/ids';

type Row = Record<string, any>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const pageInfo = (last: Row | undefined, hasNextPage: boolean) => ({ hasNextPage, endCursor: last ? encodeKeyCursor([last.o0, last.o1, last.o2]) : null });
const NEWEST = 'q.publishedTs DESC, q.articleId DESC, q.startOffset ASC';

/** Q1: one statement for the speaker ids, one for the page (a limited index branch per speaker) with everything per quote, one for distinct roles (GROUP BY on its index). */
export async function q1(ds: DataSource, v: { speaker: string; first: number }) {
  const ids: number[] = (await ds.query('SELECT DISTINCT entityId AS id FROM alias WHERE entityType = ? AND key = ? ORDER BY entityId',
    [EntityType.PERSON, nameKey(v.speaker)])).map((r: Row) => r.id);
  const rows: Row[] = ids.length ? await ds.query(`SELECT q.id, q.kind, q.text, q.speakerId, p.name AS speakerName, sr.title AS roleTitle,
      so.name AS roleOrg, sr.organizationId AS roleOrgId, a.id AS articleId, a.headline, a.source, a.publishedAt, page.o0, page.o1, page.o2
    FROM (${ids.map(() => `SELECT * FROM (SELECT q.id, q.publishedTs AS o0, q.articleId AS o1, q.startOffset AS o2 FROM quote q
            WHERE q.speakerId = ? ORDER BY ${NEWEST} LIMIT ?) AS b`).join(' UNION ALL ')} ORDER BY o0 DESC, o1 DESC, o2 ASC LIMIT ?) page
    JOIN quote q ON q.id = page.id JOIN article a ON a.id = q.articleId LEFT JOIN person p ON p.id = q.speakerId
    LEFT JOIN person_role sr ON sr.id = q.speakerRoleId LEFT JOIN organization so ON so.id = sr.organizationId
    ORDER BY ${NEWEST}`, [...ids.flatMap((id) => [id, v.first + 1]), v.first + 1]) : [];
  const page = rows.slice(0, v.first);
  const speakers = [...new Set(page.map((r) => r.speakerId))];
  // The latest row of each (title, organization): SQLite's bare columns, PostgreSQL's DISTINCT ON.
  const latest = isPostgres(ds)
    ? `SELECT DISTINCT ON (personId, title, organizationId) id, personId, title, organizationId, asOf FROM person_role WHERE personId IN (${marks(speakers.length)})
      ORDER BY personId, title, organizationId, asOf DESC NULLS LAST, id DESC`
    : `SELECT id, personId, title, organizationId, MAX(asOf) AS asOf FROM person_role WHERE personId IN (${marks(speakers.length)})
      GROUP BY personId, title, organizationId`;
  const grouped: Row[] = speakers.length ? await ds.query(`SELECT g.personId, g.title, g.organizationId, o.name, o.acronym FROM (
      ${latest}) g LEFT JOIN organization o ON o.id = g.organizationId
    ORDER BY g.personId, g.asOf DESC, g.id DESC`, speakers) : [];
  const seenRole = new Set<string>();
  const roles = grouped.filter((r) => {
    const key = `${r.personId}|${String(r.title).toLowerCase()}|${r.organizationId ?? ''}`;
    return !seenRole.has(key) && seenRole.add(key);
  });
  const rolesOf = (id: number) => roles.filter((r) => r.personId === id).map((r) => ({
    title: r.title, organization: r.organizationId === null ? null : { id: gid('Organization', r.organizationId), name: r.name, acronym: r.acronym },
  }));
  const edges = page.map((r) => ({ node: {
    id: gid('Quote', r.id), kind: r.kind, text: r.text,
    speaker: r.speakerId === null ? null : { id: gid('Person', r.speakerId), name: r.speakerName, roles: rolesOf(r.speakerId) },
    speakerRole: r.roleTitle === null ? null : { title: r.roleTitle, organization: r.roleOrgId === null ? null : { name: r.roleOrg } },
    article: { id: gid('Article', r.articleId), headline: r.headline, source: r.source, publishedAt: r.publishedAt },
  } }));
  return { quotes: { pageInfo: pageInfo(page[page.length - 1], rows.length > v.first), edges } };
}

const MENTIONED = `SELECT m.entityType AS type, m.entityId AS id, COALESCE(p.name, o.name, pl.name, e.name) AS name,
    o.acronym, pl.kind AS placeKind, e.kind AS eventKind
  FROM mention m LEFT JOIN person p ON m.entityType = 'PERSON' AND p.id = m.entityId
  LEFT JOIN organization o ON m.entityType = 'ORGANIZATION' AND o.id = m.entityId
  LEFT JOIN place pl ON m.entityType = 'PLACE' AND pl.id = m.entityId
  LEFT JOIN event e ON m.entityType = 'EVENT' AND e.id = m.entityId
  WHERE m.articleId = ? ORDER BY m.firstOffset ASC, m.entityId ASC`;

/** Q2: the article, its first 50 quotes with speakers, and every mention with its entity (three statements). */
export async function q2(ds: DataSource, v: { id: string }) {
  const [a]: Row[] = await ds.query(`SELECT a.id, a.headline, a.source, a.dateline, a.publishedAt, pl.id AS placeId, pl.name AS placeName
    FROM article a LEFT JOIN place pl ON pl.id = a.datelinePlaceId WHERE a.id = ?`, [Number(v.id)]);
  if (!a) return { article: null };
  const quotes: Row[] = await ds.query(`SELECT q.id, q.kind, q.text, q.speakerId, p.name FROM quote q LEFT JOIN person p ON p.id = q.speakerId
    WHERE q.articleId = ? ORDER BY q.startOffset ASC, q.id ASC LIMIT 50`, [a.id]);
  const mentions: Row[] = await ds.query(MENTIONED, [a.id]);
  const of = (type: string, shape: (r: Row) => object) => ({ edges: mentions.filter((m) => m.type === type).slice(0, 50).map((m) => ({ node: shape(m) })) });
  return { article: {
    id: gid('Article', a.id), headline: a.headline, source: a.source, dateline: a.dateline, publishedAt: a.publishedAt,
    datelinePlace: a.placeId === null ? null : { id: gid('Place', a.placeId), name: a.placeName },
    quotes: { edges: quotes.map((q) => ({ node: { id: gid('Quote', q.id), kind: q.kind, text: q.text, speaker: q.speakerId === null ? null : { id: gid('Person', q.speakerId), name: q.name } } })) },
    people: of('PERSON', (m) => ({ id: gid('Person', m.id), name: m.name })),
    organizations: of('ORGANIZATION', (m) => ({ id: gid('Organization', m.id), name: m.name, acronym: m.acronym })),
    places: of('PLACE', (m) => ({ id: gid('Place', m.id), name: m.name, kind: m.placeKind })),
    events: of('EVENT', (m) => ({ id: gid('Event', m.id), name: m.name, kind: m.eventKind })),
  } };
}

const NODE_SQL: Record<number, [string, string]> = {
  [SearchKind.ARTICLE]: ['Article', 'SELECT id, headline FROM article'], [SearchKind.QUOTE]: ['Quote', 'SELECT id, text FROM quote'],
  [SearchKind.PERSON]: ['Person', 'SELECT id, name FROM person'], [SearchKind.ORGANIZATION]: ['Organization', 'SELECT id, name FROM organization'],
  [SearchKind.PLACE]: ['Place', 'SELECT id, name FROM place'], [SearchKind.EVENT]: ['Event', 'SELECT id, name FROM event'],
};

/** Q3: the ranked FTS page with its bounded highlighting (the service's own SQL, searchPage), then one statement per kind of hit for the nodes. */
export async function q3(ds: DataSource, v: { q: string }) {
  const { rows, hasNextPage } = await searchPage(ds, v.q, undefined, { limit: 20, offset: 0, key: null, backward: false });
  const nodes = new Map<string, Row>();
  for (const kind of new Set(rows.map((h) => h.kind))) {
    const ids = rows.filter((h) => h.kind === kind).map((h) => h.id);
    const [typename, sql] = NODE_SQL[kind];
    for (const row of await ds.query(`${sql} WHERE id IN (${marks(ids.length)})`, ids)) nodes.set(`${kind}:${row.id}`, { __typename: typename, ...row, id: gid(typename as NodeType, row.id) });
  }
  const edges = rows.filter((h) => nodes.has(`${h.kind}:${h.id}`)).map((h) => ({ node: {
    kind: SearchKind[h.kind], score: h.score, title: h.title, snippet: h.snippet, node: nodes.get(`${h.kind}:${h.id}`),
  } }));
  return { search: { pageInfo: { hasNextPage }, edges } };
}
