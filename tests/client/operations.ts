/**
 * The operations of the typed client example. `graphql()` (generated in gql/) returns a
 * TypedDocumentNode: the result and variables types come from schema.graphql, so a renamed or
 * removed field fails to compile (run `npm run codegen` after changing a document).
 */
import { graphql } from './gql';

export const IngestArticle = graphql(`
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      status
      article { id headline }
    }
  }
`);

export const ArticleQuotes = graphql(`
  query ArticleQuotes($url: String!) {
    article(url: $url) {
      headline
      source
      quotes(first: 10) {
        totalCount
        edges { node { kind text speaker { name } } }
      }
    }
  }
`);
