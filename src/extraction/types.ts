/**
 * The contract between the pure extraction pipeline and the rest of the service.
 *
 * normalize -> segment -> quotes + entities -> resolve (within the article) produce an
 * `ExtractedArticle`; `ingest/persist` matches its entities against the database and writes it.
 * Every offset is a UTF-16 index into `ExtractedArticle.body` (start inclusive, end exclusive).
 */

/** A half-open character range [start, end) into the article body. */
export interface Span {
  start: number;
  end: number;
}

/** Where the raw input came from and what the caller already knows about it. */
export interface RawArticleInput {
  /** The article as scraped: plain text with page furniture, or HTML. */
  text: string;
  url?: string | null;
  /** The outlet or agency, when the caller knows it (overrides what normalize finds). */
  source?: string | null;
  /** ISO 8601 date-time, when the caller knows it (overrides what normalize finds). */
  publishedAt?: string | null;
  /** 'text' | 'html'; detected when absent. */
  format?: 'text' | 'html' | null;
}

/** Output of the normalize stage: the story separated from the page around it. */
export interface NormalizedArticle {
  headline: string;
  /** Clean story text: starts at the dateline (when there is one), no menus or footer. */
  body: string;
  /** ISO 8601 with offset, e.g. "2023-05-26T17:27:00+03:00"; null when not found. */
  publishedAt: string | null;
  source: string | null;
  section: string | null;
  /** The dateline place as written ("MINSK" -> "Minsk"); null when none. */
  dateline: string | null;
  /** Characters of the body the dateline prefix takes ("MINSK, May 26 (BelTA) - "), 0 when none. */
  datelineLength: number;
  /** ISO 639-1 code, e.g. "en". */
  language: string;
  /** People the page credits (by-lines, author lines, photo credits), most outside the body; absent on re-extraction. */
  credits?: string[];
  /** Agencies the page credits for its pictures ("(Picture: Agency)"), not the source; absent on re-extraction. */
  creditAgencies?: string[];
  /** The site's name as its web address spells it ("harbourtimes" for www.harbourtimes.com); absent without a URL. */
  site?: string | null;
  warnings: string[];
}

/** Output of the segment stage. */
export interface Segmentation {
  paragraphs: Span[];
  sentences: Span[];
}

export type OrganizationKind =
  | 'MINISTRY' | 'ACADEMY' | 'COMPANY' | 'AGENCY' | 'PARTY' | 'INTERNATIONAL_BODY'
  | 'GOVERNMENT' | 'PARLIAMENT' | 'UNIVERSITY' | 'COURT' | 'MEDIA' | 'NGO' | 'OTHER';
export type PlaceKind = 'COUNTRY' | 'REGION' | 'CITY' | 'OTHER';
export type EventKind =
  | 'FORUM' | 'SUMMIT' | 'MEETING' | 'VISIT' | 'ANNIVERSARY' | 'ELECTION' | 'CONFERENCE'
  | 'SESSION' | 'EXHIBITION' | 'TALKS' | 'OTHER';
export type QuoteKind = 'DIRECT' | 'INDIRECT';
/** How a quote was tied to its speaker. */
export type AttributionMethod =
  | 'EXPLICIT_NAME'   // "..., Sergei Chizhik said."
  | 'PRONOUN'         // "..., he concluded."
  | 'ROLE_NOUN'       // "..., the minister said."
  | 'CONTINUATION'    // a quote paragraph right after one whose speaker is known
  | 'ACCORDING_TO'    // "according to S"
  | 'CONTEXT'         // no cue; the one person the quote's narration names
  | 'UNKNOWN';        // no speaker could be found

/** Why two names were taken to be one entity (kept on the alias so merges are explainable). */
export type AliasReason =
  | 'CANONICAL' | 'ACRONYM' | 'SHORT_FORM' | 'SURNAME' | 'VARIANT' | 'TRANSLITERATION'
  | 'MISSPELLING' | 'DEMONYM' | 'OTHER';

export interface ExtractedAlias {
  name: string;
  reason: AliasReason;
}

/** A person, organization, place or event found in one article, after in-article resolution. */
interface ExtractedEntityBase {
  /** Article-local key, unique within one ExtractedArticle, used for cross references. */
  key: string;
  /** Canonical (fullest) name as written in this article. */
  name: string;
  /** Other names this article uses for the same entity (never includes `name`). */
  aliases: ExtractedAlias[];
  /** Every occurrence in the body. */
  mentions: Span[];
}

export interface ExtractedRole {
  /** e.g. "First Deputy Chairman of the Presidium". */
  title: string;
  /** Key of an ExtractedOrganization, when the title chain names one. */
  organizationKey: string | null;
}

export interface ExtractedPerson extends ExtractedEntityBase {
  roles: ExtractedRole[];
}

export interface ExtractedOrganization extends ExtractedEntityBase {
  acronym: string | null;
  kind: OrganizationKind;
}

export interface ExtractedPlace extends ExtractedEntityBase {
  kind: PlaceKind;
}

export interface ExtractedEvent extends ExtractedEntityBase {
  kind: EventKind;
  /** ISO date (YYYY-MM-DD) when known. */
  startDate: string | null;
  endDate: string | null;
  placeKey: string | null;
  /** Keys of people and organizations taking part. */
  participantKeys: string[];
}

export interface ExtractedQuote {
  kind: QuoteKind;
  /** The quoted words (DIRECT: without the marks; INDIRECT: the reported clause). */
  text: string;
  /** Range of `text` in the body. */
  span: Span;
  /** The sentence (or sentences) the quote stands in, for context. */
  sentence: Span;
  /** Key of an ExtractedPerson, or null when the speaker is unknown or not a person. */
  speakerKey: string | null;
  /** The words that named the speaker ("Sergei Chizhik", "he", "the minister"), if any. */
  speakerText: string | null;
  /** "said", "concluded", ... (lower case, as written); null when none. */
  cueVerb: string | null;
  attribution: AttributionMethod;
  /** The stage-1 cue pass that found the speaker phrase ("inverted", "sibling", "interview"); null when none. */
  cuePass: string | null;
  /** The stage-2 speaker pass that named the person ("name", "continuation"); null when none did. */
  speakerPass: string | null;
  /** 0..1: the measured precision of the deciding passes on real text (quotes/pass-precision.json). */
  confidence: number;
  /** Key of an ExtractedEvent the quote was said at, when the text says so. */
  eventKey: string | null;
}

/** Everything the pure pipeline knows about one article. */
export interface ExtractedArticle extends NormalizedArticle, Segmentation {
  people: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  places: ExtractedPlace[];
  events: ExtractedEvent[];
  quotes: ExtractedQuote[];
}
