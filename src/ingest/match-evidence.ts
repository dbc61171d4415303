import { EntityManager } from 'typeorm';
import { AliasReason, EntityType } from '../entities/enums';
import type { ExtractedRole } from '../extraction/types';
import type { IdMap } from './entity-writer';
import type { KnownAlias, MatchEvidence, NamedKey, RoleEvidence } from './match';

const placeholders = (n: number) => Array(n).fill('?').join(', ');
const FULL_NAMES = [AliasReason.CANONICAL, AliasReason.VARIANT, AliasReason.TRANSLITERATION, AliasReason.MISSPELLING];

/** Known organizations sharing an acronym with `names`: their ids. */
function acronymMates(names: NamedKey[], known: KnownAlias[]): number[] {
  const acronyms = new Set(names.filter((n) => n.reason === AliasReason.ACRONYM).map((n) => n.key));
  if (acronyms.size === 0) return [];
  return [...new Set(known.filter((k) => k.entityType === EntityType.ORGANIZATION && k.reason === AliasReason.ACRONYM && acronyms.has(k.key)).map((k) => k.entityId))];
}

/** Known people going by the one-word name `names[0]`: their ids. */
function surnameMates(names: NamedKey[], known: KnownAlias[]): number[] {
  const key = names[0]?.key;
  return key && !key.includes(' ') ? [...new Set(known.filter((k) => k.entityType === EntityType.PERSON && k.key === key).map((k) => k.entityId))] : [];
}

/**
 * The evidence the acronym and surname passes need, for the entities of one article. The alias
 * and role tables do not change while an article's entities are matched (its aliases and roles
 * are written afterwards), so each entity's full names and roles are read once: those of every
 * entity the article's names point to at the start in one statement each (prefetch), any other
 * when first needed.
 */
export class ArticleEvidence {
  private readonly fullNames = new Map<number, string[]>();
  private readonly roles = new Map<number, RoleEvidence[]>();

  constructor(private readonly manager: EntityManager) {}

  /** Read ahead for all of `candidates` (the article's extracted entities) against the aliases `known` at the start. */
  async prefetch(candidates: { type: EntityType; names: NamedKey[] }[], known: KnownAlias[]): Promise<void> {
    const orgs = candidates.filter((c) => c.type === EntityType.ORGANIZATION).flatMap((c) => acronymMates(c.names, known));
    const people = candidates.filter((c) => c.type === EntityType.PERSON).flatMap((c) => surnameMates(c.names, known));
    await this.loadFullNames(orgs);
    await this.loadRoles(people);
  }

  /** The evidence for one extracted entity. */
  async evidenceFor(type: EntityType, names: NamedKey[], known: KnownAlias[], roles: ExtractedRole[], orgIds: IdMap): Promise<MatchEvidence> {
    return {
      expansions: type === EntityType.ORGANIZATION ? await this.pick(acronymMates(names, known), this.fullNames, (ids) => this.loadFullNames(ids)) : new Map(),
      roles: type === EntityType.PERSON ? await this.pick(surnameMates(names, known), this.roles, (ids) => this.loadRoles(ids)) : new Map(),
      ownRoles: roles.map((r) => ({ title: r.title, organizationId: r.organizationKey ? orgIds.get(r.organizationKey) ?? null : null })),
    };
  }

  /** `ids` that have entries in `cache` (read first where not yet read), by id. */
  private async pick<T>(ids: number[], cache: Map<number, T[]>, load: (ids: number[]) => Promise<void>): Promise<Map<number, T[]>> {
    await load(ids);
    const out = new Map<number, T[]>();
    for (const id of ids) if (cache.get(Number(id))!.length > 0) out.set(id, cache.get(Number(id))!);
    return out;
  }

  /** Full names of organizations (one statement, none when all are read). */
  private loadFullNames(ids: number[]): Promise<void> {
    return readOnce(this.fullNames, ids, async (todo) => {
      const rows: { entityId: number; name: string }[] = await this.manager.query(
        `SELECT entityId, name FROM alias WHERE entityType = 'ORGANIZATION' AND entityId IN (${placeholders(todo.length)}) AND reason IN (${placeholders(FULL_NAMES.length)})`,
        [...todo, ...FULL_NAMES],
      );
      return rows.map((r) => [r.entityId, r.name]);
    });
  }

  /** Roles of people (one statement, none when all are read). */
  private loadRoles(ids: number[]): Promise<void> {
    return readOnce(this.roles, ids, async (todo) => {
      const rows: { personId: number; title: string; organizationId: number | null }[] = await this.manager.query(
        `SELECT personId, title, organizationId FROM person_role WHERE personId IN (${placeholders(todo.length)})`, todo,
      );
      return rows.map((r) => [r.personId, { title: r.title, organizationId: r.organizationId }]);
    });
  }
}

/** Read the values of those of `ids` not yet in `cache` (one `read` for all of them) and keep them there, by id. */
async function readOnce<T>(cache: Map<number, T[]>, ids: number[], read: (todo: number[]) => Promise<[number, T][]>): Promise<void> {
  const todo = [...new Set(ids.map(Number))].filter((id) => !cache.has(id));
  if (todo.length === 0) return;
  const found = await read(todo);
  for (const id of todo) cache.set(id, []);
  for (const [id, value] of found) cache.get(Number(id))!.push(value);
}
