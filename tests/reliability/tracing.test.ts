import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../src/config';
import { freshPostgresDatabase, testPostgresUrl } from '../helpers/test-postgres';

const INDEX = join(__dirname, '..', '..', 'src', 'index.js');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface PrintedSpan { name: string; id: string; traceId: string; parentId?: string; scope: string; attributes: string }

/** The spans ConsoleSpanExporter printed (one util.inspect block per span, `{` and `}` alone on their lines). */
function printedSpans(stdout: string): PrintedSpan[] {
  return (stdout.match(/^\{\n[\s\S]*?^\}$/gm) ?? []).map((block) => ({
    name: /^  name: '([^']*)'/m.exec(block)?.[1] ?? '',
    id: /^  id: '(\w+)'/m.exec(block)?.[1] ?? '',
    traceId: /^  traceId: '(\w+)'/m.exec(block)?.[1] ?? '',
    parentId: /^  parentSpanContext: \{[^}]*?spanId: '(\w+)'/m.exec(block)?.[1],
    scope: /^  instrumentationScope: \{\s*name: '([^']*)'/m.exec(block)?.[1] ?? '',
    attributes: /^  attributes: \{([\s\S]*?)^  \}/m.exec(block)?.[1] ?? '',
  }));
}

/**
 * Start the built service with TRACING=console (extra environment in `env`), send it one GraphQL
 * query, stop it, and return everything it printed and the spans of that request's trace.
 */
async function traceOneQuery(env: Record<string, string>): Promise<{ out: string; inRequest: PrintedSpan[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-trace-'));
  let out = '';
  let stdout = '';
  const child = spawn(process.execPath, [INDEX], {
    cwd: dir,
    env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'info', TRACING: 'console', PORT: '0', HOST: '127.0.0.1', LOAD_SAMPLE_DATA: 'false', DATABASE_PATH: join(dir, 't.sqlite'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => { out += c; stdout += c; });
  child.stderr!.on('data', (c: Buffer) => { out += c; });
  try {
    const deadline = Date.now() + 45_000;
    while (!/Newsgraph ready at/.test(out) && Date.now() < deadline) await sleep(50);
    const url = JSON.parse(out.split('\n').find((l) => /Newsgraph ready at/.test(l))!).url as string;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ articles { totalCount } }"}' });
    assert.equal(res.status, 200);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
  const spans = printedSpans(stdout);
  const request = spans.find((s) => s.name === 'POST /graphql');
  assert.ok(request, 'the request span is printed');
  return { out, inRequest: spans.filter((s) => s.traceId === request.traceId) };
}

/** Every span of `sql` has its parent among the request's spans. */
function assertChildrenOfRequest(sql: PrintedSpan[], inRequest: PrintedSpan[]): void {
  assert.ok(sql.length > 0, 'the request trace holds SQL spans');
  for (const span of sql) assert.ok(inRequest.some((s) => s.id === span.parentId), `SQL span ${span.id} is a child of a span of the request`);
}

test('tracing is off by default and otlp when an OTLP endpoint is configured', () => {
  assert.equal(loadConfig({}).tracing, 'off');
  assert.equal(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing, 'otlp');
  assert.equal(loadConfig({ TRACING: 'console' }).tracing, 'console');
});

test('TRACING=console prints HTTP, Express, GraphQL and SQLite spans of a request, the SQL inside the request trace', { timeout: 60_000 }, async () => {
  const { out, inRequest } = await traceOneQuery({});
  assert.match(out, /@opentelemetry\/instrumentation-express/);
  assert.ok(inRequest.some((s) => s.name === 'graphql.validate'));
  const sql = inRequest.filter((s) => s.name === 'db.query');
  assertChildrenOfRequest(sql, inRequest);
  assert.ok(sql.every((s) => /'db\.system': 'sqlite'/.test(s.attributes)));
  assert.ok(sql.some((s) => /'db\.statement': '[^']*\bCOUNT\(/i.test(s.attributes)), 'the totalCount statement is a span');
});

test('on PostgreSQL the pg instrumentation traces the SQL of a request', { timeout: 90_000, skip: !testPostgresUrl && 'TEST_DATABASE_URL is not set' }, async () => {
  const fresh = await freshPostgresDatabase();
  try {
    const { inRequest } = await traceOneQuery({ DATABASE_URL: fresh.url });
    const sql = inRequest.filter((s) => s.scope === '@opentelemetry/instrumentation-pg' && /'db\.system(\.name)?': 'postgresql'/.test(s.attributes));
    assertChildrenOfRequest(sql, inRequest);
    assert.ok(sql.some((s) => /\bCOUNT\(/i.test(s.attributes)), 'the totalCount statement is a span');
    assert.ok(!inRequest.some((s) => s.name === 'db.query' && /'db\.system': 'sqlite'/.test(s.attributes)));
  } finally {
    await fresh.drop();
  }
});
