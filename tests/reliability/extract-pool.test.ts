/**
 * The extraction pool after a runaway article: the worker running it is terminated at the budget,
 * and an article queued behind it (one worker, so it has to wait) is still extracted. Real worker
 * threads; the timings are bounds against a hang, not speed targets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExtractionPool } from '../../src/ingest/extract-pool';

const RUNAWAY = `A page of initials\n\n${'Dr. Mr. U.S. A. B. '.repeat(80_000)}`;
const PLAIN = 'Bridge opens\n\nThe mayor of Tarrow, Ana Vey, said the bridge would open in May. "It is ready," she said.';

test('an article queued behind one that ran past the budget is still extracted (the pool never stays without a worker)', async () => {
  const pool = new ExtractionPool({ workers: 1, budgetMs: 800 });
  try {
    const runaway = pool.extract({ text: RUNAWAY }).then(() => 'stored', (e: Error) => e.message);
    await new Promise((r) => setTimeout(r, 50));
    const queued = pool.extract({ text: PLAIN });
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('the queued article was never extracted')), 60_000); });
    try {
      assert.match(await Promise.race([runaway, hang]), /longer than 800 ms to extract \(EXTRACTION_BUDGET_MS\)/);
      const doc = await Promise.race([queued, hang]);
      assert.ok(doc.people.some((p) => p.name === 'Ana Vey'), JSON.stringify(doc.people.map((p) => p.name)));
      // and the pool keeps working for the next one
      assert.equal((await Promise.race([pool.extract({ text: PLAIN }), hang])).quotes.length > 0, true);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await pool.close();
  }
});
