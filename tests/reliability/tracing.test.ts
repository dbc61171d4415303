import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../src/config';

const INDEX = join(__dirname, '..', '..', 'src', 'index.js');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('tracing is off by default and otlp when an OTLP endpoint is configured', () => {
  assert.equal(loadConfig({}).tracing, 'off');
  assert.equal(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing, 'otlp');
  assert.equal(loadConfig({ TRACING: 'console' }).tracing, 'console');
});

test('TRACING=console prints HTTP, Express and GraphQL spans of a request', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-trace-'));
  let out = '';
  const child = spawn(process.execPath, [INDEX], {
    cwd: dir,
    env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'info', TRACING: 'console', PORT: '0', HOST: '127.0.0.1', LOAD_SAMPLE_DATA: 'false', DATABASE_PATH: join(dir, 't.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => { out += c; });
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
    assert.match(out, /name: 'POST \/graphql'/);
    assert.match(out, /@opentelemetry\/instrumentation-express/);
    assert.match(out, /name: 'graphql\.validate'/);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
