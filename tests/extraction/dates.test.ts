import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, findDayMonth } from '../../src/extraction/normalize/dates';
import { normalize } from '../../src/extraction/normalize/normalize';

/** The first full date of a line as [year, month, day, hour, minute, offset]. */
const first = (line: string) => {
  const d = findDates(line)[0];
  return d ? [d.year, d.month, d.day, d.hour, d.minute, d.offset] : null;
};

test('reads "5:27 in the afternoon" as 17:27', () => {
  assert.deepEqual(first('The ferry left on May 26, 2023 at 5:27 in the afternoon'), [2023, 5, 26, 17, 27, null]);
});

test('reads "26th of May, 2023" and "2023.05.26"', () => {
  assert.deepEqual(first('Posted on the 26th of May, 2023 by the harbour desk'), [2023, 5, 26, null, null, null]);
  assert.deepEqual(first('Harbour desk | 2023.05.26'), [2023, 5, 26, null, null, null]);
});

test('US zones: ET and PT follow daylight saving, EST and EDT are fixed', () => {
  assert.deepEqual(first('May 26, 2023 5:27 p.m. ET'), [2023, 5, 26, 17, 27, '-04:00']);
  assert.deepEqual(first('Jan. 12, 2024 9:05 a.m. ET'), [2024, 1, 12, 9, 5, '-05:00']);
  assert.deepEqual(first('May 26, 2023 5:27 PM EST'), [2023, 5, 26, 17, 27, '-05:00']);
  assert.deepEqual(first('May 26, 2023 5:27 PM EDT'), [2023, 5, 26, 17, 27, '-04:00']);
  assert.deepEqual(first('05/26/2023 10:00 PT'), [2023, 5, 26, 10, 0, '-07:00']);
});

test('the forms read before still parse: written-out, ISO, numeric, GMT offsets, a time beside the date', () => {
  assert.deepEqual(first('26 May 2023, 17:27'), [2023, 5, 26, 17, 27, null]);
  assert.deepEqual(first('2023-05-26T17:27:00+03:00'), [2023, 5, 26, 17, 27, '+03:00']);
  assert.deepEqual(first('Updated 12.05.2025 16:55 GMT+2'), [2025, 5, 12, 16, 55, '+02:00']);
  assert.deepEqual(first('05/06/2023'), [2023, 5, 6, null, null, null]);
  assert.deepEqual(first('12.12.2025 – 11:25'), [2025, 12, 12, 11, 25, null]);
  assert.deepEqual(first('17:27 | 26 May 2023'), [2023, 5, 26, 17, 27, null]);
  assert.deepEqual(first('26.05.2023 | 17:27 (GMT+3)'), [2023, 5, 26, 17, 27, '+03:00']);
  assert.equal(findDates('Wednesday, 14 June 2023')[0].weekday, true);
  assert.deepEqual(findDayMonth('12 June'), { day: 12, month: 6 });
});

test('no full date in plain prose or a year alone', () => {
  assert.deepEqual(findDates('The 2023 budget was passed in May by the harbour board.'), []);
});

test('the publication date is still chosen by our scoring: "Published" over "Updated", stated US zone kept', () => {
  const text = ['Local news', 'Updated May 27, 2023 8:10 a.m. ET', 'Published May 26, 2023 5:27 in the afternoon ET', '',
    'Ferry fares to rise', '', 'NORDHAVN (AP) — The harbour board voted on Friday to raise ferry fares by a tenth from July, its chair said.'].join('\n');
  assert.equal(normalize({ text }).publishedAt, '2023-05-26T17:27:00-04:00');
});
