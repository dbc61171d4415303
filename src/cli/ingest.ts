/**
 * Bulk ingest: `npm run ingest -- <files or folders...>` (.txt, .html, .jsonl).
 * Shows a progress bar on stderr, prints a summary, lists failures with their reason, and exits
 * with status 1 when any article failed.
 */
import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig, loadDotEnv } from '../config';
import { Database, databaseOptions } from '../data-source';
import { bulkIngest, BulkSummary } from '../ingest/bulk';
import { countSources } from '../ingest/sources';

function printSummary(s: BulkSummary, seconds: number): void {
  const rate = seconds > 0 ? (s.total / seconds).toFixed(1) : '-';
  console.log(`ingested ${s.total} articles in ${seconds.toFixed(1)} s (${rate}/s): ${s.added} new, ${s.duplicates} duplicate, ${s.failed} failed; ${s.quotes} quotes, ${s.people} people`);
  if (s.failed > 0) {
    console.log('failures:');
    for (const f of s.failures) console.log(`  ${f.label}: ${f.reason}`);
    if (s.failed > s.failures.length) console.log(`  … and ${s.failed - s.failures.length} more`);
  }
}

async function main(): Promise<number> {
  const paths = process.argv.slice(2).filter((a) => a !== '--');
  if (paths.length === 0) {
    console.error('usage: npm run ingest -- <files or folders...>   (.txt, .html and .jsonl)');
    return 2;
  }
  loadDotEnv();
  const config = loadConfig();
  const db = await Database.open(databaseOptions(config));
  const bar = new SingleBar({ format: 'ingesting [{bar}] {value}/{total} | {added} new, {duplicates} duplicate, {failed} failed | {eta_formatted} left', stream: process.stderr, noTTYOutput: false }, Presets.shades_classic);
  bar.start(await countSources(paths), 0, { added: 0, duplicates: 0, failed: 0 });
  const started = performance.now();
  const summary = await bulkIngest(db, paths, config, {
    workers: config.ingestWorkers,
    budgetMs: config.extractionBudgetMs,
    onProgress: (s) => bar.update(s.total, { added: s.added, duplicates: s.duplicates, failed: s.failed }),
  });
  bar.stop();
  await db.close();
  printSummary(summary, (performance.now() - started) / 1000);
  return summary.failed > 0 ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (err) => { console.error(err); process.exitCode = 1; });
