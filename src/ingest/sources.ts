import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RawArticleInput } from '../extraction/types';

/** One article to ingest, or a source that could not be read. */
export type SourceItem =
  | { ok: true; label: string; input: RawArticleInput }
  | { ok: false; label: string; reason: string };

const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl']);

/** Files under `path` (a file or a folder, walked in name order) with a known extension. */
async function* filesUnder(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (info.isFile()) { yield path; return; }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (EXTENSIONS.has(extname(entry.name).toLowerCase())) yield full;
  }
}

/** Parse one JSON Lines record: `{ "text": ..., "url"?, "source"?, "publishedAt"?, "format"? }`. */
export function parseJsonlRecord(line: string): RawArticleInput {
  const value: unknown = JSON.parse(line);
  if (!value || typeof value !== 'object' || typeof (value as { text?: unknown }).text !== 'string') {
    throw new Error('each line must be a JSON object with a string "text"');
  }
  const { text, url, source, publishedAt, format } = value as Record<string, unknown>;
  const opt = (v: unknown) => (typeof v === 'string' ? v : null);
  return { text: text as string, url: opt(url), source: opt(source), publishedAt: opt(publishedAt), format: format === 'html' ? 'html' : format === 'text' ? 'text' : null };
}

async function* jsonlItems(file: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    const label = `${file}:${n}`;
    try { yield { ok: true, label, input: parseJsonlRecord(line) }; } catch (err) { yield { ok: false, label, reason: (err as Error).message }; }
  }
}

/**
 * Every article under the given paths, one at a time (nothing is held in memory but the current
 * file): .txt and .html files are one article each, .jsonl files one article per line.
 */
export async function* articleSources(paths: string[]): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    try {
      for await (const file of filesUnder(path)) {
        if (extname(file).toLowerCase() === '.jsonl') { yield* jsonlItems(file); continue; }
        const text = await readFile(file, 'utf8');
        yield { ok: true, label: file, input: { text, format: /\.html?$/i.test(file) ? 'html' : 'text' } };
      }
    } catch (err) {
      yield { ok: false, label: path, reason: (err as Error).message };
    }
  }
}

/** How many articles `articleSources(paths)` will yield (a quick pass: jsonl lines are counted, not parsed). */
export async function countSources(paths: string[]): Promise<number> {
  let n = 0;
  for (const path of paths) {
    try {
      for await (const file of filesUnder(path)) {
        if (extname(file).toLowerCase() !== '.jsonl') { n += 1; continue; }
        for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) if (line.trim()) n += 1;
      }
    } catch {
      n += 1;
    }
  }
  return n;
}
