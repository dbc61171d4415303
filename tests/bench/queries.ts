import type { DataSource } from 'typeorm';

/** One benchmarked operation: a name, its GraphQL document and its variables. */
export interface BenchQuery { name: string; query: string; variables: Record<string, unknown> }

/** Q1: quotes by a named official, with speaker, roles, organization and article. */
export const Q1 = `query Q1($speaker: String!, $first: Int!) {
  quotes(filter: { speaker: $speaker }, first: $first) {
    pageInfo { hasNextPage endCursor }
    edges { node { id kind text
      speaker { id name roles { title organization { id name acronym } } }
      speakerRole { title organization { name } }
      article { id headline source publishedAt } } }
  } }`;

/** Q2: one article with all its relations. */
export const Q2 = `query Q2($id: ID!) {
  article(id: $id) { id headline source dateline publishedAt datelinePlace { id name }
    quotes(first: 50) { edges { node { id kind text speaker { id name } } } }
    people(first: 50) { edges { node { id name } } }
    organizations(first: 50) { edges { node { id name acronym } } }
    places(first: 50) { edges { node { id name kind } } }
    events(first: 50) { edges { node { id name kind } } } } }`;

/** Q3: a ranked full-text search across every kind. */
export const Q3 = `query Q3($q: String!) {
  search(query: $q, first: 20) { pageInfo { hasNextPage } edges { node { kind score title snippet node {
    __typename
    ... on Article { id headline } ... on Quote { id text } ... on Person { id name }
    ... on Organization { id name } ... on Place { id name } ... on Event { id name } } } } } }`;

/** Q4: events with their participants and what those people said, plus the event's own quotes. */
export const Q4 = `query Q4 {
  events(first: 20) { edges { node { id name kind startDate place { name }
    participants(first: 10) { edges { node { __typename
      ... on Person { id name quotes(first: 3) { edges { node { id text } } } }
      ... on Organization { id name } } } }
    quotes(first: 5) { edges { node { id text speaker { name } } } } } } } }`;

/** The words Q3 looks for (present in every generated corpus). */
export const SEARCH_TEXT = 'trade minister';

/**
 * The benchmark's operations on one database: Q1 for the most quoted speaker (by name) at first 20
 * and first 50, Q2 for the article with the most quotes, Q3 and Q4.
 */
export async function benchQueries(ds: DataSource): Promise<BenchQuery[]> {
  const [top] = await ds.query(`SELECT p.name AS name FROM quote q JOIN person p ON p.id = q.speakerId
    GROUP BY q.speakerId, p.name ORDER BY COUNT(*) DESC, q.speakerId LIMIT 1`);
  const [rich] = await ds.query('SELECT articleId AS id FROM quote GROUP BY articleId ORDER BY COUNT(*) DESC, articleId LIMIT 1');
  if (!top || !rich) throw new Error('the benchmark database has no quotes: ingest a corpus first');
  return [
    { name: 'Q1 first 20', query: Q1, variables: { speaker: top.name, first: 20 } },
    { name: 'Q1 first 50', query: Q1, variables: { speaker: top.name, first: 50 } },
    { name: 'Q2 article', query: Q2, variables: { id: String(rich.id) } },
    { name: 'Q3 search', query: Q3, variables: { q: SEARCH_TEXT } },
    { name: 'Q4 events', query: Q4, variables: {} },
  ];
}
