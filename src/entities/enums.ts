import { registerEnumType } from 'type-graphql';

/** Kinds of organization. */
export enum OrganizationKind {
  MINISTRY = 'MINISTRY', ACADEMY = 'ACADEMY', COMPANY = 'COMPANY', AGENCY = 'AGENCY',
  PARTY = 'PARTY', INTERNATIONAL_BODY = 'INTERNATIONAL_BODY', GOVERNMENT = 'GOVERNMENT',
  PARLIAMENT = 'PARLIAMENT', UNIVERSITY = 'UNIVERSITY', COURT = 'COURT', MEDIA = 'MEDIA',
  NGO = 'NGO', OTHER = 'OTHER',
}

/** Kinds of place. */
export enum PlaceKind { COUNTRY = 'COUNTRY', REGION = 'REGION', CITY = 'CITY', OTHER = 'OTHER' }

/** Kinds of event. */
export enum EventKind {
  FORUM = 'FORUM', SUMMIT = 'SUMMIT', MEETING = 'MEETING', VISIT = 'VISIT',
  ANNIVERSARY = 'ANNIVERSARY', ELECTION = 'ELECTION', CONFERENCE = 'CONFERENCE',
  SESSION = 'SESSION', EXHIBITION = 'EXHIBITION', TALKS = 'TALKS', OTHER = 'OTHER',
}

/** Whether a quote is verbatim (in quote marks) or reported speech. */
export enum QuoteKind { DIRECT = 'DIRECT', INDIRECT = 'INDIRECT' }

/** How a quote was tied to its speaker. */
export enum AttributionMethod {
  EXPLICIT_NAME = 'EXPLICIT_NAME', PRONOUN = 'PRONOUN', ROLE_NOUN = 'ROLE_NOUN',
  CONTINUATION = 'CONTINUATION', ACCORDING_TO = 'ACCORDING_TO', UNKNOWN = 'UNKNOWN',
}

/** The kinds of entity that articles mention and that aliases name. */
export enum EntityType { PERSON = 'PERSON', ORGANIZATION = 'ORGANIZATION', PLACE = 'PLACE', EVENT = 'EVENT' }

/** Why a name was attached to an entity. */
export enum AliasReason {
  CANONICAL = 'CANONICAL', ACRONYM = 'ACRONYM', SHORT_FORM = 'SHORT_FORM', SURNAME = 'SURNAME',
  VARIANT = 'VARIANT', TRANSLITERATION = 'TRANSLITERATION', MISSPELLING = 'MISSPELLING',
  DEMONYM = 'DEMONYM', OTHER = 'OTHER',
}

/** Sort orders for lists ordered by publication time. */
export enum DateOrder { NEWEST_FIRST = 'NEWEST_FIRST', OLDEST_FIRST = 'OLDEST_FIRST' }

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What sort of body an organization is.' });
registerEnumType(PlaceKind, { name: 'PlaceKind', description: 'What sort of place: a country, a region inside one, or a city.' });
registerEnumType(EventKind, { name: 'EventKind', description: 'What sort of event: a forum, summit, visit, election, anniversary and so on.' });
registerEnumType(QuoteKind, {
  name: 'QuoteKind',
  description: 'DIRECT: the speaker\'s own words in quote marks. INDIRECT: reported speech ("X said that ...").',
});
registerEnumType(AttributionMethod, {
  name: 'AttributionMethod',
  description: 'How the quote was tied to its speaker: by name, by a pronoun ("he said"), by a role noun ("the minister said"), as the continuation of a quote paragraph, through "according to", or not at all.',
});
registerEnumType(EntityType, { name: 'EntityType', description: 'A kind of named thing an article can mention.' });
registerEnumType(AliasReason, {
  name: 'AliasReason',
  description: 'Why a name was attached to an entity: its canonical name, an acronym, a short form, a surname alone, a spelling variant, a transliteration, a misspelling, or a demonym.',
});
registerEnumType(DateOrder, { name: 'DateOrder', description: 'Order by publication time.' });
