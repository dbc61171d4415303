/**
 * The last check of the pipeline: an entity whose name folds to no lookup key (only marks or
 * symbols, "★★") cannot be stored, matched or searched. It is dropped with a warning naming it,
 * and every reference to it is cleared, so such a name never fails an ingest.
 */
import type { ExtractedArticle } from '../types';
import { nameKey } from '../../text/fold';

/** The article without entities that fold to no key; a warning per dropped name. */
export function dropUnkeyable(doc: ExtractedArticle): ExtractedArticle {
  const dropped = new Set<string>();
  const warnings = [...doc.warnings];
  const keep = <T extends { key: string; name: string }>(list: T[], kind: string): T[] => list.filter((e) => {
    if (nameKey(e.name)) return true;
    dropped.add(e.key);
    warnings.push(`${kind} name ${JSON.stringify(e.name)} has no letters or digits to key it by; not stored`);
    return false;
  });
  const people = keep(doc.people, 'person');
  const organizations = keep(doc.organizations, 'organization');
  const places = keep(doc.places, 'place');
  const events = keep(doc.events, 'event');
  if (!dropped.size) return doc;
  const live = (key: string | null) => (key && dropped.has(key) ? null : key);
  return {
    ...doc, warnings, places,
    people: people.map((p) => ({ ...p, roles: p.roles.map((r) => ({ ...r, organizationKey: live(r.organizationKey) })) })),
    organizations,
    events: events.map((e) => ({ ...e, placeKey: live(e.placeKey), participantKeys: e.participantKeys.filter((k) => !dropped.has(k)) })),
    quotes: doc.quotes.map((q) => ({ ...q, speakerKey: live(q.speakerKey), eventKey: live(q.eventKey) })),
  };
}
