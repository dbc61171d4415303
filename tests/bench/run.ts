/**
 * The benchmark runner: `npm run bench -- [--sizes 1k,10k,100k] [--duration 10] [--connections 10]
 * [--reuse] [--queries-only] [--extract-limit 2000] [--profile] [--profile-only] [--database-url postgres://...]`.
 * For each size: generate the
 * corpus, ingest it through the CLI, time extraction alone, check the three variants answer
 * identically (and count their SQL), then load each variant with autocannon. Writes
 * tests/bench/results.md and prints it. --reuse reports an earlier ingest of the same size instead
 * of ingesting again; --queries-only keeps an existing database as it is (no ingest figures).
 * --profile-only profiles the service under Q1 first 50 and Q2 on the database of each size (ingesting
 * it when missing) and prints the tables, with no load figures.
 * --database-url runs everything on PostgreSQL: one database per size on that server (target.ts),
 * figures to tests/bench/results-postgres.md unless --out says otherwise.
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { parseSize, writeCorpus } from './corpus/generate';
import { cachedIngest, extractionRate, ingestWithCli } from './ingest-bench';
import { load, pinSelf, spawnServer } from './load';
import { selfTimeTable, topSelfTime } from './profile-summary';
import { BenchQuery, benchQueries } from './queries';
import { renderReport, SizeResult } from './report';
import { BenchTarget, benchTarget, openTarget, targetArg, targetExists } from './target';
import { VARIANTS } from './variants';
import { verifyVariants } from './verify';

const DATA_DIR = resolve('tests', 'bench', 'data');
const DIST = resolve(__dirname, '..', '..');
const opts = parseArgs({ options: {
  sizes: { type: 'string', default: '1k,10k,100k' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' },
  reuse: { type: 'boolean', default: false }, 'queries-only': { type: 'boolean', default: false }, 'extract-limit': { type: 'string', default: '2000' }, profile: { type: 'boolean', default: false }, 'profile-only': { type: 'boolean', default: false },
  out: { type: 'string' }, 'database-url': { type: 'string' },
}, allowPositionals: true }).values;
const serverUrl = opts['database-url'] ?? null;
const out = opts.out ?? resolve('tests', 'bench', serverUrl ? 'results-postgres.md' : 'results.md');
const log = (s: string) => console.error(s);

/** Verify bodies and count SQL in this process, before anything is timed. */
async function verify(target: BenchTarget): Promise<{ queries: BenchQuery[]; statements: SizeResult['statements'] }> {
  const db = await openTarget(target);
  try {
    const queries = await benchQueries(db.reader);
    const { statements } = await verifyVariants(db, queries);
    log(`  bodies identical across ${VARIANTS.join(', ')}; SQL/request ${JSON.stringify(statements)}`);
    return { queries, statements };
  } finally {
    await db.close();
  }
}

/** Time every query on every variant (one server child at a time), then pace the service at half its max. */
async function timeVariants(target: BenchTarget, queries: BenchQuery[]): Promise<Pick<SizeResult, 'load' | 'halfRate'>> {
  const seconds = Number(opts.duration);
  const connections = Number(opts.connections);
  const result: Pick<SizeResult, 'load' | 'halfRate'> = { load: {}, halfRate: {} };
  for (const variant of VARIANTS) {
    const server = await spawnServer(DIST, variant, targetArg(target));
    try {
      // A fresh server is slow for its first seconds (V8 compiling, the extraction workers loading
      // the pipeline on the same core): every query runs once before any is timed, so the first
      // query timed is not the one that pays for start-up.
      for (const q of queries) await load(server.url, q, Math.min(2, seconds), connections);
      for (const q of queries) {
        await load(server.url, q, Math.min(2, seconds), connections);
        const r = await load(server.url, q, seconds, connections);
        (result.load[q.name] ??= {} as SizeResult['load'][string])[variant] = r;
        log(`  ${variant.padEnd(7)} ${q.name.padEnd(12)} ${r.rps} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms${r.failed ? `  FAILED ${r.failed}` : ''}`);
      }
      if (variant === 'service') {
        for (const q of queries) {
          const rate = result.load[q.name].service.rps / 2;
          result.halfRate[q.name] = { ...(await load(server.url, q, seconds, connections, rate)), rate };
          log(`  service ${q.name.padEnd(12)} paced at ${rate.toFixed(0)} req/s: p99 ${result.halfRate[q.name].p99} ms`);
        }
      }
    } finally {
      await server.stop();
    }
  }
  return result;
}

/** Profile the service child under Q1 first 50 and Q2 load (one child each) and return the top self-time tables. */
async function profileService(target: BenchTarget, queries: BenchQuery[]): Promise<string> {
  const tables: string[] = [];
  for (const name of ['Q1 first 50', 'Q2 article']) {
    const dir = join(DATA_DIR, `profile-${Date.now()}`);
    const started = performance.now();
    const server = await spawnServer(DIST, 'service', targetArg(target), ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const query = queries.find((q) => q.name === name)!;
    await load(server.url, query, 6, Number(opts.connections)); // warm-up (a fresh server is slow for its first seconds): start-up and JIT are left out of the table
    const skipMs = performance.now() - started;
    await load(server.url, query, Number(opts.duration), Number(opts.connections));
    await server.stop();
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
    tables.push(`${name}:\n${selfTimeTable(topSelfTime(JSON.parse(readFileSync(join(dir, file), 'utf8')), 20, skipMs))}`);
  }
  return tables.join('\n\n');
}

async function runSize(label: string): Promise<SizeResult | null> {
  log(`== ${label}`);
  const corpus = await writeCorpus(join(DATA_DIR, `corpus-${label}.jsonl`), parseSize(label));
  const target = benchTarget(DATA_DIR, label, serverUrl);
  if (opts['profile-only']) {
    if (!(await targetExists(target))) await ingestWithCli(DIST, corpus, target, log);
    log(`  service profiles (${label}):\n${await profileService(target, (await verify(target)).queries)}`);
    return null;
  }
  const keep = opts['queries-only'] && (await targetExists(target));
  const ingest = (opts.reuse && (await cachedIngest(target))) || (keep ? null : await ingestWithCli(DIST, corpus, target, log));
  const extraction = await extractionRate(corpus, Number(opts['extract-limit']));
  log(`  extraction alone: ${extraction.perSecond.toFixed(1)} articles/s over ${extraction.articles}`);
  const { queries, statements } = await verify(target);
  const timed = await timeVariants(target, queries);
  if (opts.profile) log(`  service profiles (${label}):\n${await profileService(target, queries)}`);
  return { label, ingest, extraction, statements, ...timed };
}

/** The PostgreSQL server's version and its durability settings, for the report. */
async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [r] } = await client.query("SELECT current_setting('server_version') AS v, current_setting('fsync') AS f, current_setting('synchronous_commit') AS s, current_setting('shared_buffers') AS b");
    return `${r.v}, fsync ${r.f}, synchronous_commit ${r.s}, shared_buffers ${r.b}`;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  mkdirSync(DATA_DIR, { recursive: true });
  const pinned = pinSelf(1);
  const machine = `Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}; Node ${process.version}; load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')}; `
    + `${pinned ? 'server pinned to core 0, autocannon to core 1' : 'taskset unavailable: nothing pinned'}; ${opts.duration} s per run, ${opts.connections} connections; `
    + `commit ${execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()}, ${new Date().toISOString()}. `
    + `Backend: ${serverUrl ? `PostgreSQL ${await serverVersion(serverUrl)} (the server's own processes unpinned)` : 'SQLite (WAL, synchronous NORMAL)'}.`;
  const sizes: SizeResult[] = [];
  for (const label of opts.sizes!.split(',')) {
    const result = await runSize(label.trim());
    if (!result) continue;
    sizes.push(result);
    writeFileSync(out, renderReport(sizes, machine)); // after each size, so a long run keeps what it has
  }
  if (sizes.length) console.log(renderReport(sizes, machine));
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
