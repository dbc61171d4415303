import DataLoader from 'dataloader';
import { requestLoader } from './batch-gate';
import { DataSource } from 'typeorm';
import { isPostgres } from '../db/dialect';
import { PersonRole } from '../entities';
import { groupInKeyOrder, LoaderOptions } from './by-id.loader';

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Keep the first role per case-insensitive title and organization (roles come newest first). */
export function distinctRoles(roles: PersonRole[]): PersonRole[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = `${r.title.toLowerCase()}|${r.organizationId ?? ''}`;
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * The distinct roles of many people in one statement: per person, the latest report of each title
 * and organization, newest first. person_role keeps one row per article, so a person quoted in
 * thousands of articles has thousands of identical roles; SQL collapses them (exact title), and
 * distinctRoles then folds case on the few survivors, which gives what filtering every row would.
 * Created per request (see createLoaders).
 */
export function distinctRolesLoader(ds: DataSource, options: LoaderOptions = {}): DataLoader<number, PersonRole[]> {
  return requestLoader<number, PersonRole[]>(async (personIds) => {
    // SQLite returns the bare columns of the row holding MAX(asOf) in each group; the index
    // idx_person_role_distinct makes this one walk over index entries per person.
    // PostgreSQL has no bare columns: DISTINCT ON keeps the latest row of each group.
    const rows: PersonRole[] = isPostgres(ds) ? await ds.query(
      `SELECT * FROM (SELECT DISTINCT ON (personId, title, organizationId) id, personId, title, organizationId, asOf, articleId FROM person_role
       WHERE personId IN (${placeholders(personIds.length)})
       ORDER BY personId, title, organizationId, asOf DESC NULLS LAST, id DESC) AS r ORDER BY personId, asOf DESC NULLS LAST, id DESC`,
      [...personIds],
    ) : await ds.query(
      `SELECT id, personId, title, organizationId, MAX(asOf) AS asOf, articleId FROM person_role
       WHERE personId IN (${placeholders(personIds.length)})
       GROUP BY personId, title, organizationId ORDER BY personId, asOf DESC, id DESC`,
      [...personIds],
    );
    const roles = rows.map((row) => Object.assign(new PersonRole(), row));
    return groupInKeyOrder(personIds, roles, (r) => r.personId).map(distinctRoles);
  }, options);
}
