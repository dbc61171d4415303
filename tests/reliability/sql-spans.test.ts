import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { node, tracing } from '@opentelemetry/sdk-node';
import { trace } from '@opentelemetry/api';
import { Database } from '../../src/data-source';
import { STATEMENT_LIMIT } from '../../src/db/sql-tracing';

// One tracer provider for this test process (each test file runs in its own), spans kept in memory.
const exporter = new tracing.InMemorySpanExporter();
new node.NodeTracerProvider({ spanProcessors: [new tracing.SimpleSpanProcessor(exporter)] }).register();
const tracer = trace.getTracer('sql-spans-test');

let dir: string;
let traced: Database;
let untraced: Database;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-sqlspans-'));
  traced = await Database.open({ databasePath: join(dir, 'traced.sqlite'), traceSql: true });
  untraced = await Database.open({ databasePath: join(dir, 'plain.sqlite') });
});
after(async () => {
  await traced?.close();
  await untraced?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The db.query spans ended while `work` ran inside a parent span; the parent's id. */
async function spansOf(work: () => Promise<unknown>) {
  exporter.reset();
  const parentId = await tracer.startActiveSpan('parent', async (parent) => {
    try { await work(); } catch { /* a failing statement is part of some cases */ }
    parent.end();
    return parent.spanContext().spanId;
  });
  return { parentId, spans: exporter.getFinishedSpans().filter((s) => s.name === 'db.query') };
}

test('a write and a read on SQLite are db.query spans, children of the active span, with db.system and db.statement', async () => {
  const { parentId, spans } = await spansOf(async () => {
    const inserted = await traced.write(async (m) => {
      await m.query('CREATE TABLE IF NOT EXISTS span_probe (id integer PRIMARY KEY, v text)');
      return m.query(`INSERT INTO span_probe (v) VALUES ('a')`);
    });
    assert.ok(Number(inserted) > 0, `the insert still answers its row id (${inserted})`);
    await traced.reader.query('SELECT COUNT(*) AS n FROM span_probe');
  });
  const statements = spans.map((s) => [s.attributes['db.system'], s.attributes['db.operation'], s.attributes['db.statement']]);
  assert.ok(statements.some(([sys, op, sql]) => sys === 'sqlite' && op === 'INSERT' && /^INSERT INTO span_probe/.test(String(sql))), JSON.stringify(statements));
  assert.ok(statements.some(([sys, op, sql]) => sys === 'sqlite' && op === 'SELECT' && sql === 'SELECT COUNT(*) AS n FROM span_probe'), JSON.stringify(statements));
  assert.ok(spans.every((s) => s.parentSpanContext?.spanId === parentId));
});

test('a failing statement is an error span; a long one is cut to the limit', async () => {
  const long = `SELECT 1 AS x WHERE 1 = 1${' AND 1 = 1'.repeat(STATEMENT_LIMIT / 10)}`;
  const { spans } = await spansOf(async () => {
    await traced.reader.query(long);
    await traced.reader.query('SELECT * FROM no_such_table');
  });
  const failed = spans.find((s) => String(s.attributes['db.statement']).includes('no_such_table'));
  assert.equal(failed?.status.code, 2);
  assert.match(String(failed?.status.message), /no such table/);
  const cut = spans.find((s) => String(s.attributes['db.statement']).startsWith('SELECT 1 AS x'));
  assert.equal(String(cut?.attributes['db.statement']).length, STATEMENT_LIMIT + 1);
});

test('without traceSql no statement makes a span', async () => {
  const { spans } = await spansOf(() => untraced.reader.query('SELECT 1'));
  assert.deepEqual(spans, []);
});
