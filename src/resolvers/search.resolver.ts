import { Arg, Args, createUnionType, Ctx, Field, Float, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Article, Event, Organization, Person, Place, Quote } from '../entities';
import { SearchKind } from '../queries/fts';
import { encodeCursor, toPage } from '../queries/page';
import { pageOf } from '../queries/list';
import { searchPage } from '../queries/search.query';
import { ConnectionArgs } from './args/connection.args';
import { Connection, toConnection } from './types/connection.type';

registerEnumType(SearchKind, {
  name: 'SearchKind',
  valuesConfig: {
    ARTICLE: { description: 'An article (headline and story).' }, QUOTE: { description: 'A quote (the quoted words).' },
    PERSON: { description: 'A person (names and role titles).' }, ORGANIZATION: { description: 'An organization (names and acronyms).' },
    PLACE: { description: 'A place (names).' }, EVENT: { description: 'An event (names).' },
  },
  description: 'What a search hit is: an article, a quote, a person, an organization, a place or an event.',
});

const SearchNode = createUnionType({
  name: 'SearchNode',
  description: 'The thing a search hit points at.',
  types: () => [Article, Quote, Person, Organization, Place, Event] as const,
});

@ObjectType({ simpleResolvers: true, description: 'One search result: what matched, how well, and the matching words highlighted.' })
export class SearchHit {
  @Field(() => SearchKind, { description: 'What kind of thing matched.' })
  kind!: SearchKind;

  @Field(() => Float, { description: 'Relevance (BM25; higher is better). Comparable within one search.' })
  score!: number;

  @Field(() => String, { description: 'The title (headline, name, or the quote\'s speaker), HTML-escaped, matches in <mark>…</mark>.' })
  title!: string;

  @Field(() => String, { description: 'The best matching passage of the text, HTML-escaped, matches in <mark>…</mark>.' })
  snippet!: string;

  @Field(() => SearchNode, { description: 'The article, quote, person, organization, place or event itself.' })
  node!: typeof SearchNode;
}

@ObjectType({ simpleResolvers: true, description: 'A page of search results, best first.' })
export class SearchHitConnection extends Connection(SearchHit, 'SearchHit', 'search hit') {}

const LOADER = {
  [SearchKind.ARTICLE]: 'article', [SearchKind.QUOTE]: 'quote', [SearchKind.PERSON]: 'person',
  [SearchKind.ORGANIZATION]: 'organization', [SearchKind.PLACE]: 'place', [SearchKind.EVENT]: 'event',
} as const;

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, { description: 'One ranked full-text search across articles, quotes, people, organizations, places and events. Words are matched whole (the last also as a prefix), accents ignored; every word must occur.' })
  async search(
    @Arg('query', () => String, { description: 'The words to look for.' }) query: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [SearchKind], { nullable: true, description: 'Only hits of these kinds.' }) kinds?: SearchKind[],
  ): Promise<SearchHitConnection> {
    const page = toPage(args, 'offset');
    const { rows, hasNextPage, count } = await searchPage(ctx.db.reader, query, kinds, page);
    const nodes = await Promise.all(rows.map((r) => (ctx.loaders[LOADER[r.kind]] as { load(id: number): Promise<unknown> }).load(r.id)));
    const result = pageOf(page, rows.map((r, i) => (nodes[i] ? Object.assign(new SearchHit(), { ...r, node: nodes[i] }) : null)), (_, i) => encodeCursor(page.offset + i));
    return toConnection(SearchHitConnection, { ...result, nodes: result.rows, hasNextPage, count });
  }
}
