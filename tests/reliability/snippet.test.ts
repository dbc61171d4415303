import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markTitle, matcherOf, PASSAGE_CHARS, snippetOf, TITLE_CHARS } from '../../src/queries/snippet';

const mark = (s: string) => s.replaceAll('\u0001', '[').replaceAll('\u0002', ']');
const whole = (text: string) => ({ text, start: 1, length: text.length });

describe('bounded search snippets', () => {
  test('picks the window holding the most distinct words, marks whole words only, and says where the text goes on', () => {
    const text = 'The ferry left at dawn. Crews at the harbour said the ferry board would meet the harbour council on Monday to talk about winter fares and the new pier, which the council wants finished soon.';
    assert.equal(mark(snippetOf(whole(text), matcherOf(['harbour', 'council']))),
      '…Crews at the [harbour] said the ferry board would meet the [harbour] [council] on Monday to talk about winter fares…');
    assert.equal(mark(snippetOf(whole('A short note on fares.'), matcherOf(['fare']))), 'A short note on [fares].');
    assert.equal(mark(snippetOf(whole('Fares rose; the fareway did not.'), matcherOf(['fares', 'the']))), '[Fares] rose; [the] fareway did not.');
  });

  test('folds case and accents as the index does', () => {
    assert.equal(mark(snippetOf(whole('Talks in Zürich ended.'), matcherOf(['zurich']))), 'Talks in [Zürich] ended.');
  });

  test('costs the same for a passage full of matches as for one with a few', () => {
    const dense = 'Dr. Mr. U.S. A. B. '.repeat(Math.ceil(PASSAGE_CHARS / 19)).slice(0, PASSAGE_CHARS);
    const start = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) snippetOf({ text: dense, start: 1, length: 950_000 }, matcherOf(['u', 's', 'a', 'b']));
    const ms = Number(process.hrtime.bigint() - start) / 1e6 / 100;
    assert.ok(ms < 20, `${ms.toFixed(2)} ms per snippet`);
    assert.ok(snippetOf({ text: dense, start: 1, length: 950_000 }, matcherOf(['u'])).endsWith('…'));
  });

  test('cuts a long title at TITLE_CHARS characters', () => {
    const title = markTitle('harbour '.repeat(200), matcherOf(['harbour']));
    assert.ok(title.endsWith('…'));
    assert.ok(title.replace(/[\u0001\u0002]/g, '').length <= TITLE_CHARS + 1);
  });
});
