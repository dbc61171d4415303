import { AliasReason, EntityType } from '../entities/enums';
import type { ExtractedAlias } from '../extraction/types';
import { nameKey, nameWords, surnameKey } from '../text/fold';
import { isMisspelling as withinEdits } from '../extraction/text/similarity';

/** An alias row already in the database. */
export interface KnownAlias {
  entityType: EntityType;
  entityId: number;
  key: string;
  reason: AliasReason;
}

/** A name of an extracted entity with its lookup key. */
export interface NamedKey {
  name: string;
  key: string;
  reason: AliasReason;
}

/** The decision for one extracted entity: an existing id (and the name that matched) or none. */
export interface Match {
  entityId: number;
  via: NamedKey;
}

/** Every name of an extracted entity, keyed; people also get their surname (reason SURNAME). */
export function namesOf(type: EntityType, name: string, aliases: ExtractedAlias[], acronym?: string | null): NamedKey[] {
  const names: NamedKey[] = [{ name, key: nameKey(name), reason: AliasReason.CANONICAL }];
  for (const a of aliases) names.push({ name: a.name, key: nameKey(a.name), reason: a.reason as AliasReason });
  if (acronym) names.push({ name: acronym, key: nameKey(acronym), reason: AliasReason.ACRONYM });
  if (type === EntityType.PERSON && nameWords(name).length > 1) {
    names.push({ name: nameWords(name).length ? name.split(/\s+/).pop()! : name, key: surnameKey(name), reason: AliasReason.SURNAME });
  }
  const seen = new Set<string>();
  return names.filter((n) => n.key && !seen.has(n.key) && seen.add(n.key));
}

function uniqueEntity(rows: KnownAlias[]): number | null {
  const ids = [...new Set(rows.map((r) => r.entityId))];
  return ids.length === 1 ? ids[0] : null;
}

function oldestEntity(rows: KnownAlias[]): number | null {
  return rows.length ? Math.min(...rows.map((r) => r.entityId)) : null;
}

/**
 * Pick the existing entity an extracted one is. Full names must match a full name (two people
 * who share a surname stay two); a surname alone matches only when exactly one person has it;
 * an acronym alone matches only when exactly one organization uses it. Pure.
 */
export function chooseMatch(type: EntityType, names: NamedKey[], known: KnownAlias[]): Match | null {
  const ofType = known.filter((k) => k.entityType === type);
  const isWeak = (r: AliasReason) => r === AliasReason.SURNAME || r === AliasReason.ACRONYM;
  const strong = names.filter((n) => !isWeak(n.reason) && (type !== EntityType.PERSON || n.key.includes(' ')));
  for (const n of strong) {
    const id = oldestEntity(ofType.filter((k) => k.key === n.key && !isWeak(k.reason)));
    if (id !== null) return { entityId: id, via: n };
  }
  const personHasFullName = type === EntityType.PERSON && strong.length > 0;
  if (personHasFullName) return null;
  for (const n of names.filter((x) => !strong.includes(x))) {
    const id = uniqueEntity(ofType.filter((k) => k.key === n.key));
    if (id !== null) return { entityId: id, via: n };
  }
  return null;
}

/** Whether two stored keys are one name misspelt (the across-articles row of MISSPELLING). */
export function isMisspelling(a: string, b: string): boolean {
  return withinEdits(a, b, 'acrossArticles');
}
