import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether an Authorization header carries one of `keys` as a Bearer token. Compares SHA-256
 * digests with timingSafeEqual, so the time taken says nothing about how much of a key matched.
 */
export function hasValidKey(header: string | undefined, keys: string[]): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const given = digest(match[1]);
  let ok = false;
  for (const key of keys) ok = timingSafeEqual(given, digest(key)) || ok;
  return ok;
}

/** The name of the key a Bearer header carries (from `names`, same order as `keys`), or null when it carries none. */
export function keyNameOf(header: string | undefined, keys: string[], names: string[]): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const given = digest(match[1]);
  let found: string | null = null;
  keys.forEach((key, i) => { if (timingSafeEqual(given, digest(key))) found = names[i] ?? `key-${i + 1}`; });
  return found;
}
