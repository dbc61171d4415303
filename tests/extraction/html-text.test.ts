import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksToLines } from '../../src/extraction/normalize/html';
import { normalize } from '../../src/extraction/normalize/normalize';

test('html-to-text gives one line per block: paragraphs, headings as written, list items, quotes, cells', () => {
  const html = `<h2>Ferry  talks</h2><p>The harbour board met <a href="/board">on Tuesday</a> and <b>voted</b>
    late.</p><ul><li>first pier</li><li>second pier</li></ul><blockquote><p>"We are ready," said Ola Brenne.</p></blockquote>
    <table><tr><td>Pier 1</td><td>open</td></tr></table><p>Tolls &amp; fares&nbsp;stay.</p>`;
  assert.deepEqual(blocksToLines(html), [
    'Ferry talks', 'The harbour board met on Tuesday and voted late.', 'first pier', 'second pier',
    '"We are ready," said Ola Brenne.', 'Pier 1', 'open', 'Tolls & fares stay.',
  ]);
});

test('figures, asides, navigation, footers, scripts and images are dropped; a <br> starts a line', () => {
  const html = `<p>One line<br>and its continuation.</p><figure><img src="a.jpg"><figcaption>Photo: Ida Lunde</figcaption></figure>
    <aside>Read more</aside><nav>Home</nav><script>var x = 1;</script><style>p{}</style><footer>Contact us</footer><p>Last paragraph.</p>`;
  assert.deepEqual(blocksToLines(html), ['One line', 'and its continuation.', 'Last paragraph.']);
});

test('a line broken by <br> is one paragraph again in the body the segmenter reads', () => {
  const html = `<html><head><title>Pier reopens</title></head><body><article><h1>Pier reopens</h1>
    <p>NORDHAVN (Reuters) - The old pier reopened to ferries on Monday after a two-year<br>repair, the harbour board said.</p>
    <p>"It took longer than we hoped," said board chair Ola Brenne.</p></article></body></html>`;
  const a = normalize({ text: html });
  assert.equal(a.body.split('\n\n')[0], 'NORDHAVN (Reuters) - The old pier reopened to ferries on Monday after a two-year repair, the harbour board said.');
});
