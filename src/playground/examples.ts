/**
 * The saved example operations the playground opens with, one tab each. The one place they are
 * written: the playground page, the README and the tests all read them from here. Names come from
 * the bundled fictional sample articles (src/sample/articles/README.md).
 */
export interface ExampleOperation {
  /** A short title, as the README lists it. */
  title: string;
  /** The GraphQL operation, with comments a journalist can follow. */
  query: string;
  /** JSON text for the variables editor, when the operation has variables. */
  variables?: string;
  /** JSON text for the headers editor, when the operation needs headers. */
  headers?: string;
}

/** Where the API key goes; shown in the mutation's headers editor. */
export const API_KEY_HEADERS = JSON.stringify({ Authorization: 'Bearer <your key>' }, null, 2);

const quotesByOfficial: ExampleOperation = {
  title: 'Quotes by a named official',
  query: `# Every quote by one official, newest first, with their
# office, the article and the event. Any form of the name
# works: "Teodor Marek", "T. Marek", "Marek", "MAREK".
# Press the run button (or Ctrl-Enter); hover a field or
# open the docs (book icon, top left) to read what it means.
query QuotesByOfficial {
  quotes(filter: { speaker: "Teodor Marek" }, first: 10) {
    totalCount
    edges {
      node {
        text
        cueVerb
        speaker {
          name
          roles { title organization { name acronym } }
        }
        article { headline publishedAt url }
        event { name }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
};

const articlesMentioningOrganization: ExampleOperation = {
  title: 'Articles mentioning an organization over a date range',
  query: `# Articles that mention an organization (by name or
# acronym), published in a date range (see Variables below).
query ArticlesMentioningOrganization($organization: String!, $from: DateTime, $to: DateTime) {
  articles(filter: { organization: $organization, publishedAfter: $from, publishedBefore: $to }, first: 10) {
    totalCount
    edges {
      node {
        headline
        source
        publishedAt
        url
        organizations(first: 5) { edges { node { name acronym } } }
      }
    }
  }
}
`,
  variables: JSON.stringify({ organization: 'VIWR', from: '2026-01-01', to: '2026-06-01' }, null, 2),
};

const eventWithParticipants: ExampleOperation = {
  title: 'An event, who took part, and what they said',
  query: `# One event: where and when, who took part (people and
# organizations), and what was said there.
query EventWithParticipants {
  event(name: "Arven Basin Water Forum") {
    name
    kind
    startDate
    endDate
    place { name }
    participants(first: 20) {
      totalCount
      edges {
        node {
          __typename
          ... on Person { name roles { title organization { acronym } } }
          ... on Organization { name acronym }
        }
      }
    }
    quotes(first: 10) {
      totalCount
      edges { node { text speaker { name } article { headline source } } }
    }
  }
}
`,
};

const search: ExampleOperation = {
  title: 'Search',
  query: `# One ranked search across articles, quotes, people,
# organizations, places and events. Every word must occur;
# matches come back inside <mark>...</mark>.
query Search {
  search(query: "river commission", first: 10) {
    totalCount
    edges {
      node {
        kind
        title
        snippet
        node {
          __typename
          ... on Quote { text speaker { name } }
          ... on Article { headline url }
          ... on Person { name }
          ... on Organization { name acronym }
        }
      }
    }
  }
}
`,
};

const ingestArticle: ExampleOperation = {
  title: 'Add an article (needs an API key)',
  query: `# Adds one article and links what it says to the graph;
# sending the same url again changes nothing.
# Needs an API key: open "Headers" below and replace
# <your key> with one of the server's API_KEYS
# (in development the default key is dev-key).
mutation IngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status
    duplicate
    article { id headline publishedAt }
    counts { quotes directQuotes people organizations places events newEntities }
    warnings
  }
}
`,
  variables: JSON.stringify({
    input: {
      url: 'https://example.test/my-newsroom/2026/07/09/harbour-reopens',
      source: 'My Newsroom',
      publishedAt: '2026-07-09T10:00:00+02:00',
      text: 'Harbour reopens\n\nPORT AMSEL, 9 July (My Newsroom) - The harbour of Port Amsel reopened on Thursday. '
        + '"The river is open for business again," Foreign Minister of Veloria Teodor Marek said.',
    },
  }, null, 2),
  headers: API_KEY_HEADERS,
};

/** The example operations, in the order of the playground's tabs. The first is the headline query. */
const liveQuotes: ExampleOperation = {
  title: 'Live: new quotes by an official',
  query: `# A subscription: press run and keep this tab open. Each
# quote by the official stored from now on arrives here as the
# ingest that stored it commits (graphql-ws, same endpoint).
# Try it: ingest an article quoting Teodor Marek in the
# IngestArticle tab.
subscription NewQuotesByOfficial {
  quoteAdded(speaker: "Teodor Marek") {
    text
    speaker { name }
    article { headline source publishedAt }
  }
}
`,
};

export const EXAMPLES: readonly ExampleOperation[] = [
  quotesByOfficial, articlesMentioningOrganization, eventWithParticipants, search, ingestArticle, liveQuotes,
];
