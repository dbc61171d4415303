import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { articleMaker, CorpusRecord } from './article';
import { mulberry32 } from './prng';
import { buildWorld } from './world';

/** The default seed: the same seed always gives the same corpus, byte for byte. */
export const DEFAULT_SEED = 20240601;

/**
 * The first `count` synthetic wire articles of the corpus for `seed`. Article `i` is the same
 * whatever `count` is, so the 1k corpus is a prefix of the 10k one.
 */
export function* generateArticles(count: number, seed = DEFAULT_SEED): Generator<CorpusRecord> {
  const make = articleMaker(buildWorld(mulberry32(seed)));
  const rng = mulberry32(seed ^ 0x5bd1e995);
  for (let i = 0; i < count; i += 1) yield make(rng, i);
}

/**
 * Write `count` articles as JSON Lines to `path` (streamed; written to a temp file and renamed,
 * so an interrupted run leaves no half corpus). Skips the work when the file already exists.
 * @returns the path
 */
export async function writeCorpus(path: string, count: number, seed = DEFAULT_SEED): Promise<string> {
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp, 'utf8');
  for (const record of generateArticles(count, seed)) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(tmp, path);
  return path;
}

/** "1k" -> 1000, "100k" -> 100000, "50" -> 50. */
export function parseSize(label: string): number {
  const m = /^(\d+)(k?)$/i.exec(label.trim());
  if (!m) throw new Error(`a size is a number with an optional k, e.g. 1k or 500; got ${JSON.stringify(label)}`);
  return Number(m[1]) * (m[2] ? 1000 : 1);
}
