import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Database } from '../../src/data-source';
import { createLogger } from '../../src/logger';
import { startTestServer, TestServer } from '../helpers/test-server';

export const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status article { id headline } counts { quotes people } } }`;

/** Every table the service writes (search_index is the FTS5 table). */
export const TABLES = ['article', 'quote', 'person', 'organization', 'place', 'event', 'event_participant', 'alias', 'mention', 'person_role', 'search_index'];

/** Row counts of every table plus a checksum of every article row: equal before and after means nothing changed. */
export async function snapshot(db: Database): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  for (const table of TABLES) {
    const [{ n }] = await db.reader.query(`SELECT COUNT(*) AS n FROM ${table}`);
    out[table] = Number(n);
  }
  const articles = await db.reader.query('SELECT * FROM article ORDER BY id');
  out.articleChecksum = createHash('sha256').update(JSON.stringify(articles)).digest('hex');
  return out;
}

/** A pino destination that keeps every line written to it, for asserting on logs. */
export function captureStream(): { stream: Writable; lines: string[]; text(): string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines, text: () => lines.join('\n') };
}

/** POST a raw body to `url` and return status, headers and the parsed JSON (or the text). */
export async function rawPost(url: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
  const text = await res.text();
  let json: any = null;
  try { json = JSON.parse(text); } catch { json = null; }
  return { status: res.status, headers: res.headers, text, json };
}

/** Start the real server like startTestServer, but logging (at `level`) into `destination`. */
export function startServerWithLog(destination: Writable, env: Record<string, string> = {}, level = 'trace'): Promise<TestServer> {
  return startTestServer(env, createLogger(level, destination));
}
