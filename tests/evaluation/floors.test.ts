import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFloors, loadFloors } from '../../src/evaluation/floors';
import type { EvaluationRun } from '../../src/evaluation/run';

/** A run whose people F1 is 0.8 (tp 8, fp 2, fn 2) and whose headline rate is 1 of 2. */
function run(): EvaluationRun {
  return {
    total: {
      counts: { people: { tp: 8, fp: 2, fn: 2 } },
      accuracy: { headline: { correct: 1, total: 2 } },
    },
    articles: [],
  } as unknown as EvaluationRun;
}

function floorsFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'floors-')), 'floors.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

test('a figure below its floor is a breach naming the category, floor and actual figure', () => {
  const breaches = checkFloors(run(), { people: 0.85, headline: 0.5 });
  assert.equal(breaches.length, 1);
  assert.equal(breaches[0].category, 'people');
  assert.equal(breaches[0].floor, 0.85);
  assert.ok(Math.abs(breaches[0].actual - 0.8) < 1e-9, `actual ${breaches[0].actual}`);
});

test('figures at or above their floors pass the gate', () => {
  assert.deepEqual(checkFloors(run(), { people: 0.8, headline: 0.4 }), []);
});

test('a floors file with an unknown category or a value outside 0..1 is refused with the reason', () => {
  assert.throws(() => loadFloors(floorsFile({ peple: 0.5 })), /unknown category "peple"/);
  assert.throws(() => loadFloors(floorsFile({ people: 95 })), /must be a number from 0 to 1 \(got 95\)/);
  assert.deepEqual(loadFloors(floorsFile({ $comment: 'x', people: 0.9 })), { people: 0.9 });
});
