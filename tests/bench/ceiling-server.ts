/**
 * The ceiling variant: a bare `node:http` server that answers the benchmark's four operations with
 * hand-written SQL (ceiling-queries.ts) and writes the same JSON as the GraphQL service.
 * It recognises an operation by its name (`query Q1(...)`); anything else is a 400.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { q1, q2, q3 } from './ceiling-queries';
import { q4 } from './ceiling-q4';

type Handler = (ds: DataSource, variables: any) => Promise<unknown>;
const HANDLERS: Record<string, Handler> = { Q1: q1, Q2: q2, Q3: q3, Q4: (ds) => q4(ds) };

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/**
 * Create (not start) the ceiling server over `ds` (the read connection).
 * @returns the server and a `listen(port, host)` that resolves to the URL to POST to
 */
export function createCeilingServer(ds: DataSource) {
  const server = http.createServer(async (req, res) => {
    try {
      const { query, variables } = JSON.parse(await readBody(req)) as { query: string; variables?: unknown };
      const op = /^\s*query\s+(Q\d)\b/.exec(query)?.[1];
      const handler = op ? HANDLERS[op] : undefined;
      if (!handler) { send(res, 400, { errors: [{ message: 'the ceiling server knows only Q1–Q4' }] }); return; }
      send(res, 200, { data: await handler(ds, variables ?? {}) });
    } catch (err) {
      send(res, 500, { errors: [{ message: (err as Error).message }] });
    }
  });
  return {
    server,
    listen: (port = 0, host = '127.0.0.1') => new Promise<string>((resolve) => {
      server.listen(port, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}/graphql`));
    }),
  };
}
