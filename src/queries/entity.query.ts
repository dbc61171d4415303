import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { EntityType } from '../entities/enums';
import { EventFilter } from './inputs/event-filter.input';
import { isPostgres, NEVER } from '../db/dialect';
import { SearchKind, toFtsQuery, toTsQuery } from './fts';
import { parseId } from './ids';
import { CONTAINS, likeContains } from './filter-text';
import { isCalendarValid } from '../scalars/date-time.scalar';
import { ListSpec } from './list';
import { findIdsByName } from './lookup';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const inList = (ids: number[]) => `(${ids.length ? ids.join(', ') : 'NULL'})`;

/** Add a full-text condition on `idExpr` over search entries of `kind` (FTS5 MATCH, or a tsquery when `pg`). */
export function addSearch(spec: ListSpec, idExpr: string, kind: SearchKind, text: string | null | undefined, pg: boolean): void {
  if (text === undefined || text === null) return;
  const match = pg ? toTsQuery(text) : toFtsQuery(text);
  if (!match) { spec.where.push(NEVER); return; }
  const matches = pg ? `tsv @@ to_tsquery('simple', ?)` : 'search_index MATCH ?';
  spec.where.push(`${idExpr} IN (SELECT rowid / 8 FROM search_index WHERE ${matches} AND rowid % 8 = ${kind})`);
  spec.params.push(match);
}

function checkDate(value: string, argument: string): string {
  if (!DATE.test(value) || !isCalendarValid(value)) {
    throw new GraphQLError(`"${argument}" must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT', argument, value } });
  }
  return value;
}

/** The list spec of `people(search, organization, role)`, by name. */
export async function personListSpec(ds: DataSource, args: { search?: string | null; organization?: string | null; organizationId?: string | null; role?: string | null }): Promise<ListSpec> {
  const spec: ListSpec = { id: 'p.id', from: 'person p', where: [], params: [], order: 'p.name ASC, p.id ASC' };
  addSearch(spec, 'p.id', SearchKind.PERSON, args.search, isPostgres(ds));
  if (args.organization || args.organizationId) {
    const orgIds = args.organization ? await findIdsByName(ds, EntityType.ORGANIZATION, args.organization) : [];
    if (args.organizationId) orgIds.push(parseId(args.organizationId, 'organizationId', 'Organization'));
    spec.where.push(`p.id IN (SELECT personId FROM person_role WHERE organizationId IN ${inList(orgIds)})`);
  }
  if (args.role) {
    spec.where.push(`p.id IN (SELECT personId FROM person_role WHERE title ${CONTAINS})`);
    spec.params.push(likeContains(args.role));
  }
  return spec;
}

/** The list spec of a simple entity table searched by name and filtered by kind. */
export function namedListSpec(table: 'organization' | 'place', kind: SearchKind, args: { search?: string | null; kind?: string | null }, pg = false): ListSpec {
  const spec: ListSpec = { id: 't.id', from: `${table} t`, where: [], params: [], order: 't.name ASC, t.id ASC' };
  addSearch(spec, 't.id', kind, args.search, pg);
  if (args.kind) { spec.where.push('t.kind = ?'); spec.params.push(args.kind); }
  return spec;
}

/** The list spec of `events(filter)`, newest first. */
export async function eventListSpec(ds: DataSource, filter: EventFilter = {}): Promise<ListSpec> {
  const spec: ListSpec = { id: 'e.id', from: 'event e', where: [], params: [], order: 'e.startDate DESC NULLS LAST, e.id DESC' };
  if (filter.from) { spec.where.push('COALESCE(e.endDate, e.startDate) >= ?'); spec.params.push(checkDate(filter.from, 'from')); }
  if (filter.to) { spec.where.push('e.startDate <= ?'); spec.params.push(checkDate(filter.to, 'to')); }
  if (filter.place || filter.placeId) {
    const ids = filter.place ? await findIdsByName(ds, EntityType.PLACE, filter.place) : [];
    if (filter.placeId) ids.push(parseId(filter.placeId, 'placeId', 'Place'));
    spec.where.push(`e.placeId IN ${inList(ids)}`);
  }
  const people = filter.participant ? await findIdsByName(ds, EntityType.PERSON, filter.participant) : [];
  const orgs = filter.participant ? await findIdsByName(ds, EntityType.ORGANIZATION, filter.participant) : [];
  if (filter.participantPersonId) people.push(parseId(filter.participantPersonId, 'participantPersonId', 'Person'));
  if (filter.participantOrganizationId) orgs.push(parseId(filter.participantOrganizationId, 'participantOrganizationId', 'Organization'));
  if (filter.participant || filter.participantPersonId || filter.participantOrganizationId) {
    spec.where.push(`e.id IN (SELECT eventId FROM event_participant WHERE personId IN ${inList(people)} OR organizationId IN ${inList(orgs)})`);
  }
  if (filter.kind) { spec.where.push('e.kind = ?'); spec.params.push(filter.kind); }
  addSearch(spec, 'e.id', SearchKind.EVENT, filter.search, isPostgres(ds));
  return spec;
}
