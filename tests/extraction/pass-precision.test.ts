import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';
import { measuredConfidence, smoothedPrecision, type PassPrecisionFile } from '../../src/extraction/quotes/pass-confidence';
import { CONFIDENCE } from '../../src/extraction/quotes/draft';
import { matchQuotes, nameMatch } from '../../src/evaluation/real-match';

const text = (body: string) => `Ferry service review for Selby Cove\n\n${body}`;

/** Each quote of `body`: kind, the passes that decided it, its speaker's name. */
function passes(body: string) {
  const a = extractArticle({ text: text(body) });
  return a.quotes.map((q) => [q.kind, q.cuePass, q.speakerPass, a.people.find((p) => p.key === q.speakerKey)?.name ?? null]);
}

test('a quote records the cue pass that found its speaker phrase and the speaker pass that named the person', () => {
  assert.deepEqual(passes('"The ferry must run all winter," said Councillor Ines Varga.'), [['DIRECT', 'inverted', 'name', 'Ines Varga']]);
  assert.deepEqual(passes('Councillor Ines Varga visited the slipway on Monday. "The ferry must run all winter," she said.'),
    [['DIRECT', 'trailing', 'pronoun', 'Ines Varga']]);
  assert.deepEqual(passes('"The ferry must run all winter," said Councillor Ines Varga. "Nobody should be stranded."'),
    [['DIRECT', 'inverted', 'name', 'Ines Varga'], ['DIRECT', 'sibling', 'name', 'Ines Varga']]);
  assert.deepEqual(passes('"The ferry must run all winter," said Councillor Ines Varga.\n\n"Nobody should be stranded."'),
    [['DIRECT', 'inverted', 'name', 'Ines Varga'], ['DIRECT', null, 'continuation', 'Ines Varga']]);
  assert.deepEqual(passes('The timetable will change in March, Councillor Ines Varga said.'), [['INDIRECT', 'trailing', 'name', 'Ines Varga']]);
});

test('a quote nobody could be found for records no speaker pass', () => {
  assert.deepEqual(passes('"The ferry must run all winter," a notice on the pier read.').map((q) => [q[2], q[3]]), [[null, null]]);
  const q = extractArticle({ text: text('Tomas Brell and Ines Varga met.\n\nThe boat was late.\n\n"Nobody should be stranded."') }).quotes;
  assert.deepEqual(q.map((x) => [x.cuePass, x.speakerPass, x.attribution]), [[null, null, 'UNKNOWN']]);
});

const FIGURES: PassPrecisionFile = {
  about: 'test figures',
  cuePasses: { inverted: { decided: 40, right: 40, wrong: 0 }, trailing: { decided: 8, right: 6, wrong: 2 } },
  speakerPasses: { name: { decided: 48, right: 46, wrong: 2 }, narration: { decided: 3, right: 3, wrong: 0 } },
};

test('measured precision is smoothed, so a pass seen on a few quotes is not certain', () => {
  assert.equal(smoothedPrecision({ decided: 3, right: 3, wrong: 0 }), 0.8);
  assert.equal(smoothedPrecision({ decided: 40, right: 40, wrong: 0 }), 0.976);
  assert.equal(smoothedPrecision({ decided: 0, right: 0, wrong: 0 }), 0.5);
});

test('confidence is the lower figure of the deciding passes, lowered for reported speech, the hand value when unmeasured', () => {
  assert.equal(measuredConfidence('name', 'inverted', false, 0.95, FIGURES), 0.94);
  assert.equal(measuredConfidence('name', 'trailing', false, 0.95, FIGURES), 0.7);
  assert.equal(measuredConfidence('name', 'trailing', true, 0.95, FIGURES), 0.6);
  assert.equal(measuredConfidence('narration', null, false, CONFIDENCE.CONTEXT, FIGURES), 0.8);
  assert.equal(measuredConfidence('last-speaker', 'dash', false, 0.75, FIGURES), 0.75);
  assert.equal(measuredConfidence('last-speaker', 'inverted', false, 0.75, FIGURES), 0.976);
});

test('an extracted quote carries the confidence the committed figures give its passes', () => {
  const a = extractArticle({ text: text('"The ferry must run all winter," said Councillor Ines Varga.\n\n"Nobody should be stranded."') });
  assert.deepEqual(a.quotes.map((q) => q.confidence), [
    measuredConfidence('name', 'inverted', false, CONFIDENCE.EXPLICIT_NAME), measuredConfidence('continuation', null, false, CONFIDENCE.CONTINUATION),
  ]);
  const reported = extractArticle({ text: text('The timetable will change in March, Councillor Ines Varga said.') }).quotes[0];
  assert.equal(reported.confidence, measuredConfidence('name', 'trailing', true, CONFIDENCE.EXPLICIT_NAME));
  assert.ok(reported.confidence < measuredConfidence('name', 'trailing', false, CONFIDENCE.EXPLICIT_NAME));
});

test('found quotes match labelled ones as score.py does: 80% shared words, each found quote once, surnames with compatible given names', () => {
  const body = 'Varga said: "The ferry must run all winter long, whatever it costs." Brell said: "It will not."';
  const labelled = [{ start: 'The ferry must run all winter', end: 'long, whatever it costs.', speaker: 'Ines Varga' }, { start: 'It will not.', end: 'It will not.', speaker: null }];
  const found = [{ text: 'It will not.', speaker: 'Tomas Brell' }, { text: 'The ferry must run all winter long, whatever it costs', speaker: 'I. Varga' }];
  const run = matchQuotes(body, labelled, found);
  assert.deepEqual(run.matches.map((m) => m.found?.speaker ?? null), ['I. Varga', 'Tomas Brell']);
  assert.deepEqual(run.extra, []);
  assert.deepEqual(matchQuotes(body, labelled.slice(0, 1), [{ text: 'The ferry must run', speaker: null }]).matches.map((m) => m.found), [null]);
  assert.deepEqual([nameMatch('I. Varga', 'Ines Varga'), nameMatch('Varga', 'Ines Varga'), nameMatch('Ilse Varga', 'Ines Varga'), nameMatch('Ines Vargas', 'Ines Varga')], [true, true, false, false]);
});
