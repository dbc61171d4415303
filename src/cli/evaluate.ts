/**
 * `npm run evaluate [-- --dir <folder>] [--verbose] [--json]`: runs the extraction pipeline over
 * the labelled set and prints precision / recall / F1 per category, then checks the committed
 * floors (tests/evaluation/floors.json, or --floors <file>; --no-gate to skip): exit 1 when a figure
 * falls below its floor.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractArticle } from '../extraction/pipeline';
import { loadLabelledSet } from '../evaluation/load-labelled';
import { checkFloors, loadFloors } from '../evaluation/floors';
import { formatMisses, formatTable, toJson } from '../evaluation/report';
import { runEvaluation } from '../evaluation/run';

interface Options {
  dir: string;
  verbose: boolean;
  json: boolean;
  /** Floors file, or null with --no-gate. */
  floors: string | null;
}

/** The nearest folder above `start` holding both package.json and src/. */
function findRepoRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
  }
  return process.cwd();
}

function parseArgs(argv: string[]): Options {
  const root = findRepoRoot(__dirname);
  const options: Options = { dir: join(root, 'tests', 'fixtures', 'labelled'), verbose: false, json: false, floors: join(root, 'tests', 'evaluation', 'floors.json') };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--no-gate') options.floors = null;
    else if (arg === '--floors' && argv[i + 1]) options.floors = resolve(argv[++i]);
    else if (arg === '--dir' && argv[i + 1]) options.dir = resolve(argv[++i]);
    else if (arg.startsWith('--dir=')) options.dir = resolve(arg.slice('--dir='.length));
    else throw new Error(`unknown argument "${arg}" (expected --dir <folder>, --floors <file>, --no-gate, --verbose, --json)`);
  }
  return options;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const articles = loadLabelledSet(options.dir);
  const run = runEvaluation(articles, extractArticle);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(toJson(run), null, 2)}\n`);
    gate(run, options.floors, true);
    return;
  }
  process.stdout.write(`Evaluated ${articles.length} labelled articles from ${options.dir}\n\n`);
  process.stdout.write(`${formatTable(run)}\n`);
  if (options.verbose) process.stdout.write(`\nMisses\n${formatMisses(run)}\n`);
  gate(run, options.floors);
}

/** Compare with the committed floors; a breach sets exit code 1 and names the figure. */
function gate(run: ReturnType<typeof runEvaluation>, floorsPath: string | null, quiet = false): void {
  if (!floorsPath) return;
  const breaches = checkFloors(run, loadFloors(floorsPath));
  if (breaches.length === 0) {
    if (!quiet) process.stdout.write(`\nfloors: every figure is at or above its floor (${floorsPath})\n`);
    return;
  }
  for (const b of breaches) process.stderr.write(`evaluate: ${b.category} is ${(b.actual * 100).toFixed(1)}%, below its floor ${(b.floor * 100).toFixed(1)}%\n`);
  process.exitCode = 1;
}

try {
  main();
} catch (err) {
  process.stderr.write(`evaluate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
