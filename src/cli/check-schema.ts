/**
 * The schema breaking-change check (CI): compares schema.graphql with the previous release's
 * schema.previous.graphql through @graphql-inspector/core and exits 1 on any breaking change
 * (a removed field or type, a narrowed argument...). Usage: check-schema [previous] [current].
 */
import { readFileSync } from 'node:fs';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** Build a schema from SDL that carries federation directives (not declared in the file). */
function schemaOf(sdl: string) {
  return buildSchema(sdl, { assumeValidSDL: true });
}

/** The breaking changes from `previousSdl` to `currentSdl`, each as inspector describes it. */
export async function breakingChanges(previousSdl: string, currentSdl: string): Promise<Change[]> {
  const changes = await diff(schemaOf(previousSdl), schemaOf(currentSdl));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}

async function main(): Promise<void> {
  const [previous = 'schema.previous.graphql', current = 'schema.graphql'] = process.argv.slice(2);
  const breaking = await breakingChanges(readFileSync(previous, 'utf8'), readFileSync(current, 'utf8'));
  for (const c of breaking) console.error(`BREAKING ${c.path ?? ''}: ${c.message}`);
  console.log(breaking.length ? `${breaking.length} breaking change(s) since ${previous}` : `no breaking change since ${previous}`);
  if (breaking.length) process.exit(1);
}

if (require.main === module) void main();
