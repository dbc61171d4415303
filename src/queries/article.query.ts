import { DataSource } from 'typeorm';
import { isPostgres, NEVER } from '../db/dialect';
import { DateOrder, EntityType } from '../entities/enums';
import { ArticleFilter } from './inputs/article-filter.input';
import { toEpochMs } from '../scalars/date-time.scalar';
import { addSearch } from './entity.query';
import { SearchKind } from './fts';
import { NODE_TYPE_OF, parseId } from './ids';
import { ListSpec } from './list';
import { findIdsByName } from './lookup';

/** Restrict to articles mentioning any of `ids` of `type` (nothing matches when empty). */
function mentioning(spec: ListSpec, type: EntityType, ids: number[]): void {
  spec.where.push(ids.length
    ? `a.id IN (SELECT articleId FROM mention WHERE entityType = '${type}' AND entityId IN (${ids.join(', ')}))`
    : NEVER);
}

async function entityIds(ds: DataSource, type: EntityType, name?: string | null, id?: string | null, arg = ''): Promise<number[] | null> {
  if (!name && !id) return null;
  const ids = name ? await findIdsByName(ds, type, name) : [];
  if (id) ids.push(parseId(id, arg, NODE_TYPE_OF[type]));
  return ids;
}

/** The SQL list spec of `articles(filter, order)`. */
export async function articleListSpec(ds: DataSource, filter: ArticleFilter = {}, order = DateOrder.NEWEST_FIRST): Promise<ListSpec> {
  const dir = order === DateOrder.OLDEST_FIRST ? 'ASC' : 'DESC';
  const spec: ListSpec = { id: 'a.id', from: 'article a', where: [], params: [], order: `a.publishedTs ${dir} NULLS LAST, a.id ${dir}` };
  const filters: [EntityType, number[] | null][] = [
    [EntityType.PERSON, await entityIds(ds, EntityType.PERSON, filter.person, filter.personId, 'personId')],
    [EntityType.ORGANIZATION, await entityIds(ds, EntityType.ORGANIZATION, filter.organization, filter.organizationId, 'organizationId')],
    [EntityType.PLACE, await entityIds(ds, EntityType.PLACE, filter.place, filter.placeId, 'placeId')],
    [EntityType.EVENT, filter.eventId ? [parseId(filter.eventId, 'eventId', 'Event')] : null],
  ];
  for (const [type, ids] of filters) if (ids) mentioning(spec, type, ids);
  addSearch(spec, 'a.id', SearchKind.ARTICLE, filter.text, isPostgres(ds));
  if (filter.source) { spec.where.push('a.source = ? COLLATE NOCASE'); spec.params.push(filter.source); }
  if (filter.publishedAfter) { spec.where.push('a.publishedTs >= ?'); spec.params.push(toEpochMs(filter.publishedAfter)); }
  if (filter.publishedBefore) { spec.where.push('a.publishedTs < ?'); spec.params.push(toEpochMs(filter.publishedBefore)); }
  return spec;
}
