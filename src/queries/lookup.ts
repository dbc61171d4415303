import { DataSource } from 'typeorm';
import { EntityType } from '../entities/enums';
import { nameKey, nameWords } from '../text/fold';

/**
 * Ids of the entities of `type` that go by `name`: its canonical name, any alias, an acronym,
 * or (for people) the surname alone, compared by folded key, so case, accents and common
 * transliteration variants do not matter. One statement.
 */
export async function findIdsByName(ds: DataSource, type: EntityType, name: string): Promise<number[]> {
  const key = nameKey(name);
  if (!key) return [];
  const rows: { id: number }[] = await ds.query(
    'SELECT DISTINCT entityId AS id FROM alias WHERE entityType = ? AND key = ? ORDER BY entityId',
    [type, key],
  );
  if (rows.length > 0 || type !== EntityType.PERSON) return rows.map((r) => r.id);
  return findPeopleByInitials(ds, name);
}

/** "S. Chizhik" or "S Chizhik": people with that surname whose given name starts with S. */
async function findPeopleByInitials(ds: DataSource, name: string): Promise<number[]> {
  const words = nameWords(name);
  if (words.length < 2 || words.slice(0, -1).some((w) => w.length > 1)) return [];
  const surname = nameKey(words[words.length - 1]);
  const rows: { id: number; name: string }[] = await ds.query(
    `SELECT DISTINCT p.id AS id, p.name AS name FROM alias a JOIN person p ON p.id = a.entityId
     WHERE a.entityType = 'PERSON' AND a.key = ? ORDER BY p.id`,
    [surname],
  );
  return rows.filter((r) => nameWords(r.name)[0]?.startsWith(words[0])).map((r) => r.id);
}
