/**
 * Stage 3a, quotes: every direct quotation with the phrase that names its speaker.
 *
 * Each contiguous quoted run is one quote; a quotation spread over several paragraphs (wire
 * style: each paragraph reopened, only the last closed) is one quote, attributed to the speaker
 * its cue names. `"Q1," S said. "Q2."` gives two quotes,
 * both by S. Titles and scare-quoted terms are not quotes.
 */
import type { Segmentation, Span } from '../types';
import { partialMatch } from './attribution';
import { borrowedCue, directCue, runSite, type Cue } from './cue-passes';
import { findQuotedRuns, type QuotedRun } from './marks';
import { CONFIDENCE, sentenceAt, sentenceCover, subtractSpans, type QuoteDraft } from './draft';
import { isTitleOrTerm } from './filter';
import { interviewAnswers } from './layout';

/** Runs grouped so that a multi-paragraph quotation is one group. */
function groupRuns(runs: QuotedRun[]): number[][] {
  const groups: number[][] = [];
  runs.forEach((r, i) => (r.continued && groups.length ? groups[groups.length - 1].push(i) : groups.push([i])));
  return groups;
}

/**
 * The quoted words without the comma that belongs to the attribution (`"Q," she said` → `Q`).
 * A final `.`, `?`, `!` or `…` is the speaker's and is kept.
 */
export function withoutAttributionComma(body: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /[\s,，]/.test(body[end - 1])) end--;
  return { start: span.start, end };
}

function draftFor(body: string, seg: Segmentation, run: QuotedRun, cue: Cue | null, own: boolean): QuoteDraft {
  const end = run.close ?? run.text.end;
  const text = withoutAttributionComma(body, run.text);
  const sentence = sentenceCover(seg, run.open, end + 1);
  const attribution = cue ? cue.method : 'UNKNOWN';
  return {
    kind: 'DIRECT', text: body.slice(text.start, text.end), span: text, sentence,
    speaker: cue?.speaker ?? null, cueVerb: own ? cue?.cueVerb ?? null : null, attribution, cuePass: cue?.pass ?? null,
    confidence: cue ? CONFIDENCE[attribution] - (own ? 0 : 0.1) : CONFIDENCE.UNKNOWN,
    outside: subtractSpans(sentence, [{ start: run.open, end: end + 1 }]),
  };
}

/**
 * Direct quotes of a body. Speakers are phrases (resolved to people later); runs without a cue
 * of their own take the cue of their multi-paragraph group or of a sibling run in the same
 * paragraph (`"Q1," S said. "Q2."`).
 */
export function extractDirectQuotes(body: string, seg: Segmentation): QuoteDraft[] {
  const runs = findQuotedRuns(body, seg.paragraphs);
  // the own-cue passes decide run by run; a partial-quote verb whose subject none found is kept apart
  const cues = runs.map((_, k) => directCue(runSite(body, seg, runs, k)));
  const partials = runs.map((r, k) => (cues[k] ? null : partialMatch(body, sentenceAt(seg, r.open)?.start ?? seg.paragraphs[r.paragraph].start, r.open)));
  const keep = runs.map((r, k) => !isTitleOrTerm(body, seg, r, cues[k] !== null || partials[k] !== null));
  const drafts: Array<QuoteDraft | null> = runs.map(() => null);
  const lastParagraph = seg.paragraphs.length - 1;
  for (const group of groupRuns(runs)) {
    // a quotation still open where the text ends was cut off by the excerpt: its words are not all there
    const tail = runs[group[group.length - 1]];
    if (tail.close === null && tail.paragraph === lastParagraph) continue;
    const members = group.filter((k) => keep[k]);
    if (members.length > 1) {
      const cued = [...members].reverse().find((k) => cues[k]);
      const cue = cued === undefined ? borrowedCue({ runs, cues, keep, members, within: null, body }) : cues[cued];
      drafts[members[0]] = joinedDraft(body, seg, members.map((k) => runs[k]), cue);
      continue;
    }
    for (const k of members) {
      const own = cues[k] !== null;
      const sibling = own ? null : borrowedCue({ body, runs, cues, keep, members: [k], within: partials[k] ? sentenceAt(seg, runs[k].open) : null });
      const cue = cues[k] ?? sibling;
      const d = draftFor(body, seg, runs[k], cue, own);
      if (!own && sibling) d.cueVerb = partials[k]?.cueVerb ?? sibling.cueVerb;
      if (!cue && partials[k]) d.cueVerb = partials[k]?.cueVerb ?? null;
      drafts[k] = d;
    }
  }
  const answers = interviewAnswers(body, seg);
  const inAnswer = (d: QuoteDraft) => answers.some((a) => a.span.start <= d.span.start && d.span.end <= a.span.end);
  const kept = drafts.filter((d): d is QuoteDraft => d !== null && !inAnswer(d));
  return answers.length ? [...kept, ...answers].sort((a, b) => a.span.start - b.span.start) : kept;
}

/**
 * One quote for a quotation spread over several paragraphs (each reopened, only the last
 * closed): its words are the paragraphs' quoted words joined by a paragraph break, its span runs
 * from the first opening mark to the last closing one, and its speaker is the group's cue.
 */
function joinedDraft(body: string, seg: Segmentation, parts: QuotedRun[], cue: Cue | null): QuoteDraft {
  const last = parts[parts.length - 1];
  const first = draftFor(body, seg, parts[0], cue, true);
  const end = withoutAttributionComma(body, last.text).end;
  const words = parts.map((r, i) => (i === parts.length - 1 ? withoutAttributionComma(body, r.text) : r.text)).map((t) => body.slice(t.start, t.end));
  const sentence = sentenceCover(seg, parts[0].open, (last.close ?? last.text.end) + 1);
  return {
    ...first, text: words.join('\n\n'), span: { start: parts[0].text.start, end }, sentence,
    outside: subtractSpans(sentence, [{ start: parts[0].open, end: (last.close ?? last.text.end) + 1 }]),
  };
}

/** Spans of the quoted words of kept direct quotes (for stages that must skip them). */
export function quotedSpans(drafts: QuoteDraft[]): Span[] {
  return drafts.filter((d) => d.kind === 'DIRECT').map((d) => d.span);
}
