import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSampleArticlesIfEmpty } from '../../src/ingest/sample';
import { createLogger } from '../../src/logger';
import { repoRoot } from '../helpers/paths';
import { gql, startTestServer, TestServer } from '../helpers/test-server';

export const README = join(repoRoot, 'README.md');
const START = '<!-- examples:start -->';
const END = '<!-- examples:end -->';

/** One example of the README: a ```graphql block and the ```json block that follows it. */
export interface ReadmeExample {
  query: string;
  /** The JSON shown, as written (null when the block is missing). */
  shown: string | null;
}

/** The examples between the README markers, in order. */
export function readExamples(text = readFileSync(README, 'utf8')): ReadmeExample[] {
  const region = text.slice(text.indexOf(START), text.indexOf(END));
  const blocks = [...region.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)];
  const examples: ReadmeExample[] = [];
  blocks.forEach(([, lang, body], i) => {
    if (lang !== 'graphql') return;
    const next = blocks[i + 1];
    examples.push({ query: body, shown: next && next[1] === 'json' ? next[2] : null });
  });
  return examples;
}

/** A server over a fresh database holding exactly the bundled sample articles. */
export async function startSampleServer(): Promise<TestServer> {
  const server = await startTestServer();
  await loadSampleArticlesIfEmpty(server.db, server.config, createLogger('silent'));
  return server;
}

/** JSON indented by two spaces, with any object or array that fits in `width` characters on one line. */
export function compactJson(value: unknown, indent = '', width = 96): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => inner + compactJson(v, inner, width))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, width)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

/** Run an example against the server; the response body as the README shows it. */
export async function runExample(server: TestServer, query: string): Promise<string> {
  const res = await gql(server.url, query);
  return `${compactJson(res.body)}\n`;
}

/** The README with every example's JSON block replaced by `outputs` (same order). */
export function withOutputs(text: string, outputs: string[]): string {
  const head = text.slice(0, text.indexOf(START));
  const tail = text.slice(text.indexOf(END));
  let n = 0;
  let region = text.slice(text.indexOf(START), text.indexOf(END));
  region = region.replace(/```graphql\n([\s\S]*?)```(\n+```json\n[\s\S]*?```)?/g, (_m, q) => `\`\`\`graphql\n${q}\`\`\`\n\n\`\`\`json\n${outputs[n++]}\`\`\``);
  return head + region + tail;
}
