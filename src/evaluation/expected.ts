/**
 * The shape of a labelled article's expected result (`tests/fixtures/labelled/NN-name.json`).
 * See tests/fixtures/labelled/README.md for the labelling conventions.
 */
import type { QuoteKind } from '../extraction/types';

export interface ExpectedQuote {
  kind: QuoteKind;
  /** DIRECT: the words inside the marks; INDIRECT: the reported clause. */
  text: string;
  /** Full name of the speaker, or null when the text names no person. */
  speaker: string | null;
  cueVerb: string | null;
}

export interface ExpectedPerson {
  name: string;
  roles: string[];
  /** Other spellings the article uses (optional; matching also accepts these). */
  aliases?: string[];
}

export interface ExpectedOrganization {
  name: string;
  acronym: string | null;
  aliases: string[];
}

export interface ExpectedEvent {
  name: string;
  place: string | null;
  /** Other acceptable names for the event (optional). */
  aliases?: string[];
}

export interface ExpectedArticle {
  headline: string;
  /** "YYYY-MM-DDTHH:MM[:SS]±HH:MM" or "YYYY-MM-DD" when the page gives no time. */
  publishedAt: string | null;
  source: string | null;
  section: string | null;
  dateline: string | null;
  quotes: ExpectedQuote[];
  people: ExpectedPerson[];
  organizations: ExpectedOrganization[];
  places: string[];
  events: ExpectedEvent[];
}
