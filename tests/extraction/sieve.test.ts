import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';
import { normalize } from '../../src/extraction/normalize/normalize';
import { segment } from '../../src/extraction/segment/segment';
import { findQuotedRuns } from '../../src/extraction/quotes/marks';
import { extractDirectQuotes } from '../../src/extraction/quotes/direct';
import { extractIndirectQuotes } from '../../src/extraction/quotes/indirect';
import { CUE_PASSES, directCue, firstDecision, reportedCue, runSite } from '../../src/extraction/quotes/cue-passes';
import { extractEntities } from '../../src/extraction/entities/entities';
import { resolveOrganizations } from '../../src/extraction/resolve/organizations';
import { resolvePeople } from '../../src/extraction/resolve/people';
import { runSpeakerSieve, SPEAKER_PASSES, type SpeakerPass } from '../../src/extraction/resolve/speaker-passes';

const text = (body: string) => `Headline for the test story\n\n${body}`;

test('the cue passes stand in order, most precise first, each named once', () => {
  assert.deepEqual(CUE_PASSES.map((p) => p.name), [
    'dash', 'according-to-after', 'inverted', 'trailing', 'clause-end', 'according-to-before', 'leading', 'partial', 'sibling',
  ]);
  assert.deepEqual(CUE_PASSES.map((p) => p.method), [
    'EXPLICIT_NAME', 'ACCORDING_TO', 'SPEAKER_FORM', 'SPEAKER_FORM', 'SPEAKER_FORM', 'ACCORDING_TO', 'SPEAKER_FORM', 'SPEAKER_FORM', 'BORROWED',
  ]);
  // the patterns direct and reported speech share are one pass each
  assert.deepEqual(CUE_PASSES.filter((p) => p.direct && p.reported).map((p) => p.name), [
    'according-to-after', 'inverted', 'trailing', 'according-to-before', 'leading',
  ]);
});

test('the speaker passes stand in order: mention passes first, then the ones for quotes without a speaker phrase', () => {
  assert.deepEqual(SPEAKER_PASSES.map((p) => p.name), [
    'name', 'pronoun', 'appositive', 'role-title', 'near-subject', 'last-speaker', 'continuation', 'narration', 'continuation-after-narration',
  ]);
  assert.deepEqual(SPEAKER_PASSES.map((p) => p.method), [null, null, null, null, null, null, 'CONTINUATION', 'CONTEXT', 'CONTINUATION']);
});

/** The first run of `body`: the pass that decides it, and the passes before it that left it. */
function directSieve(body: string) {
  const a = normalize({ text: text(body) });
  const seg = segment(a.body);
  const runs = findQuotedRuns(a.body, seg.paragraphs);
  const site = runSite(a.body, seg, runs, 0);
  const cue = directCue(site);
  const before = CUE_PASSES.slice(0, CUE_PASSES.findIndex((p) => p.name === cue?.pass));
  return { cue, earlierDecided: before.filter((p) => p.direct?.(site)).map((p) => p.name) };
}

test('each cue pass decides its own direct quote, after every earlier pass left it', () => {
  const cases: Array<[string, string, string, string]> = [
    ['"We need more buses." — Hanna Lund, 34, nurse', 'dash', 'EXPLICIT_NAME', 'Hanna Lund'],
    ['"The pier is unsafe," according to Mayor Tova Lind.', 'according-to-after', 'ACCORDING_TO', 'Tova Lind'],
    ['"We will rebuild the pier," said Mayor Tova Lind.', 'inverted', 'EXPLICIT_NAME', 'Tova Lind'],
    ['Mayor Tova Lind toured the harbour on Monday. "The pier comes first," she said.', 'trailing', 'PRONOUN', 'she'],
    ['The contractor "left the pier in ruins," then billed the town twice, Tova Lind said.', 'clause-end', 'EXPLICIT_NAME', 'Tova Lind'],
    ['According to Mayor Tova Lind, "the pier is unsafe."', 'according-to-before', 'ACCORDING_TO', 'Tova Lind'],
    ['Mayor Tova Lind said: "The pier is unsafe."', 'leading', 'EXPLICIT_NAME', 'Tova Lind'],
    ['Mayor Tova Lind called the plan "a disgrace" on Monday.', 'partial', 'EXPLICIT_NAME', 'Tova Lind'],
  ];
  for (const [body, pass, method, speaker] of cases) {
    const { cue, earlierDecided } = directSieve(body);
    assert.deepEqual([cue?.pass, cue?.method, cue?.speaker.text, earlierDecided], [pass, method, speaker, []], body);
  }
  assert.equal(directSieve('The word "pier" comes from Old French.').cue, null);
});

test('a quote without a cue of its own is left to the sibling pass, which lends the cue of the run beside it', () => {
  const body = '"The pier is unsafe," said Mayor Tova Lind. "It stays closed."';
  const a = normalize({ text: text(body) });
  const seg = segment(a.body);
  const runs = findQuotedRuns(a.body, seg.paragraphs);
  const cues = runs.map((_, k) => directCue(runSite(a.body, seg, runs, k)));
  assert.deepEqual(cues.map((c) => c?.pass ?? null), ['inverted', null]);
  const hit = firstDecision(CUE_PASSES, (p) => p.borrow?.({ runs, cues, keep: [true, true], members: [1], within: null }) ?? null);
  assert.deepEqual([hit?.pass.name, hit?.decision.speaker.text], ['sibling', 'Tova Lind']);
  const drafts = extractDirectQuotes(a.body, seg);
  assert.deepEqual(drafts.map((d) => [d.speaker?.text, d.attribution, d.confidence]), [['Tova Lind', 'EXPLICIT_NAME', 0.95], ['Tova Lind', 'EXPLICIT_NAME', 0.85]]);
});

test('reported speech runs the passes it shares with direct quotes, and the one that decided sets the method', () => {
  const cases: Array<[string, string, string]> = [
    ['The pier will reopen in May, according to Mayor Tova Lind.', 'according-to-after', 'ACCORDING_TO'],
    ['According to Mayor Tova Lind, the pier will reopen in May.', 'according-to-before', 'ACCORDING_TO'],
    ['The pier will reopen in May, said Mayor Tova Lind.', 'inverted', 'EXPLICIT_NAME'],
    ['The pier will reopen in May, Mayor Tova Lind said.', 'trailing', 'EXPLICIT_NAME'],
    ['Mayor Tova Lind said the pier would reopen in May.', 'leading', 'EXPLICIT_NAME'],
    ['The pier will reopen in May, she said.', 'trailing', 'PRONOUN'],
  ];
  for (const [body, pass, method] of cases) {
    const a = normalize({ text: text(body) });
    const s = segment(a.body).sentences.find((x) => a.body.slice(x.start, x.end).includes('pier'));
    assert.ok(s, body);
    const found = reportedCue(a.body, s);
    assert.deepEqual([found?.pass, found?.method], [pass, method], body);
    assert.deepEqual(extractArticle({ text: text(body) }).quotes.map((q) => [q.kind, q.attribution]), [['INDIRECT', method]], body);
  }
});

/** Stage 2 on `body`: each quote's speaker, method and deciding pass (with `passes` instead of the table, if given). */
function speakerSieve(body: string, passes?: readonly SpeakerPass[]) {
  const a = normalize({ text: text(body) });
  const seg = segment(a.body);
  const direct = extractDirectQuotes(a.body, seg);
  const quotes = [...direct, ...extractIndirectQuotes(a.body, seg, direct, a.datelineLength)].sort((x, y) => x.span.start - y.span.start);
  const drafts = extractEntities(a.body, seg, quotes, { dateline: a.dateline, source: a.source, year: null, headline: a.headline });
  const people = resolvePeople(drafts.people, resolveOrganizations(drafts.organizations).keyAt);
  const run = runSpeakerSieve(quotes, { body: a.body, paragraphs: seg.paragraphs, people: people.people, keyAt: people.keyAt }, passes);
  return run.quotes.map((q, i) => [people.people.find((p) => p.key === q.speakerKey)?.name ?? null, q.attribution, run.decidedBy[i]]);
}

const without = (name: string) => SPEAKER_PASSES.filter((p) => p.name !== name);

const SPEAKER_CASES: Array<[string, string, Array<[string | null, string, string | null]>]> = [
  ['name', '"We will rebuild the pier," said Mayor Tova Lind.', [['Tova Lind', 'EXPLICIT_NAME', 'name']]],
  ['pronoun', 'Mayor Tova Lind toured the harbour on Monday. "The pier comes first," she said.', [['Tova Lind', 'PRONOUN', 'pronoun']]],
  ['appositive', 'Mayor Tova Lind met the harbour board on Monday.\n\n"We need more buses," said the mayor, Tova Lind.', [['Tova Lind', 'ROLE_NOUN', 'appositive']]],
  ['role-title', 'Foreign Minister Arla Venn opened the talks in Marlow on Tuesday. "We want a fair deal," the minister said.', [['Arla Venn', 'ROLE_NOUN', 'role-title']]],
  ['near-subject', 'Oskar Vale scored twice on Sunday. "It was a good day for the club," the striker said.', [['Oskar Vale', 'ROLE_NOUN', 'near-subject']]],
  ['last-speaker', '"We will rebuild the pier," said Sen. Ana Ruiz of Tarrow. Ruiz spoke after Gov. Ben Orr signed the harbour bill into law on Friday. "This is a start," the Tarrow Democrat said.',
    [['Ana Ruiz', 'EXPLICIT_NAME', 'name'], ['Ana Ruiz', 'ROLE_NOUN', 'last-speaker']]],
  ['continuation', '"We will rebuild the pier," said Mayor Tova Lind.\n\n"The work starts in May."', [['Tova Lind', 'EXPLICIT_NAME', 'name'], ['Tova Lind', 'CONTINUATION', 'continuation']]],
  ['narration', 'Mayor Tova Lind inspected the damaged pier with engineers on Monday morning.\n\n"The work starts in May."', [['Tova Lind', 'CONTEXT', 'narration']]],
  ['continuation-after-narration', 'Coach Ida Brandt opened the press conference with a wry smile and the words, "A lot has changed this week."\n\n"We will be back."',
    [['Ida Brandt', 'CONTEXT', 'narration'], ['Ida Brandt', 'CONTINUATION', 'continuation-after-narration']]],
];

test('each speaker pass decides its own quote, after every earlier pass left it', () => {
  for (const [, body, want] of SPEAKER_CASES) {
    assert.deepEqual(speakerSieve(body), want, body);
    // the test's stage-2 run is the pipeline's
    const a = extractArticle({ text: text(body) });
    assert.deepEqual(a.quotes.map((q) => [a.people.find((p) => p.key === q.speakerKey)?.name ?? null, q.attribution]), want.map(([n, m]) => [n, m]), body);
  }
});

test('without its pass a quote goes to a later pass or stays unknown', () => {
  const unknown = (body: string, name: string) => speakerSieve(body, without(name)).map(([n, , by]) => [n, by]);
  const [, pronoun] = SPEAKER_CASES[1];
  assert.deepEqual(unknown(pronoun, 'pronoun'), [[null, null]]);
  const [, narration] = SPEAKER_CASES[7];
  assert.deepEqual(unknown(narration, 'narration'), [[null, null]]);
  // "said the mayor, Tova Lind": without the appositive pass the next one decides, as her title "Mayor" holds the noun
  const [, appositive] = SPEAKER_CASES[2];
  assert.deepEqual(unknown(appositive, 'appositive'), [['Tova Lind', 'role-title']]);
});

test('later passes see earlier decisions: the last speaker is who an earlier pass decided', () => {
  const [, body] = SPEAKER_CASES[5];
  assert.deepEqual(speakerSieve(body, without('name')).map(([n, , by]) => [n, by]), [[null, null], [null, null]]);
  const [, continued] = SPEAKER_CASES[6];
  assert.deepEqual(speakerSieve(continued, without('name')).map(([n, , by]) => [n, by]), [[null, null], [null, null]]);
});

test('the clause-end pass takes only a name or pronoun after the last comma, with the verb ending the sentence', () => {
  assert.equal(directSieve('The contractor "left the pier in ruins," then billed the town twice, the council statement said.').cue?.pass, undefined);
  assert.equal(directSieve('The contractor "left the pier in ruins," then billed the town, Tova Lind said on Monday.').cue, null);
});
