/**
 * Re-extraction: `npm run reextract [-- --limit N] [--restart]` runs the current extraction again
 * over every stored article (ingest/reextract.ts). A progress bar runs on stderr; an interrupted
 * run continues where it stopped; exits with status 1 when any article failed.
 */
import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig, loadDotEnv } from '../config';
import { Database, databaseOptions } from '../data-source';
import { reextractAll } from '../ingest/reextract';

const USAGE = 'usage: npm run reextract [-- --limit N] [--restart]';

function parseArgs(args: string[]): { limit?: number; restart: boolean } | null {
  const out: { limit?: number; restart: boolean } = { restart: false };
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--') continue;
    if (args[i] === '--restart') out.restart = true;
    else if (args[i] === '--limit' && /^\d+$/.test(args[i + 1] ?? '')) out.limit = Number(args[(i += 1)]);
    else return null;
  }
  return out;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  loadDotEnv();
  const db = await Database.open(databaseOptions(loadConfig()));
  const bar = new SingleBar({ format: 're-extracting [{bar}] {value}/{total} | {failed} failed | {eta_formatted} left', stream: process.stderr, noTTYOutput: true }, Presets.shades_classic);
  const started = performance.now();
  let begun = false;
  const summary = await reextractAll(db, {
    ...args,
    onProgress: (s) => {
      if (!begun) { bar.start(s.total, 0, { failed: 0 }); begun = true; }
      bar.update(s.done + s.failed, { failed: s.failed });
    },
  });
  if (begun) bar.stop();
  await db.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const from = summary.resumedAfter ? ` (continued after article ${summary.resumedAfter})` : '';
  console.log(`re-extracted ${summary.done} articles in ${seconds} s${from}: ${summary.failed} failed; ${summary.finished ? 'every article done' : 'more remain: run again to continue'}`);
  for (const f of summary.failures) console.log(`  article ${f.articleId}: ${f.reason}`);
  return summary.failed > 0 ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (err) => { console.error(err); process.exitCode = 1; });
