import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extraction/segment/segment';

const texts = (body: string) => segment(body).sentences.map((s) => body.slice(s.start, s.end));

test('splits paragraphs on blank lines with offsets into the body', () => {
  const body = 'First paragraph here.\n\nSecond one.';
  assert.deepEqual(segment(body).paragraphs, [{ start: 0, end: 21 }, { start: 23, end: 34 }]);
});

test('does not split after titles, initials, U.S. or inside numbers', () => {
  const body = 'Mr. Smith met Dr. Jones and S. Chizhik in the U.S. State Department. Growth was 2.5 percent. It rose.';
  assert.deepEqual(texts(body), [
    'Mr. Smith met Dr. Jones and S. Chizhik in the U.S. State Department.',
    'Growth was 2.5 percent.',
    'It rose.',
  ]);
});

test('keeps a closing quote mark with its sentence and does not split before "he said"', () => {
  const body = '"We will win. They will lose." Then he left. "Is it over?" he asked.';
  assert.deepEqual(texts(body), ['"We will win.', 'They will lose."', 'Then he left.', '"Is it over?" he asked.']);
});
