/**
 * The paginated relations of the graph, each described by the SQL that lists (parent, child)
 * pairs in order. `relation.loader.ts` turns a spec into one windowed query per batch of parents.
 */
export interface RelationSpec {
  /** FROM clause (table, joins or a derived table). */
  from: string;
  /** Expression for the parent id (what the loader is keyed by). */
  parent: string;
  /** Expression for the child (an id, or a tagged string for unions). */
  child: string;
  /** ORDER BY within one parent. */
  order: string;
  /** Extra fixed condition. */
  where?: string;
  /** Column a `kind` argument filters on, when the relation takes one. */
  kindColumn?: string;
  /** The entity the child id is the key of (its loader is primed from the page statement), when it is one. */
  entity?: ChildEntity;
}

/** Entities a relation's children can be: the names of their by-id loaders. */
export type ChildEntity = 'quote' | 'article' | 'person' | 'organization' | 'place' | 'event';

const PERSON_ORGS = `(SELECT DISTINCT personId, organizationId FROM person_role WHERE organizationId IS NOT NULL)`;

function mentionsOf(entityType: string): RelationSpec {
  return { from: 'mention m', parent: 'm.entityId', child: 'm.articleId', order: 'm.publishedTs DESC, m.articleId DESC', where: `m.entityType = '${entityType}'`, entity: 'article' };
}

function mentionedIn(entityType: string, entity: ChildEntity): RelationSpec {
  return { from: 'mention m', parent: 'm.articleId', child: 'm.entityId', order: 'm.firstOffset ASC, m.entityId ASC', where: `m.entityType = '${entityType}'`, entity };
}

const QUOTES_NEWEST = 'q.publishedTs DESC, q.articleId DESC, q.startOffset ASC';

export const RELATIONS = {
  quotesBySpeaker: { from: 'quote q', parent: 'q.speakerId', child: 'q.id', order: QUOTES_NEWEST, kindColumn: 'q.kind', entity: 'quote' },
  quotesByArticle: { from: 'quote q', parent: 'q.articleId', child: 'q.id', order: 'q.startOffset ASC, q.id ASC', kindColumn: 'q.kind', entity: 'quote' },
  quotesByEvent: { from: 'quote q', parent: 'q.eventId', child: 'q.id', order: QUOTES_NEWEST, kindColumn: 'q.kind', entity: 'quote' },
  quotesByOrganization: {
    from: `quote q JOIN ${PERSON_ORGS} r ON r.personId = q.speakerId`, parent: 'r.organizationId', child: 'q.id', order: QUOTES_NEWEST, kindColumn: 'q.kind', entity: 'quote',
  },
  articlesByPerson: mentionsOf('PERSON'),
  articlesByOrganization: mentionsOf('ORGANIZATION'),
  articlesByPlace: mentionsOf('PLACE'),
  articlesByEvent: mentionsOf('EVENT'),
  peopleByArticle: mentionedIn('PERSON', 'person'),
  organizationsByArticle: mentionedIn('ORGANIZATION', 'organization'),
  placesByArticle: mentionedIn('PLACE', 'place'),
  eventsByArticle: mentionedIn('EVENT', 'event'),
  organizationsByPerson: { from: `${PERSON_ORGS} r`, parent: 'r.personId', child: 'r.organizationId', order: 'r.organizationId ASC', entity: 'organization' },
  peopleByOrganization: { from: `${PERSON_ORGS} r`, parent: 'r.organizationId', child: 'r.personId', order: 'r.personId ASC', entity: 'person' },
  eventsByPerson: {
    from: 'event_participant p JOIN event e ON e.id = p.eventId', parent: 'p.personId', child: 'p.eventId', order: 'e.startDate DESC, e.id DESC', entity: 'event',
  },
  eventsByOrganization: {
    from: 'event_participant p JOIN event e ON e.id = p.eventId', parent: 'p.organizationId', child: 'p.eventId', order: 'e.startDate DESC, e.id DESC', entity: 'event',
  },
  eventsByPlace: { from: 'event e', parent: 'e.placeId', child: 'e.id', order: 'e.startDate DESC, e.id DESC', entity: 'event' },
  participantsByEvent: {
    from: 'event_participant p',
    parent: 'p.eventId',
    child: `CASE WHEN p.personId IS NOT NULL THEN 'PERSON:' || p.personId ELSE 'ORGANIZATION:' || p.organizationId END`,
    order: 'p.personId IS NULL, p.id ASC',
  },
} satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;
