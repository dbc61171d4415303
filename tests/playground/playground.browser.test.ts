import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Browser, chromium } from 'playwright-core';
import { fixtureArticle } from '../helpers/graph-fixture';
import { repoRoot } from '../helpers/paths';
import { persistFixture } from '../helpers/persist-fixture';
import { authHeader, gql, startTestServer, TestServer } from '../helpers/test-server';
import { MAREK_QUOTE, sampleOfficialArticle } from './sample-official.fixture';

const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `headless Chromium not found at ${CHROMIUM}: install Debian's chromium package (.ci/run does) to run this test`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENSHOT = join(repoRoot, 'artifacts', 'playground.png');

/** Whether a request stays on this machine. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

describe('the playground in headless Chromium', { skip: SKIP }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer();
    await persistFixture(server.db, sampleOfficialArticle(), 'https://example.test/vna/forum-opens');
    for (let i = 0; i < 3; i += 1) await persistFixture(server.db, fixtureArticle(i, 3));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 15_000 });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('runs the first example and shows the quote and its speaker, with no request leaving the machine', { timeout: 30_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });

    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor').getByText('QuotesByOfficial').waitFor();
    await page.getByRole('button', { name: /^Execute query/ }).click();
    const result = page.locator('.graphiql-response');
    await result.getByText(MAREK_QUOTE).waitFor();
    await result.getByText('"Teodor Marek"').first().waitFor();

    mkdirSync(join(repoRoot, 'artifacts'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // The mutation's tab shows where the API key goes, in the headers editor.
    await page.getByRole('tab', { name: 'IngestArticle' }).click();
    await page.getByRole('button', { name: 'Headers' }).click();
    await page.locator('.graphiql-editor-tool').getByText('Bearer <your key>').waitFor();
    await page.close();

    assert.ok(requests.some((url) => url.endsWith('/playground/assets/graphiql.min.js')), 'the page should load GraphiQL from this server');
    assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests left the machine');
    assert.deepEqual(problems, []);
  });

  test('the subscription tab receives a quote live, over graphql-ws from this server', { timeout: 30_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    page.on('websocket', (ws) => requests.push(ws.url()));
    page.on('console', (msg) => requests.push(`console ${msg.type()}: ${msg.text()}`));
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor();
    await page.getByRole('tab', { name: 'NewQuotesByOfficial' }).click();
    // A click in the operation lets GraphiQL pick it as the one to run (it tracks the cursor).
    await page.locator('.graphiql-query-editor').getByText('subscription NewQuotesByOfficial').click();
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await new Promise((r) => setTimeout(r, 500));
    const text = 'Marek speaks again\n\nPORT AMSEL, 2 June (VNA) - Foreign Minister Teodor Marek opened the basin office on Tuesday.\n\n"The office will serve every riverside town," Marek said.';
    const res = await gql(server.url, 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }', { input: { text } }, authHeader);
    assert.equal(res.body.data?.ingestArticle.status, 'NEW', JSON.stringify(res.body));
    await page.locator('.graphiql-response').getByText('The office will serve every riverside town').waitFor().catch(async (err) => {
      throw new Error(`${err.message}\nresponse: ${await page.locator('.graphiql-response').innerText()}\n${requests.join('\n')}`);
    });
    await page.close();
    assert.ok(requests.some((url) => url.startsWith('ws://127.0.0.1')), requests.join(' '));
    assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests left the machine');
  });
});
