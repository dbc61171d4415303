/**
 * Which columns a request's loaders read: only those the operation's field selection needs.
 *
 * `selectedFields` walks the operation once per parsed document (Apollo reuses the document of a
 * repeated query text) and lists, per GraphQL type, the fields selected on it; a field selected on
 * an interface or a union counts for each of its possible types. A request's `ColumnPlan` turns
 * that into the columns of each entity table: a field that is a column reads itself, a field
 * resolver reads what RESOLVER_READS says, and a field the table does not know reads every
 * column (so a new resolver is never given half a row, only a slower one). Mutations and
 * subscriptions keep every column (no plan is set for them).
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DocumentNode, GraphQLSchema, isAbstractType, TypeInfo, visit, visitWithTypeInfo } from 'graphql';

/** Per GraphQL type name, the fields the operation selects on it. */
export type FieldSelection = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * What each field resolver of an entity type reads of its parent row (beyond `id`, always read),
 * and of rows of other types it loads for itself (`also`). Plain column fields need no entry.
 */
export const RESOLVER_READS: Record<string, Record<string, { own: string[]; also?: Record<string, string[]> }>> = {
  Article: {
    body: { own: [] }, datelinePlace: { own: ['datelinePlaceId'] }, events: { own: [] }, mentions: { own: [] },
    organizations: { own: [] }, people: { own: [] }, places: { own: [] }, quotes: { own: [] },
  },
  Event: { aliases: { own: ['name'] }, articles: { own: [] }, participants: { own: [] }, place: { own: ['placeId'] }, quotes: { own: [] } },
  Organization: {
    aliasDetails: { own: [] }, aliases: { own: ['name'] }, articles: { own: [] }, events: { own: [] }, people: { own: [] }, quotes: { own: [] },
  },
  Person: {
    aliasDetails: { own: [] }, aliases: { own: ['name'] }, articles: { own: [] }, events: { own: [] },
    organizations: { own: [] }, quotes: { own: [] }, roles: { own: [] },
  },
  Place: { aliases: { own: ['name'] }, articles: { own: [] }, events: { own: [] } },
  PersonRole: { article: { own: ['articleId'] }, organization: { own: ['organizationId'] } },
  Quote: {
    article: { own: ['articleId'] }, context: { own: ['articleId', 'sentenceStart', 'sentenceEnd'] }, event: { own: ['eventId'] },
    speaker: { own: ['speakerId'] }, speakerRole: { own: ['speakerRoleId'] }, statement: { own: ['statementId'] },
  },
  Statement: {
    firstReported: { own: [], also: { Article: ['publishedAt', 'ingestedAt'] } }, reports: { own: [] }, speaker: { own: ['speakerId'] },
  },
};

const selections = new WeakMap<DocumentNode, FieldSelection>();

/** The fields `document` selects, per type (cached per document object). */
export function selectedFields(schema: GraphQLSchema, document: DocumentNode): FieldSelection {
  const hit = selections.get(document);
  if (hit) return hit;
  const typeInfo = new TypeInfo(schema);
  const out = new Map<string, Set<string>>();
  const add = (type: string, field: string) => {
    const fields = out.get(type);
    if (fields) fields.add(field);
    else out.set(type, new Set([field]));
  };
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      const field = node.name.value;
      if (!parent || field.startsWith('__')) return;
      for (const type of isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent]) {
        add(type.name, field);
        for (const [other, columns] of Object.entries(RESOLVER_READS[type.name]?.[field]?.also ?? {})) for (const c of columns) add(other, c);
      }
    },
  }));
  selections.set(document, out);
  return out;
}

/** Columns chosen per selection and entity shape (the property list of a RowShape), shared by the requests of one document. */
const chosen = new WeakMap<FieldSelection, Map<string, Map<readonly string[], readonly string[]>>>();

/** One request's plan: every column until the operation is known (and for anything but a query). */
export class ColumnPlan {
  private selection: FieldSelection | null = null;

  /** The operation is a query selecting `selection` (set once, before execution). */
  use(selection: FieldSelection): void {
    this.selection = selection;
  }

  /**
   * Which of `columns` (an entity's property names, id first) a row of GraphQL type `type` needs.
   * Every column when no plan is set, when the operation never selects the type (an internal read),
   * or when it selects a field this module does not know.
   */
  columnsOf(type: string, columns: readonly string[]): readonly string[] {
    const selection = this.selection;
    const fields = selection?.get(type);
    if (!selection || !fields) return columns;
    let byType = chosen.get(selection);
    if (!byType) chosen.set(selection, (byType = new Map()));
    let byShape = byType.get(type);
    if (!byShape) byType.set(type, (byShape = new Map()));
    const hit = byShape.get(columns);
    if (hit) return hit;
    const known = new Set(columns);
    const wanted = new Set(['id']);
    let all = false;
    for (const field of fields) {
      if (known.has(field)) wanted.add(field);
      else if (RESOLVER_READS[type]?.[field]) for (const c of RESOLVER_READS[type][field].own) wanted.add(c);
      else all = true;
    }
    const result = all ? columns : columns.filter((c) => wanted.has(c));
    byShape.set(columns, result);
    return result;
  }
}

/**
 * The Apollo plugin that gives a query's loaders its plan once the operation is chosen (after
 * parsing and validation, before execution). Only queries: a mutation or subscription reads whole rows.
 */
export function columnPlanPlugin(): ApolloServerPlugin<{ loaders: { columns: ColumnPlan } }> {
  const hooks: GraphQLRequestListener<{ loaders: { columns: ColumnPlan } }> = {
    async didResolveOperation({ schema, document, operation, contextValue }) {
      if (operation?.operation === 'query') contextValue.loaders.columns.use(selectedFields(schema, document));
    },
  };
  return { requestDidStart: async () => hooks };
}
