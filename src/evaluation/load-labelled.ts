/**
 * Reads the labelled evaluation set: `NN-name.txt|html` (raw input) beside `NN-name.json`
 * (expected result). The only file of the evaluator that does I/O.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { RawArticleInput } from '../extraction/types';
import type { ExpectedArticle } from './expected';

/** One labelled article: what to feed the pipeline and what it should produce. */
export interface LabelledArticle {
  /** File name without extension, e.g. "07-reuters-geneva-talks". */
  id: string;
  inputPath: string;
  input: RawArticleInput;
  expected: ExpectedArticle;
}

const INPUT_EXTENSIONS = ['.txt', '.html'];
const ARRAY_FIELDS = ['quotes', 'people', 'organizations', 'places', 'events'] as const;

/** Throws an error naming the file and the field when the expected JSON is malformed. */
export function validateExpected(value: unknown, file: string): ExpectedArticle {
  if (typeof value !== 'object' || value === null) throw new Error(`${file}: expected a JSON object`);
  const v = value as Record<string, unknown>;
  if (typeof v.headline !== 'string') throw new Error(`${file}: "headline" must be a string`);
  for (const f of ARRAY_FIELDS) {
    if (!Array.isArray(v[f])) throw new Error(`${file}: "${f}" must be an array`);
  }
  for (const [i, q] of (v.quotes as Array<Record<string, unknown>>).entries()) {
    if (q.kind !== 'DIRECT' && q.kind !== 'INDIRECT') throw new Error(`${file}: quotes[${i}].kind must be DIRECT or INDIRECT`);
    if (typeof q.text !== 'string' || q.text === '') throw new Error(`${file}: quotes[${i}].text must be a non-empty string`);
  }
  for (const f of ['publishedAt', 'source', 'section', 'dateline']) {
    if (v[f] !== null && typeof v[f] !== 'string') throw new Error(`${file}: "${f}" must be a string or null`);
  }
  return v as unknown as ExpectedArticle;
}

/** Loads one article from its input file path (the .json must sit beside it). */
export function loadLabelledArticle(inputPath: string): LabelledArticle {
  const ext = extname(inputPath);
  const id = basename(inputPath, ext);
  const jsonPath = inputPath.slice(0, -ext.length) + '.json';
  const expected = validateExpected(JSON.parse(readFileSync(jsonPath, 'utf8')), jsonPath);
  const text = readFileSync(inputPath, 'utf8');
  return { id, inputPath, input: { text, format: ext === '.html' ? 'html' : 'text' }, expected };
}

/** Loads every labelled article of a folder, sorted by file name; inputs without a .json are skipped. */
export function loadLabelledSet(dir: string): LabelledArticle[] {
  return readdirSync(dir)
    .filter((f) => INPUT_EXTENSIONS.includes(extname(f)))
    .filter((f) => existsSync(join(dir, f.slice(0, -extname(f).length) + '.json')))
    .sort()
    .map((f) => loadLabelledArticle(join(dir, f)));
}
