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
  CONTINUATION = 'CONTINUATION', ACCORDING_TO = 'ACCORDING_TO', CONTEXT = 'CONTEXT', UNKNOWN = 'UNKNOWN',
}

/** The kinds of entity that articles mention and that aliases name. */
export enum EntityType { PERSON = 'PERSON', ORGANIZATION = 'ORGANIZATION', PLACE = 'PLACE', EVENT = 'EVENT' }

/** Why a name was attached to an entity. */
export enum AliasReason {
  CANONICAL = 'CANONICAL', ACRONYM = 'ACRONYM', SHORT_FORM = 'SHORT_FORM', SURNAME = 'SURNAME',
  VARIANT = 'VARIANT', TRANSLITERATION = 'TRANSLITERATION', MISSPELLING = 'MISSPELLING',
  DEMONYM = 'DEMONYM', OTHER = 'OTHER',
}

/** Kinds of human correction. */
export enum CorrectionAction {
  MERGE_PEOPLE = 'MERGE_PEOPLE', MERGE_ORGANIZATIONS = 'MERGE_ORGANIZATIONS', REASSIGN_QUOTE = 'REASSIGN_QUOTE',
  RENAME_PERSON = 'RENAME_PERSON', RENAME_ORGANIZATION = 'RENAME_ORGANIZATION', DETACH_ALIAS = 'DETACH_ALIAS',
}

/** Sort orders for lists ordered by publication time. */
export enum DateOrder { NEWEST_FIRST = 'NEWEST_FIRST', OLDEST_FIRST = 'OLDEST_FIRST' }

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What sort of body an organization is.',
  valuesConfig: {
    MINISTRY: { description: 'A government ministry or department.' },
    ACADEMY: { description: 'An academy of sciences or a similar learned body.' },
    COMPANY: { description: 'A business: a company, a bank, a state enterprise.' },
    AGENCY: { description: 'A government agency, service or administration.' },
    PARTY: { description: 'A political party.' },
    INTERNATIONAL_BODY: { description: 'An international organization, e.g. a United Nations office.' },
    GOVERNMENT: { description: 'A government as a whole, e.g. "the Velorian government".' },
    PARLIAMENT: { description: 'A parliament, assembly or one of its chambers.' },
    UNIVERSITY: { description: 'A university, institute of higher education or research institute.' },
    COURT: { description: 'A court or tribunal.' },
    MEDIA: { description: 'A news outlet or news agency.' },
    NGO: { description: 'A non-governmental organization: a federation, an association, a charity.' },
    OTHER: { description: 'Any other kind of organization, or not known.' },
  },
});

registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'What sort of place: a country, a region inside one, or a city.',
  valuesConfig: {
    COUNTRY: { description: 'A country.' },
    REGION: { description: 'A region, province or area inside a country (or a river basin).' },
    CITY: { description: 'A city, town or village.' },
    OTHER: { description: 'Any other kind of place, or not known.' },
  },
});

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What sort of event: a forum, summit, visit, election, anniversary and so on.',
  valuesConfig: {
    FORUM: { description: 'A forum.' },
    SUMMIT: { description: 'A summit of leaders.' },
    MEETING: { description: 'A meeting.' },
    VISIT: { description: 'An official visit.' },
    ANNIVERSARY: { description: 'An anniversary or commemoration.' },
    ELECTION: { description: 'An election or referendum.' },
    CONFERENCE: { description: 'A conference.' },
    SESSION: { description: 'A session of a parliament, council or commission.' },
    EXHIBITION: { description: 'An exhibition or fair.' },
    TALKS: { description: 'Talks or negotiations.' },
    OTHER: { description: 'Any other kind of event (e.g. a signing ceremony), or not known.' },
  },
});

registerEnumType(QuoteKind, {
  name: 'QuoteKind',
  description: 'DIRECT: the speaker\'s own words in quote marks. INDIRECT: reported speech ("X said that ...").',
  valuesConfig: {
    DIRECT: { description: 'The speaker\'s own words, in quote marks.' },
    INDIRECT: { description: 'Reported speech: "X said that ...", without quote marks.' },
  },
});

registerEnumType(AttributionMethod, {
  name: 'AttributionMethod',
  description: 'How the quote was tied to its speaker: by name, by a pronoun ("he said"), by a role noun ("the minister said"), as the continuation of a quote paragraph, by the one person its narration names, through "according to", or not at all.',
  valuesConfig: {
    EXPLICIT_NAME: { description: 'The speaker is named next to the quote, e.g. "..., Marek said".' },
    PRONOUN: { description: 'A pronoun next to the quote points back to a named speaker, e.g. "..., he said".' },
    ROLE_NOUN: { description: 'A role next to the quote points to the speaker, e.g. "..., the minister said".' },
    CONTINUATION: { description: 'The quote continues a quote paragraph of the same speaker.' },
    ACCORDING_TO: { description: 'Introduced by "according to" the speaker.' },
    CONTEXT: { description: 'No cue names a speaker; the narration around the quote (its sentence, or the paragraph before it) names exactly one person. The least certain attribution.' },
    UNKNOWN: { description: 'The article does not say who said it.' },
  },
});

registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'A kind of named thing an article can mention.',
  valuesConfig: {
    PERSON: { description: 'A person.' },
    ORGANIZATION: { description: 'An organization.' },
    PLACE: { description: 'A place.' },
    EVENT: { description: 'An event.' },
  },
});

registerEnumType(AliasReason, {
  name: 'AliasReason',
  description: 'Why a name was attached to an entity: its canonical name, an acronym, a short form, a surname alone, a spelling variant, a transliteration, a misspelling, or a demonym.',
  valuesConfig: {
    CANONICAL: { description: 'The canonical (fullest) name itself.' },
    ACRONYM: { description: 'An acronym, e.g. "VIWR".' },
    SHORT_FORM: { description: 'A shorter form of the name, e.g. "the Institute".' },
    SURNAME: { description: 'A person\'s surname alone.' },
    VARIANT: { description: 'Another spelling of the name.' },
    TRANSLITERATION: { description: 'Another transliteration, e.g. "Alexei" for "Aleksei".' },
    MISSPELLING: { description: 'A misspelling seen in an article.' },
    DEMONYM: { description: 'A demonym standing for a place, e.g. "Velorian" for Veloria.' },
    OTHER: { description: 'Any other reason.' },
  },
});

registerEnumType(DateOrder, {
  name: 'DateOrder',
  description: 'Order by publication time.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Most recently published first.' },
    OLDEST_FIRST: { description: 'Earliest published first.' },
  },
});

registerEnumType(CorrectionAction, {
  name: 'CorrectionAction',
  description: 'What a human correction did.',
  valuesConfig: {
    MERGE_PEOPLE: { description: 'People merged into one (mergePeople).' },
    MERGE_ORGANIZATIONS: { description: 'Organizations merged into one (mergeOrganizations).' },
    REASSIGN_QUOTE: { description: 'A quote given another speaker, or none (reassignQuote).' },
    RENAME_PERSON: { description: 'A person\'s canonical name changed (renamePerson).' },
    RENAME_ORGANIZATION: { description: 'An organization\'s canonical name changed (renameOrganization).' },
    DETACH_ALIAS: { description: 'A name taken off an entity (detachAlias).' },
  },
});
