/**
 * Matching an extracted entity to one already in the database: a sieve of passes, most precise
 * first (full name, acronym with a compatible expansion, surname with a shared role), each
 * deciding or leaving the entity to the next. Only distinctive evidence matches: a short form
 * ("the Academy of Sciences"), a generic name ("the Ministry", "Inc") or a bare surname never
 * joins two articles' entities on its own. Pure.
 */
import { AliasReason, EntityType } from '../entities/enums';
import type { ExtractedAlias } from '../extraction/types';
import { nameKey, nameWords, surnameKey } from '../text/fold';
import { isMisspelling as withinEdits } from '../extraction/text/similarity';
import { compatibleExpansions, isDistinctiveName } from './distinctive';
import { sameRole, RoleEvidence } from './role-evidence';

export type { RoleEvidence } from './role-evidence';

/** An alias row already in the database. */
export interface KnownAlias {
  entityType: EntityType;
  entityId: number;
  name: string;
  key: string;
  reason: AliasReason;
  /** The article that attached it (null for a name a human gave). */
  articleId?: number | null;
}

/** A name of an extracted entity with its lookup key. */
export interface NamedKey {
  name: string;
  key: string;
  reason: AliasReason;
}

/** The pass that decided a match (recorded so its precision can be measured). */
export type MatchPass = 'FULL_NAME' | 'ACRONYM_WITH_EXPANSION' | 'SURNAME_WITH_ROLE' | 'MISSPELLING' | 'SAME_ARTICLE';

/** The decision for one extracted entity: an existing id, the name that matched and the pass. */
export interface Match {
  entityId: number;
  via: NamedKey;
  pass: MatchPass;
}

/** What the database knows beyond alias keys, for the passes that need supporting evidence. */
export interface MatchEvidence {
  /** Full names (not acronyms, short forms or surnames) of candidate entities, by id. */
  expansions: Map<number, string[]>;
  /** Roles of candidate people, by id. */
  roles: Map<number, RoleEvidence[]>;
  /** Roles the extracted person has in this article (organization ids already resolved). */
  ownRoles: RoleEvidence[];
}

const NO_EVIDENCE: MatchEvidence = { expansions: new Map(), roles: new Map(), ownRoles: [] };

/** Reasons whose names are full names: the only ones that may be match keys. */
const FULL_NAME_REASONS = new Set<AliasReason>([AliasReason.CANONICAL, AliasReason.VARIANT, AliasReason.TRANSLITERATION, AliasReason.MISSPELLING]);

/** Whether a name with this reason may match across articles by itself. */
export function isMatchKey(type: EntityType, name: string, reason: AliasReason): boolean {
  return FULL_NAME_REASONS.has(reason) && isDistinctiveName(type, name);
}

/** Every name of an extracted entity, keyed; people also get their surname (reason SURNAME). */
export function namesOf(type: EntityType, name: string, aliases: ExtractedAlias[], acronym?: string | null): NamedKey[] {
  const names: NamedKey[] = [{ name, key: nameKey(name), reason: AliasReason.CANONICAL }];
  for (const a of aliases) names.push({ name: a.name, key: nameKey(a.name), reason: a.reason as AliasReason });
  if (acronym) names.push({ name: acronym, key: nameKey(acronym), reason: AliasReason.ACRONYM });
  if (type === EntityType.PERSON && nameWords(name).length > 1) {
    names.push({ name: name.split(/\s+/).pop()!, key: surnameKey(name), reason: AliasReason.SURNAME });
  }
  const seen = new Set<string>();
  return names.filter((n) => n.key && !seen.has(n.key) && seen.add(n.key));
}

const ids = (rows: KnownAlias[]) => [...new Set(rows.map((r) => r.entityId))].sort((a, b) => a - b);

/** Pass 1: a distinctive full name equal (by key) to a distinctive full name of a known entity; the oldest wins. */
function byFullName(type: EntityType, names: NamedKey[], known: KnownAlias[]): Match | null {
  for (const n of names.filter((x) => isMatchKey(type, x.name, x.reason))) {
    const [id] = ids(known.filter((k) => k.key === n.key && isMatchKey(type, k.name, k.reason)));
    if (id !== undefined) return { entityId: id, via: n, pass: 'FULL_NAME' };
  }
  return null;
}

/** Pass 2: a shared acronym, when the two entities' expansions are compatible (one organization only). */
function byAcronym(names: NamedKey[], known: KnownAlias[], evidence: MatchEvidence): Match | null {
  const expansions = names.filter((n) => n.reason !== AliasReason.ACRONYM && n.reason !== AliasReason.SURNAME).map((n) => n.name);
  for (const n of names.filter((x) => x.reason === AliasReason.ACRONYM)) {
    const candidates = ids(known.filter((k) => k.key === n.key && k.reason === AliasReason.ACRONYM))
      .filter((id) => (evidence.expansions.get(id) ?? []).some((e) => expansions.some((x) => compatibleExpansions(e, x))));
    if (candidates.length === 1) return { entityId: candidates[0], via: n, pass: 'ACRONYM_WITH_EXPANSION' };
  }
  return null;
}

/** Pass 3: a surname alone, when exactly one person with it shares an organization or a title with this one. */
function bySurname(names: NamedKey[], known: KnownAlias[], evidence: MatchEvidence): Match | null {
  const n = names[0];
  if (n.key.includes(' ') || evidence.ownRoles.length === 0) return null;
  const candidates = ids(known.filter((k) => k.key === n.key && (k.reason === AliasReason.SURNAME || k.reason === AliasReason.CANONICAL)))
    .filter((id) => (evidence.roles.get(id) ?? []).some((r) => evidence.ownRoles.some((o) => sameRole(r, o))));
  return candidates.length === 1 ? { entityId: candidates[0], via: { ...n, reason: AliasReason.SURNAME }, pass: 'SURNAME_WITH_ROLE' } : null;
}

/**
 * Pick the existing entity an extracted one is, or null for a new one. People with a full name
 * match only by full name (two people who share a surname stay two).
 */
export function chooseMatch(type: EntityType, names: NamedKey[], known: KnownAlias[], evidence: MatchEvidence = NO_EVIDENCE): Match | null {
  const ofType = known.filter((k) => k.entityType === type);
  const full = byFullName(type, names, ofType);
  if (full) return full;
  if (type === EntityType.ORGANIZATION) return byAcronym(names, ofType, evidence);
  if (type === EntityType.PERSON) return bySurname(names, ofType, evidence);
  return null;
}

/** Whether two stored keys are one name misspelt (the across-articles row of MISSPELLING). */
export function isMisspelling(a: string, b: string): boolean {
  return withinEdits(a, b, 'acrossArticles');
}

/** Pass 4: a distinctive full name within the across-articles edit allowance of a known distinctive full name. */
export function byMisspelling(type: EntityType, name: NamedKey, near: KnownAlias[]): Match | null {
  if (!isMatchKey(type, name.name, name.reason)) return null;
  const close = near.filter((k) => k.entityType === type && isMatchKey(type, k.name, k.reason) && isMisspelling(k.key, name.key) && sameWordShape(k.name, name.name));
  const [id] = ids(close);
  return id === undefined ? null : { entityId: id, via: { ...name, reason: AliasReason.MISSPELLING }, pass: 'MISSPELLING' };
}

/** Misspellings across articles keep the word count and the generic words ("Ministry of Health" never becomes "Ministry of Wealth"). */
function sameWordShape(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => w === wb[i] || (isDistinctiveName(EntityType.ORGANIZATION, w) && isDistinctiveName(EntityType.ORGANIZATION, wb[i])));
}
