/**
 * Generate one corpus and ingest it through the CLI, caching the result for `npm run bench -- --reuse`.
 * Usage: node dist/tests/bench/ingest-only.js <size, e.g. 100k> [postgres://server (see target.ts)]
 */
import { join, resolve } from 'node:path';
import { parseSize, writeCorpus } from './corpus/generate';
import { ingestWithCli } from './ingest-bench';
import { benchTarget } from './target';

const BENCH_DIR = resolve('tests', 'bench', 'data');
const DIST = resolve(__dirname, '..', '..');

async function main(label: string, serverUrl: string | null): Promise<void> {
  const corpus = await writeCorpus(join(BENCH_DIR, `corpus-${label}.jsonl`), parseSize(label));
  await ingestWithCli(DIST, corpus, benchTarget(BENCH_DIR, label, serverUrl), console.log);
}

main(process.argv[2] ?? '10k', process.argv[3] ?? null).catch((err) => { console.error(err); process.exitCode = 1; });
