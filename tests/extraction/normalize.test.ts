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
    language: 'en', credits: [], creditAgencies: [], site: null, warnings: undefined,
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

test('reads a publication date the page put in the story, under it or in a labelled footer', () => {
  const dateOf = (text: string) => normalize({ text }).publishedAt;
  // A line that is only a timestamp, below the standfirst the page shows twice.
  assert.equal(dateOf([
    'Lakeport council delays the tram vote', '',
    'Councillors in Lakeport put off a vote on the tram line on Tuesday after a long debate.', '',
    'Tuesday, March 5th 2024, 6:10 pm', '',
    'Councillors in Lakeport put off a vote on the tram line on Tuesday after a long debate.', '',
    '"We need more time," said Councillor Ida Brenn.',
  ].join('\n'))?.slice(0, 10), '2024-03-05');
  // A `date` field at the top of a scraped page, on the story's first line.
  assert.equal(dateOf(' date 2023-11-08 Lakeport: The port authority said on Wednesday that cargo volumes rose by a tenth.'), '2023-11-08');
  // The date inside an ALL-CAPS dateline of a press release.
  assert.equal(dateOf([
    'Orvane Foods Announces Purchase of a Bakery',
    'LAKEPORT, NORTH VALE, Jun 2, 2011 (Wirecorp via Newsnet) --',
    'Orvane Foods Ltd, a maker of packaged breads, announced today that it has bought a family bakery in the region.',
  ].join('\n')), '2011-06-02');
  // A "Published in" footer after the story; the "Updated" line beside it is not the publication date.
  assert.equal(dateOf([
    'LAKEPORT: The finance minister said on Friday that the budget would be presented in June.', '',
    '"We will not rush it," the minister told reporters after a cabinet meeting.', '',
    'Published in The Lakeport Gazette, October 4th, 2022', 'Updated 12 Jan, 2024',
  ].join('\n')), '2022-10-04');
  // An ordinary date in a story sentence is not the page's date.
  assert.equal(dateOf('LAKEPORT: The minister said the plant, opened on 3 May 2019, would close.\n\n"It is a sad day," she said.'), null);
});

test('the headline is the line above a deck, past a photo caption, with a speaker after its dash kept', () => {
  const headlineOf = (lines: string[]) => normalize({ text: lines.join('\n') }).headline;
  const story = 'LAKEPORT, March 4 (Norpress) - The harbour board approved a new ferry route on Monday, its chairman Ivo Brandt said.';
  // A deck (shorter, no full stop) under the headline.
  assert.equal(headlineOf(['', 'Harbour board backs a ferry route to the outer islands', 'Islanders welcome the decision', story]),
    'Harbour board backs a ferry route to the outer islands');
  // A deck ending in a full stop, with a lower-case page label between it and the headline.
  assert.equal(headlineOf(['Harbour board backs a ferry route to the outer islands', '', 'New, comments', '', 'The route opens in May.', '', story]),
    'Harbour board backs a ferry route to the outer islands');
  // A photo caption and its credit line between the headline and the story.
  assert.equal(headlineOf(['Harbour board backs a ferry route to the outer islands', '',
    'Harbour board chairman Ivo Brandt at the port on Monday', '© Lena Vos/NORPRESS', '', story]),
  'Harbour board backs a ferry route to the outer islands');
  // The speaker after the dash is part of the headline; a site name there is not.
  assert.equal(headlineOf(['Ferry link will change island life — Velorian PM', '', story]), 'Ferry link will change island life — Velorian PM');
  assert.equal(headlineOf(['Ferry link will change island life - Lakeport Herald', '', story]), 'Ferry link will change island life');
});

test('a headline label in capitals ("NEWS:", "BREAKING:") is not a dateline place', async () => {
  const { parseDateline } = await import('../../src/extraction/normalize/dateline');
  assert.equal(parseDateline('NEWS: Orvane Foods buys a family bakery in the north'), null);
  assert.equal(parseDateline('BREAKING: Lakeport harbour closed after a storm'), null);
  assert.equal(parseDateline('LAKEPORT: The harbour board met on Monday.')?.place, 'Lakeport');
});

test('a bare "Read more" box inside the story does not end it; a footer "Read more" still does', () => {
  const story = 'Harbour works delayed again\n\nThe Tarrow harbour board postponed the dredging works on Monday because the contractor had no crew available.\n\nREAD MORE\n\nThe board chairwoman, Ilse Varro, said the delay would cost the port several weeks of traffic and the fishing fleet a season of repairs.';
  assert.match(normalize({ text: story }).body, /Ilse Varro/);
  const footer = 'Harbour works delayed again\n\nThe Tarrow harbour board postponed the dredging works on Monday because the contractor had no crew available.\n\nRead more\n\nCity buses change routes\n\nNew ferry timetable';
  assert.doesNotMatch(normalize({ text: footer }).body, /ferry/);
});

test('a promo box closed by a "Find out more" link and an advert notice are no story: the headline below them is found', () => {
  const text = [
    'Partner Sites:', 'Gearwheel brings riders daily cycling coverage, race diaries and workshop guides.', 'Find out more ›',
    'Advertisement: the box above is still loading and the story continues underneath.', '',
    'Lornhaven farmers protest water cuts along the Teller river', '',
    'Farmers in the Teller valley marched on the regional office on Tuesday to protest cuts to their water allocation this summer.',
  ].join('\n');
  const a = normalize({ text, format: 'text' });
  assert.equal(a.headline, 'Lornhaven farmers protest water cuts along the Teller river');
  assert.ok(a.body.startsWith('Farmers in the Teller valley'));
});
