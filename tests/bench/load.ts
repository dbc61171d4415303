import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { BenchQuery } from './queries';
import type { Variant } from './variants';

/** The part of autocannon's result the benchmark reads (autocannon ships no types). */
interface CannonResult { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number; timeouts: number }
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Cannon;

/** Throughput and latency of one timed run. */
export interface LoadResult { rps: number; p50: number; p99: number; failed: number }

/** Whether `taskset` (util-linux) is there to pin the server and the load generator to separate cores. */
export function hasTaskset(): boolean {
  return spawnSync('taskset', ['-V']).status === 0;
}

/** Pin this process (every thread) to `core`; returns false when that is not possible. */
export function pinSelf(core: number): boolean {
  return hasTaskset() && spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)]).status === 0;
}

/** A variant served by a child process (pinned to core 0 when taskset exists). */
export interface ChildServer { url: string; child: ChildProcess; stop(): Promise<void> }

/**
 * Start `dist/tests/bench/serve.js <variant> <db>` (a SQLite path or a PostgreSQL URL, see target.ts) as a child pinned to core 0 and wait for its
 * URL. `nodeFlags` go to node (e.g. `--cpu-prof --cpu-prof-dir=...` to profile the server).
 */
export async function spawnServer(distDir: string, variant: Variant, database: string, nodeFlags: string[] = []): Promise<ChildServer> {
  const args = [...nodeFlags, join(distDir, 'tests/bench/serve.js'), variant, database];
  const child = hasTaskset()
    ? spawn('taskset', ['-c', '0', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the ${variant} server exited (${code}) before listening`)));
  });
  return { url, child, stop: async () => { child.kill('SIGTERM'); await exited; } };
}

/**
 * Load `url` with `q` for `seconds` over `connections` connections (autocannon, in this process).
 * With `rate`, requests are paced at that overall rate (latency then includes queueing delays).
 */
export async function load(url: string, q: BenchQuery, seconds: number, connections: number, rate?: number): Promise<LoadResult> {
  const result = await autocannon({
    url, method: 'POST', duration: seconds, connections,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
    ...(rate ? { overallRate: Math.max(1, Math.round(rate)) } : {}),
  });
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
