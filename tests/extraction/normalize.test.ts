import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../src/extraction/normalize/normalize';
import { extractArticle } from '../../src/extraction/pipeline';

const PAGE = [
  'Home', 'Services', 'Wednesday, 14 June 2023', 'Port Amsel Cloudy +18°C', 'All news', 'Politics',
  '12 June 2023, 09:15', '', 'Veloria and Norland sign water accord', '',
  'PORT AMSEL, 12 June (NorTA) - Veloria and Norland signed a water-sharing accord on Monday, Foreign Minister Anna Kovac said.',
  '', '"This is a good day for both our peoples," Kovac told reporters.', '', 'Subscribe to us', 'Telegram', 'Recent news',
].join('\n');

test('separates the story from menus, weather, the page date and the footer', () => {
  const a = normalize({ text: PAGE });
  assert.deepEqual({ ...a, body: undefined, warnings: undefined }, {
    headline: 'Veloria and Norland sign water accord', body: undefined, publishedAt: '2023-06-12T09:15:00Z',
    source: 'NorTA', section: 'Politics', dateline: 'Port Amsel', datelineLength: 'PORT AMSEL, 12 June (NorTA) - '.length,
    language: 'en', warnings: undefined,
  });
  assert.equal(a.body, 'PORT AMSEL, 12 June (NorTA) - Veloria and Norland signed a water-sharing accord on Monday, Foreign Minister Anna Kovac said.\n\n"This is a good day for both our peoples," Kovac told reporters.');
  assert.deepEqual(a.warnings, ['time zone unknown; UTC assumed']);
});

test('uses the home zone of a known agency and says so', () => {
  const a = normalize({ text: 'Society\n26 May 2023, 17:27\n\nHeadline of the story here\n\nMINSK, 26 May (BelTA) - The academy signed an agreement with eleven provinces today.' });
  assert.equal(a.publishedAt, '2023-05-26T17:27:00+03:00');
  assert.deepEqual(a.warnings, ['time zone assumed +03:00 (home zone of BelTA)']);
});

test('prefers the "Published" timestamp over "Updated" and keeps a stated zone', () => {
  const text = 'World\nUpdated 12.05.2025 18:20 | Published 12.05.2025 16:55 GMT+2\n\nPort chief sentenced over tender\n\nBERGVIK (Reuters) - A court gave the former harbour director a suspended sentence on Monday.';
  assert.equal(normalize({ text }).publishedAt, '2025-05-12T16:55:00+02:00');
});

test('reads TASS and Xinhua datelines with their agencies', () => {
  const tass = normalize({ text: 'Moscow talks end\n\nMOSCOW, March 18. /TASS/. Scientists from Russia and Tirel will launch a joint observatory, the ministry said.' });
  assert.deepEqual([tass.dateline, tass.source], ['Moscow', 'TASS']);
  const xinhua = normalize({ text: '2026-02-14 21:03:40\n\nRelations enter a new stage\n\nPORT AMSEL, Feb. 14 (Xinhua) -- Relations between Veloria and China are entering a new stage, the minister said.' });
  assert.deepEqual([xinhua.dateline, xinhua.source, xinhua.publishedAt], ['Port Amsel', 'Xinhua', '2026-02-14T21:03:40+08:00']);
});

test('takes the source from a masthead or copyright line when there is no dateline agency', () => {
  const text = 'THE VELORIA HERALD\nPOLITICS\n\nCivic Union wins regional vote\n\nPORT AMSEL — The Civic Union won the regional elections on Saturday with 41 percent of the vote.\n\n© The Veloria Herald 2025. All rights reserved.';
  const a = normalize({ text });
  assert.equal(a.source, 'The Veloria Herald');
  assert.ok(!a.body.includes('©'));
});

test('reads HTML through Readability, dropping the site name from the title', () => {
  const html = `<html><head><title>Harbour festival returns – Coastal Courier</title>
    <meta property="og:site_name" content="Coastal Courier"><meta property="article:published_time" content="2025-07-01T10:30:00+02:00"></head>
    <body><nav>Home News Sport</nav><article><h1>Harbour festival returns</h1>
    <p>SKARVOY — The harbour festival returns this weekend after five years, the organisers said on Tuesday.</p>
    <p>"We have 22 boats registered already," said Kjetil Havnas, who chairs the boat club.</p></article>
    <footer>Subscribe to our newsletter</footer></body></html>`;
  const a = normalize({ text: html });
  assert.equal(a.headline, 'Harbour festival returns');
  assert.equal(a.publishedAt, '2025-07-01T10:30:00+02:00');
  assert.equal(a.source, 'Coastal Courier');
  assert.ok(a.body.startsWith('SKARVOY — The harbour festival'));
  assert.ok(!a.body.includes('Subscribe'));
});

test('throws an error naming the value for empty text', () => {
  assert.throws(() => normalize({ text: '   ' }), /article text is empty: "   "/);
});

test('a page without a headline gets its lead sentence as headline, decided once in the pipeline', () => {
  const doc = extractArticle({ text: 'BERGVIK (Reuters) - The harbour board approved a new ferry timetable on Tuesday after a long debate. The vote was close.' });
  assert.equal(doc.headline, 'The harbour board approved a new ferry timetable on Tuesday after a long debate.');
  assert.ok(doc.warnings.includes('no headline found: the lead sentence stands in'));
});

test("the caller's source and publishedAt are the pipeline's answer, not patched in afterwards", () => {
  const doc = extractArticle({ text: PAGE, source: 'Velmora Daily', publishedAt: '2023-06-13T08:00:00+02:00' });
  assert.deepEqual([doc.source, doc.publishedAt], ['Velmora Daily', '2023-06-13T08:00:00+02:00']);
});

test('a bare "Read more" box inside the story does not end it; a footer "Read more" still does', () => {
  const story = 'Harbour works delayed again\n\nThe Tarrow harbour board postponed the dredging works on Monday because the contractor had no crew available.\n\nREAD MORE\n\nThe board chairwoman, Ilse Varro, said the delay would cost the port several weeks of traffic and the fishing fleet a season of repairs.';
  assert.match(normalize({ text: story }).body, /Ilse Varro/);
  const footer = 'Harbour works delayed again\n\nThe Tarrow harbour board postponed the dredging works on Monday because the contractor had no crew available.\n\nRead more\n\nCity buses change routes\n\nNew ferry timetable';
  assert.doesNotMatch(normalize({ text: footer }).body, /ferry/);
});
