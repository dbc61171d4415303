/**
 * `node dist/tests/bench/html-text.js`: ms per article for turning Readability's content into
 * text lines (blocksToLines) and for the whole HTML step (extractHtmlStory), over the labelled
 * HTML fixtures, their story repeated N times (`-- N`, default 1). A print for comparing implementations, not a test.
 */
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { blocksToLines, extractHtmlStory } from '../../src/extraction/normalize/html';

const DIR = resolve(__dirname, '..', '..', '..', 'tests', 'fixtures', 'labelled');
const ROUNDS = 40;
const REPEAT = Number(process.argv[2] ?? 1);

/** Mean ms of `fn` over ROUNDS calls after two warm-up calls. */
function time(fn: () => unknown): number {
  fn(); fn();
  const t = performance.now();
  for (let i = 0; i < ROUNDS; i++) fn();
  return (performance.now() - t) / ROUNDS;
}

const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => {
  const html = readFileSync(join(DIR, f), 'utf8');
  const body = html.replace(/<\/body>/i, '');
  const long = body.replace(/(<article[^>]*>|<body[^>]*>)([\s\S]*)$/i, (_, open: string, rest: string) => open + rest.repeat(REPEAT)) + '</body></html>';
  const content = new Readability(new JSDOM(long).window.document).parse()?.content ?? '';
  return { name: f, html: long, content };
});
let lines = 0;
let story = 0;
for (const p of pages) {
  const l = time(() => blocksToLines(p.content));
  const s = time(() => extractHtmlStory(p.html));
  lines += l; story += s;
  console.log(`${p.name.padEnd(36)} ${String(Math.round(p.html.length / 1024)).padStart(4)} KB  to text ${l.toFixed(2).padStart(6)} ms  whole HTML step ${s.toFixed(2).padStart(6)} ms`);
}
console.log(`mean per article: to text ${(lines / pages.length).toFixed(2)} ms, whole HTML step ${(story / pages.length).toFixed(2)} ms`);
