/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether the article is plain text or HTML. */
export type ArticleFormat =
  /** An HTML page; menus, scripts and other page furniture are removed. */
  | 'HTML'
  /** Plain text. */
  | 'TEXT';

/** A raw article to add to the graph, as scraped: plain text or HTML, page furniture and all. */
export type IngestArticleInput = {
  /** Plain text or HTML; detected when omitted. */
  format?: ArticleFormat | null | undefined;
  /** When it was published; found in the text when omitted. */
  publishedAt?: string | null | undefined;
  /** The outlet or agency; found in the text (e.g. "(Reuters)") when omitted. */
  source?: string | null | undefined;
  /** The article as scraped: plain text (menus and footers may stay) or HTML. */
  text: string;
  /** Where it was published (absolute http(s) URL). Ingesting the same url again is a no-op. */
  url?: string | null | undefined;
};

/** NEW: the article was added. DUPLICATE: it was already there (same url or same story); nothing changed. */
export type IngestStatus =
  /** The article was already stored (same url or same story); nothing changed. */
  | 'DUPLICATE'
  /** The article was added to the graph. */
  | 'NEW';

/** DIRECT: the speaker's own words in quote marks. INDIRECT: reported speech ("X said that ..."). */
export type QuoteKind =
  /** The speaker's own words, in quote marks. */
  | 'DIRECT'
  /** Reported speech: "X said that ...", without quote marks. */
  | 'INDIRECT';

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { ingestArticle: { status: IngestStatus, article: { id: string, headline: string } } };

export type ArticleQuotesQueryVariables = Exact<{
  url: string;
}>;


export type ArticleQuotesQuery = { article: { headline: string, source: string | null, quotes: { totalCount: number, edges: Array<{ node: { kind: QuoteKind, text: string, speaker: { name: string } | null } }> } } | null };


export const IngestArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}}]}}]}}]}}]} as unknown as DocumentNode<IngestArticleMutation, IngestArticleMutationVariables>;
export const ArticleQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticleQuotesQuery, ArticleQuotesQueryVariables>;