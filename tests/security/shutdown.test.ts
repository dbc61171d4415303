import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const INDEX = join(__dirname, '..', '..', 'src', 'index.js');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wait (at most `ms`) until one of `lines` matches `pattern`. */
async function waitForLine(lines: string[], pattern: RegExp, ms: number): Promise<string> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const hit = lines.find((l) => pattern.test(l));
    if (hit) return hit;
    await sleep(25);
  }
  throw new Error(`no log line matching ${pattern} within ${ms} ms:\n${lines.join('\n')}`);
}

/** Start a POST whose body is sent slowly; `finish()` sends the rest, `response` resolves with status and body. */
function slowRequest(url: string, body: string) {
  const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { response, finish: () => req.end(body.slice(half)) };
}

describe('graceful shutdown on SIGTERM', () => {
  let dir: string;
  let child: ChildProcess;
  const lines: string[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-stop-'));
    child = spawn(process.execPath, [INDEX], {
      cwd: dir, // no .env here
      env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', LOAD_SAMPLE_DATA: 'false', DATABASE_PATH: join(dir, 'stop.sqlite') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    child.stderr!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  });
  after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('finishes the request in flight, refuses new connections, closes the database and exits 0', { timeout: 60_000 }, async () => {
    const ready = JSON.parse(await waitForLine(lines, /Newsgraph ready at/, 45_000));
    const url: string = ready.url;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    const inFlight = slowRequest(url, JSON.stringify({ query: '{ articles { totalCount } }', padding: 'x'.repeat(100_000) }));
    await sleep(200); // the server has the request and waits for the rest of its body
    child.kill('SIGTERM');
    await waitForLine(lines, /stopping: .*finishing requests in flight/, 5_000);
    await sleep(200);

    await assert.rejects(fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }), 'a new connection is refused');
    inFlight.finish();
    const res = await inFlight.response;
    assert.equal(res.status, 200);
    assert.deepEqual(JSON.parse(res.body), { data: { articles: { totalCount: 0 } } });

    assert.equal(await exited, 0);
    assert.ok(lines.some((l) => /"msg":"stopped"/.test(l)), lines.join('\n'));
  });
});

describe('readiness during shutdown (SHUTDOWN_DELAY_MS)', () => {
  let dir: string;
  let child: ChildProcess;
  const lines: string[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-ready-'));
    child = spawn(process.execPath, [INDEX], {
      cwd: dir,
      env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', LOAD_SAMPLE_DATA: 'false', SHUTDOWN_DELAY_MS: '1500', DATABASE_PATH: join(dir, 'ready.sqlite') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    child.stderr!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  });
  after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('/ready turns 503 on SIGTERM while /health and GraphQL still answer, then the process exits 0', { timeout: 60_000 }, async () => {
    const url: string = JSON.parse(await waitForLine(lines, /Newsgraph ready at/, 45_000)).url;
    const ready = url.replace('/graphql', '/ready');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    assert.equal((await fetch(ready)).status, 200);

    child.kill('SIGTERM');
    await waitForLine(lines, /stopping: \/ready answers 503/, 5_000);
    const during = await fetch(ready);
    assert.equal(during.status, 503);
    assert.deepEqual(await during.json(), { status: 'stopping' });
    assert.equal((await fetch(url.replace('/graphql', '/health'))).status, 200);
    const gqlRes = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    assert.deepEqual(await gqlRes.json(), { data: { __typename: 'Query' } });

    assert.equal(await exited, 0);
  });
});
