/**
 * Type sanity before persisting: events, documents, places and organizations are never people,
 * a person has a plausible personal name, countries are places, and a role names an office.
 * Pure: `knownNonPeople` holds the keys the database already knows as places, organizations or
 * events (so "Tirel pledged" makes no person "Tirel" when Tirel is a known place).
 */
import type { ExtractedArticle, ExtractedPerson, ExtractedPlace, ExtractedRole } from '../extraction/types';
import { GENERIC_EVENT_WORDS, GENERIC_MODIFIERS, INDEFINITE_PRONOUNS, NON_SURNAME_HEADS } from '../extraction/lexicon/generic-names';
import { lookupPlace } from '../extraction/lexicon/gazetteer';
import { knownOrg } from '../extraction/lexicon/organizations';
import { MONTHS, RANK_NOUNS, ROLE_WORDS, WEEKDAYS } from '../extraction/lexicon/words';
import { foldAccents, nameKey, nameWords } from '../text/fold';
import { isRoleTitle } from './role-evidence';

/** Keys of every name of the article's places, organizations and events. */
function nonPersonKeys(doc: ExtractedArticle): Set<string> {
  const all = [...doc.places, ...doc.organizations, ...doc.events];
  return new Set(all.flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)]).map(nameKey));
}

/** Why a person is no person, or null when the name is a plausible personal name. */
export function notAPerson(p: ExtractedPerson, others: Set<string>): string | null {
  const words = nameWords(p.name);
  const last = words[words.length - 1];
  if (words.length === 0) return 'no name';
  if (others.has(nameKey(p.name))) return 'named like a place, organization or event';
  if (lookupPlace(p.name)) return 'a place';
  if (words.length === 1 && INDEFINITE_PRONOUNS.has(words[0])) return 'a pronoun';
  if (words.length > 1 && NON_SURNAME_HEADS.has(last)) return 'an event or organization head';
  return null;
}

/**
 * A title made only of rank words and modifiers ("first", "former", "acting") names no office,
 * unless it ends in a rank noun ("former deputy").
 */
function keepRole(r: ExtractedRole): boolean {
  if (isRoleTitle(r.title)) return true;
  const words = foldAccents(r.title).split(/[^\p{L}\d-]+/u).filter(Boolean);
  if (words.length > 1 && RANK_NOUNS.has(words[words.length - 1].toLowerCase())) return true;
  return !words.every((w) => ROLE_WORDS.has(w) || GENERIC_MODIFIERS.has(w) || GENERIC_EVENT_WORDS.has(w) || /^\d/.test(w));
}

/** The place a dropped "person" named, when it is a country or a known place and the article has no such place yet. */
function placeOf(p: ExtractedPerson, doc: ExtractedArticle, index: number): ExtractedPlace | null {
  const gazetteer = lookupPlace(p.name);
  if (!gazetteer || doc.places.some((x) => nameKey(x.name) === nameKey(p.name))) return null;
  return { key: `place:sanity-${index}`, name: gazetteer.name, kind: gazetteer.kind, aliases: [], mentions: p.mentions };
}

/** Organizations that are countries become places ("Belarus" is never an organization). */
function countriesOutOfOrganizations(doc: ExtractedArticle): ExtractedArticle {
  const countries = doc.organizations.filter((o) => lookupPlace(o.name)?.kind === 'COUNTRY');
  if (countries.length === 0) return doc;
  const places = [...doc.places];
  for (const o of countries) if (!places.some((p) => nameKey(p.name) === nameKey(o.name))) places.push({ key: o.key, name: lookupPlace(o.name)!.name, kind: 'COUNTRY', aliases: [], mentions: o.mentions });
  const gone = new Set(countries.map((o) => o.key));
  return {
    ...doc, places, organizations: doc.organizations.filter((o) => !gone.has(o.key)),
    people: doc.people.map((p) => ({ ...p, roles: p.roles.map((r) => (r.organizationKey && gone.has(r.organizationKey) ? { ...r, organizationKey: null } : r)) })),
    events: doc.events.map((e) => ({ ...e, participantKeys: e.participantKeys.filter((k) => !gone.has(k)) })),
  };
}

/** Places that are organizations ("the United Nations") or dates ("May") are no places. */
function placesThatArePlaces(doc: ExtractedArticle): ExtractedArticle {
  const orgKeys = new Set(doc.organizations.flatMap((o) => [o.name, ...o.aliases.map((a) => a.name)]).map(nameKey));
  const notPlace = (p: ExtractedPlace) => !lookupPlace(p.name) && (orgKeys.has(nameKey(p.name)) || knownOrg(p.name) !== null
    || MONTHS[p.name.toLowerCase()] !== undefined || WEEKDAYS.includes(p.name.toLowerCase()));
  const gone = new Set(doc.places.filter(notPlace).map((p) => p.key));
  if (gone.size === 0) return doc;
  return {
    ...doc, places: doc.places.filter((p) => !gone.has(p.key)),
    events: doc.events.map((e) => (e.placeKey && gone.has(e.placeKey) ? { ...e, placeKey: null } : e)),
  };
}

/**
 * The article with its types made sane: non-people dropped from people (their quotes get no
 * speaker, a country among them becomes a place), countries out of organizations, organizations
 * and months out of places, gazetteer
 * countries of kind COUNTRY, roles that name no office dropped.
 */
export function saneTypes(input: ExtractedArticle, knownNonPeople: Set<string> = new Set()): ExtractedArticle {
  const doc = placesThatArePlaces(countriesOutOfOrganizations(input));
  const others = new Set([...nonPersonKeys(doc), ...knownNonPeople]);
  const dropped = doc.people.filter((p) => notAPerson(p, others));
  const gone = new Set(dropped.map((p) => p.key));
  const added = dropped.map((p, i) => placeOf(p, doc, i)).filter((p): p is ExtractedPlace => p !== null);
  const places = [...doc.places, ...added].map((p) => (lookupPlace(p.name)?.kind === 'COUNTRY' && p.kind !== 'COUNTRY' && lookupPlace(p.name)!.name === p.name ? { ...p, kind: 'COUNTRY' as const } : p));
  return {
    ...doc, places,
    people: doc.people.filter((p) => !gone.has(p.key)).map((p) => ({ ...p, roles: p.roles.filter(keepRole) })),
    quotes: doc.quotes.map((q) => (q.speakerKey && gone.has(q.speakerKey) ? { ...q, speakerKey: null, speakerPass: null, attribution: 'UNKNOWN' as const, confidence: Math.min(q.confidence, 0.3) } : q)),
    events: doc.events.map((e) => ({ ...e, participantKeys: e.participantKeys.filter((k) => !gone.has(k)) })),
  };
}

/** Keys of one-word people: the only ones checked against what the database knows. */
export function oneWordPersonKeys(doc: ExtractedArticle): string[] {
  return [...new Set(doc.people.filter((p) => nameWords(p.name).length === 1).map((p) => nameKey(p.name)))];
}
