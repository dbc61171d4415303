import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchGate, requestLoader, type LoaderOptions } from '../../src/loaders/batch-gate';

/**
 * Two loaders read for different times (as a people statement and an organizations statement
 * do); what each answer leads to asks a third loader. The batches the third one sends are counted.
 */
async function thirdLoaderBatches(options: LoaderOptions): Promise<number[][]> {
  const sent: number[][] = [];
  const slow = (ms: number) => requestLoader<number, number>(async (keys) => { await sleep(ms); return keys.map((k) => k * 10); }, options);
  const people = slow(5);
  const organizations = slow(40);
  const quotes = requestLoader<number, string>(async (keys) => { sent.push([...keys]); return keys.map((k) => `quote of ${k}`); }, options);
  const answers = await Promise.all([1, 2, 3].map(async (id) => {
    const parts = await Promise.all(id === 1 ? [people.load(id)] : [people.load(id), organizations.load(id)]);
    return quotes.load(parts[0]);
  }));
  assert.deepEqual(answers, ['quote of 10', 'quote of 20', 'quote of 30']);
  return sent;
}

describe('BatchGate', () => {
  test('without a gate, branches that resolve at different times send the third loader twice', async () => {
    assert.deepEqual(await thirdLoaderBatches({}), [[10], [20, 30]]);
  });

  test('with a gate, the third loader waits for the reading batch and sends once', async () => {
    assert.deepEqual(await thirdLoaderBatches({ gate: new BatchGate() }), [[10, 20, 30]]);
  });

  test('batches asked in the same tick are sent together, not held behind each other', async () => {
    const gate = new BatchGate();
    let reading = 0;
    let most = 0;
    const loader = () => requestLoader<number, number>(async (keys) => {
      most = Math.max(most, ++reading);
      await sleep(10);
      reading -= 1;
      return [...keys];
    }, { gate });
    const [a, b] = [loader(), loader()];
    assert.deepEqual(await Promise.all([a.load(1), b.load(2)]), [1, 2]);
    assert.equal(most, 2, 'both batches read at the same time');
  });

  test('a failed batch does not hold the others', async () => {
    const gate = new BatchGate();
    const failing = requestLoader<number, number>(async () => { throw new Error('no such table'); }, { gate });
    const next = requestLoader<number, number>(async (keys) => [...keys], { gate });
    await assert.rejects(failing.load(1), /no such table/);
    assert.equal(await next.load(7), 7);
  });
});
