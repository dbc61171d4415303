/**
 * The extraction pool after a runaway article: the worker running it is terminated at the budget,
 * and an article queued behind it (one worker, so it has to wait) is still extracted. Real worker
 * threads; the timings are bounds against a hang, not speed targets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { ExtractionPool } from '../../src/ingest/extract-pool';
import { WORKER_NICE } from '../../src/ingest/extract.worker';

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

/** Nice values of this process's threads (Linux: /proc/self/task/<tid>/stat, field 19). */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

test('extraction workers run at a lower priority than the threads that answer requests', { skip: process.platform !== 'linux' && 'per-thread nice values are read from Linux /proc' }, async () => {
  const before = threadNiceValues();
  assert.ok(!before.includes(WORKER_NICE), `no thread is at nice ${WORKER_NICE} before the pool starts: ${before}`);
  const pool = new ExtractionPool({ workers: 2, budgetMs: 0 });
  try {
    await Promise.all([pool.extract({ text: PLAIN }), pool.extract({ text: PLAIN })]);
    const during = threadNiceValues();
    assert.ok(during.filter((n) => n === WORKER_NICE).length >= 1, `a worker thread is at nice ${WORKER_NICE}: ${during}`);
    assert.equal(threadNiceValues()[0], 0, 'the main thread keeps its priority');
  } finally {
    await pool.close();
  }
});
