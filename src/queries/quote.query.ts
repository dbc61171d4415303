import { DataSource } from 'typeorm';
import { DateOrder, EntityType } from '../entities/enums';
import { QuoteFilter } from './inputs/quote-filter.input';
import { toEpochMs } from '../scalars/date-time.scalar';
import { isPostgres, NEVER } from '../db/dialect';
import { addSearch } from './entity.query';
import { SearchKind } from './fts';
import { parseId } from './ids';
import { CONTAINS, likeContains, nonEmpty } from './filter-text';
import { ListSpec } from './list';
import { findIdsByName } from './lookup';

const inList = (ids: number[]) => (ids.length ? `(${ids.join(', ')})` : '(NULL)');

/** Restrict `spec` to quotes whose speaker is one of `ids` (nothing matches when empty). */
function bySpeakers(spec: ListSpec, ids: number[]): void {
  if (ids.length === 0) spec.where.push(NEVER);
  else if (!spec.anyOf && ids.length <= 50) spec.anyOf = { column: 'q.speakerId', values: ids };
  else spec.where.push(`q.speakerId IN ${inList(ids)}`);
}

/** The SQL list spec of `quotes(filter, order)`; name filters are resolved to ids first. */
export async function quoteListSpec(ds: DataSource, filter: QuoteFilter = {}, order = DateOrder.NEWEST_FIRST): Promise<ListSpec> {
  const dir = order === DateOrder.OLDEST_FIRST ? 'ASC' : 'DESC';
  const spec: ListSpec = { id: 'q.id', from: 'quote q', where: [], params: [], order: `q.publishedTs ${dir} NULLS LAST, q.articleId ${dir}, q.startOffset ASC` };
  if (filter.speaker !== undefined && filter.speaker !== null) bySpeakers(spec, await findIdsByName(ds, EntityType.PERSON, nonEmpty(filter.speaker, 'speaker')));
  if (filter.speakerId) bySpeakers(spec, [parseId(filter.speakerId, 'speakerId', 'Person')]);
  const orgIds = filter.organization ? await findIdsByName(ds, EntityType.ORGANIZATION, filter.organization) : [];
  if (filter.organizationId) orgIds.push(parseId(filter.organizationId, 'organizationId', 'Organization'));
  if (filter.organization || filter.organizationId) {
    spec.where.push(`q.speakerId IN (SELECT personId FROM person_role WHERE organizationId IN ${inList(orgIds)})`);
  }
  if (filter.eventId) { spec.where.push('q.eventId = ?'); spec.params.push(parseId(filter.eventId, 'eventId', 'Event')); }
  if (filter.articleId) { spec.where.push('q.articleId = ?'); spec.params.push(parseId(filter.articleId, 'articleId', 'Article')); }
  if (filter.roleTitle) {
    spec.where.push(`(q.speakerRoleId IN (SELECT id FROM person_role WHERE title ${CONTAINS})
      OR (q.speakerRoleId IS NULL AND q.speakerId IN (SELECT personId FROM person_role WHERE title ${CONTAINS})))`);
    spec.params.push(likeContains(filter.roleTitle), likeContains(filter.roleTitle));
  }
  addSearch(spec, 'q.id', SearchKind.QUOTE, filter.text, isPostgres(ds));
  if (filter.kind) { spec.where.push('q.kind = ?'); spec.params.push(filter.kind); }
  if (filter.publishedAfter) { spec.where.push('q.publishedTs >= ?'); spec.params.push(toEpochMs(filter.publishedAfter)); }
  if (filter.publishedBefore) { spec.where.push('q.publishedTs < ?'); spec.params.push(toEpochMs(filter.publishedBefore)); }
  if (filter.minConfidence !== undefined && filter.minConfidence !== null) {
    spec.where.push('q.confidence >= ?');
    spec.params.push(filter.minConfidence);
  }
  return spec;
}
