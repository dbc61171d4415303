import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/ingest/ingest.service';
import { parseJsonlRecord } from '../../src/ingest/sources';
import { BenchTarget, resetTarget, targetEnv, targetExists } from './target';

/** What one CLI ingest of a corpus cost. */
export interface IngestResult { articles: number; added: number; seconds: number; perSecond: number; peakRssMb: number; summary: string }

/** VmHWM (peak resident set) of a live process, in MB; 0 once it has exited. */
function vmHwmMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Ingest `corpus` into a fresh database at `target` (a SQLite file or a PostgreSQL database)
 * through the real CLI path (`node dist/src/cli/ingest.js <file>`), sampling the child's VmHWM
 * every 100 ms, and parse the summary line it prints. The result is cached (`target.cache`) so a
 * later `--reuse` run can report it without ingesting again.
 */
export async function ingestWithCli(distDir: string, corpus: string, target: BenchTarget, log: (s: string) => void): Promise<IngestResult> {
  await resetTarget(target);
  const child = spawn(process.execPath, [join(distDir, 'src/cli/ingest.js'), corpus], {
    env: { ...process.env, ...targetEnv(target), LOAD_SAMPLE_DATA: 'false', NODE_ENV: 'production', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let peak = 0;
  const timer = setInterval(() => { peak = Math.max(peak, vmHwmMb(child.pid!)); }, 100);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  const started = performance.now();
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const summary = out.split('\n').find((l) => l.startsWith('ingested ')) ?? '';
  const m = /^ingested (\d+) articles .*?: (\d+) new/.exec(summary);
  if (!m) throw new Error(`ingest of ${corpus} exited ${code} without a summary:\n${out.slice(0, 2000)}`);
  const result = { articles: Number(m[1]), added: Number(m[2]), seconds, perSecond: Number(m[1]) / seconds, peakRssMb: Math.round(peak), summary };
  log(`  ${summary} | peak RSS ${result.peakRssMb} MB`);
  writeFileSync(target.cache, JSON.stringify(result));
  return result;
}

/** The cached result of an earlier ingestWithCli into `target`, if any (and the target is still there). */
export async function cachedIngest(target: BenchTarget): Promise<IngestResult | null> {
  return existsSync(target.cache) && (await targetExists(target)) ? JSON.parse(readFileSync(target.cache, 'utf8')) as IngestResult : null;
}

/**
 * Extraction alone (validate-free `extract`, no database) over the first `limit` articles of
 * `corpus`, in this process. @returns articles per second
 */
export async function extractionRate(corpus: string, limit: number): Promise<{ articles: number; perSecond: number }> {
  let n = 0;
  let ms = 0;
  for await (const line of createInterface({ input: createReadStream(corpus, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const input = parseJsonlRecord(line);
    const t = performance.now();
    extract(input);
    ms += performance.now() - t;
    if (++n >= limit) break;
  }
  return { articles: n, perSecond: n / (ms / 1000) };
}
