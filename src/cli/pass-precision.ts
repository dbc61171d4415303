/**
 * `npm run eval:passes [-- --texts <folder>] [--records <file>] [--write]`: runs the extraction
 * pipeline (no server) over the real development set's texts, matches the direct quotes found to
 * the labelled ones as ../shared/eval-real/score.py does, and prints per sieve pass (stage 1 cue
 * passes, stage 2 speaker passes) and per attribution method: quotes whose person it decided,
 * right, wrong, precision; then the quotes left unknown. `--write` records the counts in
 * src/extraction/quotes/pass-precision.json, where the quotes' confidence is read from.
 * Exits 0 with a note when the texts or the records are absent (they are never committed).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractArticle } from '../extraction/pipeline';
import { saneTypes } from '../ingest/type-sanity';
import type { PassCount, PassPrecisionFile } from '../extraction/quotes/pass-confidence';
import { matchQuotes, nameMatch, type LabelledQuote } from '../evaluation/real-match';

interface RealRecord { id: string; url: string; quotes: LabelledQuote[] }
interface Found { text: string; speaker: string | null; cuePass: string | null; speakerPass: string | null; attribution: string }
type Tally = Map<string, PassCount & { unknown: number }>;

function findRepoRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
  return process.cwd();
}

function parseArgs(argv: string[]) {
  const o = { texts: resolve('.eval-real'), records: resolve('../shared/eval-real/records.json'), write: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--texts' && argv[i + 1]) o.texts = resolve(argv[++i]);
    else if (argv[i] === '--records' && argv[i + 1]) o.records = resolve(argv[++i]);
    else if (argv[i] === '--write') o.write = true;
    else throw new Error(`unknown argument "${argv[i]}" (expected --texts <folder>, --records <file>, --write)`);
  }
  return o;
}

/** The direct quotes the pipeline finds in one text, with speaker names and deciding passes. */
function foundQuotes(text: string, url: string): Found[] {
  const doc = saneTypes(extractArticle({ text, url }));
  return doc.quotes.filter((q) => q.kind === 'DIRECT').map((q) => ({
    text: q.text, speaker: doc.people.find((p) => p.key === q.speakerKey)?.name ?? null,
    cuePass: q.cuePass, speakerPass: q.speakerPass, attribution: q.attribution,
  }));
}

function count(t: Tally, key: string, outcome: 'right' | 'wrong' | 'unknown'): void {
  const c = t.get(key) ?? { decided: 0, right: 0, wrong: 0, unknown: 0 };
  if (outcome !== 'unknown') c.decided++;
  c[outcome]++;
  t.set(key, c);
}

function table(title: string, t: Tally): string {
  const rows = [...t.entries()].sort((a, b) => b[1].decided - a[1].decided || a[0].localeCompare(b[0]));
  const lines = rows.map(([k, c]) => `| ${k} | ${c.decided} | ${c.right} | ${c.wrong} | ${c.decided ? (c.right / c.decided).toFixed(3) : '-'} | ${c.unknown} |`);
  return [`${title}`, '', `| pass | decided | right | wrong | precision | left unknown |`, '|---|---:|---:|---:|---:|---:|', ...lines].join('\n');
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(o.records) || !existsSync(o.texts)) {
    process.stdout.write(`eval:passes: skipped, no ${existsSync(o.records) ? `texts folder ${o.texts}` : `records file ${o.records}`} (see ../shared/eval-real/README.md)\n`);
    return;
  }
  const records: RealRecord[] = JSON.parse(readFileSync(o.records, 'utf8'));
  const missing = records.filter((r) => !existsSync(join(o.texts, `${r.id}.txt`)));
  if (missing.length) {
    process.stdout.write(`eval:passes: skipped, ${missing.length} of ${records.length} texts missing in ${o.texts}: ${missing.map((r) => r.id).join(' ')}\n`);
    return;
  }
  const [cue, speaker, method]: Tally[] = [new Map(), new Map(), new Map()];
  let labelled = 0, found = 0, extra = 0, right = 0, ofPeople = 0;
  for (const r of records) {
    const text = readFileSync(join(o.texts, `${r.id}.txt`), 'utf8');
    const run = matchQuotes(text, r.quotes, foundQuotes(text, r.url));
    labelled += r.quotes.length;
    extra += run.extra.length;
    for (const { labelled: l, found: f } of run.matches) {
      if (!f) continue;
      found++;
      if (f.speaker === null && l.speaker === null) continue;
      const outcome = f.speaker === null ? 'unknown' : l.speaker !== null && nameMatch(f.speaker, l.speaker) ? 'right' : 'wrong';
      if (l.speaker !== null) { ofPeople++; right += outcome === 'right' ? 1 : 0; }
      count(cue, f.cuePass ?? '(no cue)', outcome);
      count(speaker, f.speakerPass ?? '(none)', outcome);
      count(method, f.attribution, outcome);
    }
  }
  process.stdout.write(`${records.length} real articles: ${labelled} labelled direct quotes, ${found} found, ${extra} found that match none; `
    + `speaker right ${right}/${ofPeople} = ${(right / Math.max(1, ofPeople)).toFixed(3)}\n`
    + '(decided: a person was named; wrong includes a person named for a quote no person said)\n\n'
    + `${table('Stage 2, speaker passes', speaker)}\n\n${table('Stage 1, cue passes', cue)}\n\n${table('Attribution methods', method)}\n`);
  if (o.write) writeFigures(join(findRepoRoot(__dirname), 'src', 'extraction', 'quotes', 'pass-precision.json'), cue, speaker);
}

/** The counts of every pass that decided a quote, without the unknowns or any text. */
function writeFigures(path: string, cue: Tally, speaker: Tally): void {
  const counts = (t: Tally) => Object.fromEntries([...t.entries()].filter(([k, c]) => !k.startsWith('(') && c.decided > 0).sort().map(([k, c]) => [k, { decided: c.decided, right: c.right, wrong: c.wrong }]));
  const old: PassPrecisionFile = JSON.parse(readFileSync(path, 'utf8'));
  const block = (o: Record<string, PassCount>) => `{\n${Object.entries(o).map(([k, c]) => `    ${JSON.stringify(k)}: ${JSON.stringify(c)}`).join(',\n')}\n  }`;
  writeFileSync(path, `{\n  "about": ${JSON.stringify(old.about)},\n  "cuePasses": ${block(counts(cue))},\n  "speakerPasses": ${block(counts(speaker))}\n}\n`);
  process.stdout.write(`\nwrote ${path} (rebuild to use it)\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`eval:passes: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
