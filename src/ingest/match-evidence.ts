import { EntityManager } from 'typeorm';
import { AliasReason, EntityType } from '../entities/enums';
import type { ExtractedRole } from '../extraction/types';
import type { IdMap } from './entity-writer';
import type { KnownAlias, MatchEvidence, NamedKey, RoleEvidence } from './match';

const placeholders = (n: number) => Array(n).fill('?').join(', ');
const FULL_NAMES = [AliasReason.CANONICAL, AliasReason.VARIANT, AliasReason.TRANSLITERATION, AliasReason.MISSPELLING];

/** Known organizations sharing an acronym with `names`: their full names (one statement, none when no acronym matched). */
async function expansionsOf(manager: EntityManager, names: NamedKey[], known: KnownAlias[]): Promise<Map<number, string[]>> {
  const acronyms = new Set(names.filter((n) => n.reason === AliasReason.ACRONYM).map((n) => n.key));
  const ids = [...new Set(known.filter((k) => k.entityType === EntityType.ORGANIZATION && k.reason === AliasReason.ACRONYM && acronyms.has(k.key)).map((k) => k.entityId))];
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const rows: { entityId: number; name: string }[] = await manager.query(
    `SELECT entityId, name FROM alias WHERE entityType = 'ORGANIZATION' AND entityId IN (${placeholders(ids.length)}) AND reason IN (${placeholders(FULL_NAMES.length)})`,
    [...ids, ...FULL_NAMES],
  );
  for (const r of rows) out.set(r.entityId, [...(out.get(r.entityId) ?? []), r.name]);
  return out;
}

/** Known people going by a one-word name: their roles (one statement, none when nobody has it). */
async function rolesOf(manager: EntityManager, names: NamedKey[], known: KnownAlias[]): Promise<Map<number, RoleEvidence[]>> {
  const key = names[0]?.key;
  const ids = key && !key.includes(' ') ? [...new Set(known.filter((k) => k.entityType === EntityType.PERSON && k.key === key).map((k) => k.entityId))] : [];
  const out = new Map<number, RoleEvidence[]>();
  if (ids.length === 0) return out;
  const rows: { personId: number; title: string; organizationId: number | null }[] = await manager.query(
    `SELECT personId, title, organizationId FROM person_role WHERE personId IN (${placeholders(ids.length)})`, ids,
  );
  for (const r of rows) out.set(r.personId, [...(out.get(r.personId) ?? []), { title: r.title, organizationId: r.organizationId }]);
  return out;
}

/** The evidence the acronym and surname passes need for one extracted entity. */
export async function evidenceFor(
  manager: EntityManager, type: EntityType, names: NamedKey[], known: KnownAlias[], roles: ExtractedRole[], orgIds: IdMap,
): Promise<MatchEvidence> {
  return {
    expansions: type === EntityType.ORGANIZATION ? await expansionsOf(manager, names, known) : new Map(),
    roles: type === EntityType.PERSON ? await rolesOf(manager, names, known) : new Map(),
    ownRoles: roles.map((r) => ({ title: r.title, organizationId: r.organizationKey ? orgIds.get(r.organizationKey) ?? null : null })),
  };
}
