/**
 * `npm run evaluate [-- --dir <folder>] [--verbose] [--json]`: runs the extraction pipeline over
 * the labelled set and prints precision / recall / F1 per category. A report, not a gate:
 * exits 0 unless the run itself crashes.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractArticle } from '../extraction/pipeline';
import { loadLabelledSet } from '../evaluation/load-labelled';
import { formatMisses, formatTable, toJson } from '../evaluation/report';
import { runEvaluation } from '../evaluation/run';

interface Options {
  dir: string;
  verbose: boolean;
  json: boolean;
}

/** The nearest folder above `start` holding both package.json and src/. */
function findRepoRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
  }
  return process.cwd();
}

function parseArgs(argv: string[]): Options {
  const options: Options = { dir: join(findRepoRoot(__dirname), 'tests', 'fixtures', 'labelled'), verbose: false, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--dir' && argv[i + 1]) options.dir = resolve(argv[++i]);
    else if (arg.startsWith('--dir=')) options.dir = resolve(arg.slice('--dir='.length));
    else throw new Error(`unknown argument "${arg}" (expected --dir <folder>, --verbose, --json)`);
  }
  return options;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const articles = loadLabelledSet(options.dir);
  const run = runEvaluation(articles, extractArticle);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(toJson(run), null, 2)}\n`);
    return;
  }
  process.stdout.write(`Evaluated ${articles.length} labelled articles from ${options.dir}\n\n`);
  process.stdout.write(`${formatTable(run)}\n`);
  if (options.verbose) process.stdout.write(`\nMisses\n${formatMisses(run)}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`evaluate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
