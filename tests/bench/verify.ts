import assert from 'node:assert/strict';
import type { Database } from '../../src/data-source';
import type { BenchQuery } from './queries';
import { post, startVariant, Variant, VARIANTS } from './variants';

/** The first path where two JSON values differ, for a readable failure. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b) ? null : `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

/** Bodies and SQL statements of every query on every variant, measured in this process. */
export interface Verified { bodies: Record<string, Record<Variant, unknown>>; statements: Record<string, Record<Variant, number>> }

/**
 * Start each variant in this process over `db`, send every query once, and check that the three
 * bodies are identical (deepEqual of the parsed JSON); throws naming the query, variant and the
 * first differing path. Also counts the SQL statements each request ran (db.sqlCounter).
 */
export async function verifyVariants(db: Database, queries: BenchQuery[]): Promise<Verified> {
  const result: Verified = { bodies: {}, statements: {} };
  for (const variant of VARIANTS) {
    const running = await startVariant(variant, db);
    try {
      for (const q of queries) {
        await post(running.url, q.query, q.variables);
        db.sqlCounter.reset();
        const body = await post(running.url, q.query, q.variables);
        ((result.statements[q.name] ??= {} as Record<Variant, number>))[variant] = db.sqlCounter.count;
        ((result.bodies[q.name] ??= {} as Record<Variant, unknown>))[variant] = body;
      }
    } finally {
      await running.stop();
    }
  }
  for (const q of queries) {
    const bodies = result.bodies[q.name];
    for (const variant of ['graphql-js', 'naive', 'ceiling'] as const) {
      const diff = firstDifference(bodies.service, bodies[variant]);
      assert.ok(!diff, `${q.name}: the ${variant} body differs from the service's at ${diff}`);
      assert.deepEqual(bodies[variant], bodies.service, `${q.name}: ${variant} body differs from the service's`);
    }
  }
  return result;
}
