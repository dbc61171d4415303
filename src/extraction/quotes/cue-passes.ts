/**
 * Stage 1 of attribution, quote -> speaker mention, as a sieve (Muzny et al. 2017): an ordered
 * table of named passes, most precise first. Each pass looks for one cue pattern and either
 * decides (a speaker phrase and its verb) or leaves the quote to the next pass; the pass that
 * decided sets the quote's attribution method. A pattern both kinds of quote share is one pass
 * with a `direct` and a `reported` form. Adding a pattern is adding a pass (and its tests).
 */
import type { AttributionMethod, Segmentation, Span } from '../types';
import { methodOf, type SpeakerRef } from './speaker';
import { accordingAfter, accordingBefore, clauseEndAfter, invertedAfter, leadingBefore, partialBefore, subjectAfter, type CueFound } from './attribution';
import { accordingLead, accordingTail, invertedReported, leadingReported, trailingReported, type ReportedFound, type VerbMatch } from './reported';
import { dashAttribution } from './layout';
import type { QuotedRun } from './marks';
import { sentenceAt } from './draft';
import { speechVerbPattern } from '../lexicon/speech-verbs';

/** A cue with the method and the name of the pass that found it. */
export interface Cue extends CueFound { method: AttributionMethod; pass: string }

/** Where a direct quote's cue may stand: after its closing mark, before its opening mark. */
export interface RunSite {
  body: string;
  /** The opening mark. */
  open: number;
  /** From the closing mark to the sentence end or next run; `dashLimit` reaches into the next paragraph. Null when unclosed. */
  after: { from: number; limit: number; dashLimit: number } | null;
  /** Where a cue before the opening mark may start: the sentence start, or the previous run's close. */
  beforeFrom: number;
  /** The sentence start, where a partial-quote verb is looked for. */
  sentenceStart: number;
}

/** Where run `k`'s cue may stand: after its closing mark (to the sentence end or next run), before its opening mark. */
export function runSite(body: string, seg: Segmentation, runs: QuotedRun[], k: number): RunSite {
  const run = runs[k];
  const para = seg.paragraphs[run.paragraph];
  const next = runs[k + 1]?.paragraph === run.paragraph ? runs[k + 1].open : para.end;
  const prev = k > 0 && runs[k - 1].paragraph === run.paragraph ? (runs[k - 1].close ?? para.end) + 1 : para.start;
  const sentenceStart = sentenceAt(seg, run.open)?.start ?? para.start;
  let after: RunSite['after'] = null;
  if (run.close !== null) {
    const nextPara = seg.paragraphs[run.paragraph + 1]?.end ?? para.end;
    const limit = Math.min(next, sentenceAt(seg, run.close)?.end ?? para.end);
    after = { from: run.close + 1, limit: Math.max(limit, run.close + 1), dashLimit: Math.min(nextPara, run.close + 200) };
  }
  return { body, open: run.open, after, beforeFrom: Math.max(prev, sentenceStart), sentenceStart };
}

/** What a borrowing pass sees: the runs, the cues the own-cue passes decided, and the quote's runs. */
export interface BorrowSite {
  runs: QuotedRun[];
  cues: ReadonlyArray<Cue | null>;
  keep: readonly boolean[];
  /** The runs of the quote (several for a quotation spread over paragraphs). */
  members: number[];
  /** Only runs opening in this span may lend their cue (a partial-quote verb without subject); null: any. */
  within: Span | null;
  /** The body, to see whether another speech verb stands between lender and borrower (absent: not checked). */
  body?: string;
}

export interface CuePass {
  name: string;
  /** The method a decision gets; 'SPEAKER_FORM': from the speaker phrase (name, pronoun, role noun); 'BORROWED': the lender's. */
  method: AttributionMethod | 'SPEAKER_FORM' | 'BORROWED';
  /** For a direct quote (a quoted run). */
  direct?: (site: RunSite) => CueFound | null;
  /** For reported speech: a sentence (span after any dateline), at one speech verb for `perVerb` passes. */
  reported?: (body: string, s: Span, verb: VerbMatch | null) => ReportedFound | null;
  /** Tried at each speech verb of the sentence in turn (verb by verb, these passes in order at each). */
  perVerb?: boolean;
  /** Takes an earlier pass's decision on another run of the same paragraph. */
  borrow?: (site: BorrowSite) => Cue | null;
}

const after = (f: (body: string, from: number, limit: number) => CueFound | null) => (s: RunSite) => (s.after ? f(s.body, s.after.from, s.after.limit) : null);
const before = (f: (body: string, from: number, open: number) => CueFound | null) => (s: RunSite) => (s.beforeFrom < s.open ? f(s.body, s.beforeFrom, s.open) : null);
const atVerb = (f: (body: string, s: Span, verb: VerbMatch) => ReportedFound | null) => (body: string, s: Span, verb: VerbMatch | null) => (verb ? f(body, s, verb) : null);

/** Stage 1 passes in order. Reported speech tries its sentence passes first, then the `perVerb` ones verb by verb. */
export const CUE_PASSES: readonly CuePass[] = [
  { name: 'dash', method: 'EXPLICIT_NAME', direct: dashPass },
  { name: 'according-to-after', method: 'ACCORDING_TO', direct: after(accordingAfter), reported: accordingTail },
  { name: 'inverted', method: 'SPEAKER_FORM', direct: after(invertedAfter), reported: atVerb(invertedReported), perVerb: true },
  { name: 'trailing', method: 'SPEAKER_FORM', direct: after(subjectAfter), reported: atVerb(trailingReported), perVerb: true },
  { name: 'clause-end', method: 'SPEAKER_FORM', direct: after(clauseEndAfter) },
  { name: 'according-to-before', method: 'ACCORDING_TO', direct: before(accordingBefore), reported: accordingLead },
  { name: 'leading', method: 'SPEAKER_FORM', direct: before(leadingBefore), reported: atVerb(leadingReported), perVerb: true },
  { name: 'partial', method: 'SPEAKER_FORM', direct: (s) => partialBefore(s.body, s.sentenceStart, s.open) },
  { name: 'sibling', method: 'BORROWED', borrow: siblingPass },
];

/** `"Q" — Hanna Lund, 34, nurse`: a name after a dash right after the closing mark. */
function dashPass(s: RunSite): CueFound | null {
  const speaker = s.after ? dashAttribution(s.body, s.after.from, s.after.dashLimit) : null;
  return speaker ? { speaker, cueVerb: null, span: speaker.phrase } : null;
}

/** The method of `pass`'s decision for `speaker`. */
function methodFor(pass: CuePass, speaker: SpeakerRef): AttributionMethod {
  // a borrowing pass hands on the lender's cue, method and all; only own-cue passes come here
  return pass.method === 'SPEAKER_FORM' || pass.method === 'BORROWED' ? methodOf(speaker) : pass.method;
}

/** The sieve's runner: the first pass of `passes` that decides, with its decision. */
export function firstDecision<D>(passes: readonly CuePass[], tryPass: (pass: CuePass) => D | null): { pass: CuePass; decision: D } | null {
  for (const pass of passes) {
    const decision = tryPass(pass);
    if (decision) return { pass, decision };
  }
  return null;
}

/** A direct quote's own cue: the first cue pass that decides at this run. */
export function directCue(site: RunSite): Cue | null {
  const hit = firstDecision(CUE_PASSES, (p) => p.direct?.(site) ?? null);
  return hit ? { ...hit.decision, method: methodFor(hit.pass, hit.decision.speaker), pass: hit.pass.name } : null;
}

/** A cue a run without one of its own borrows (the borrowing passes, in order), named after the pass that lent it. */
export function borrowedCue(site: BorrowSite): Cue | null {
  const hit = firstDecision(CUE_PASSES, (p) => p.borrow?.(site) ?? null);
  return hit ? { ...hit.decision, pass: hit.pass.name } : null;
}

/**
 * Speech verbs tried per sentence. Each try scans the sentence, so the cap keeps the stage linear
 * in the text ("said said said ..." x 100000 is one sentence); real sentences have a few.
 */
const MAX_VERBS_PER_SENTENCE = 6;

/** Reported speech in sentence `s` (after any dateline): the sentence passes, then each verb with the per-verb passes. */
export function reportedCue(body: string, s: Span): (ReportedFound & { method: AttributionMethod; pass: string }) | null {
  const decide = (passes: readonly CuePass[], verb: VerbMatch | null) => {
    const hit = firstDecision(passes, (p) => p.reported?.(body, s, verb) ?? null);
    return hit ? { ...hit.decision, method: methodFor(hit.pass, hit.decision.speaker), pass: hit.pass.name } : null;
  };
  const whole = decide(CUE_PASSES.filter((p) => !p.perVerb), null);
  if (whole) return whole;
  const verbs: VerbMatch[] = [];
  for (const v of body.slice(s.start, s.end).matchAll(speechVerbPattern())) {
    verbs.push(v as VerbMatch);
    if (verbs.length >= MAX_VERBS_PER_SENTENCE) break;
  }
  const perVerb = CUE_PASSES.filter((p) => p.perVerb);
  for (const v of verbs) {
    const found = decide(perVerb, v);
    if (found) return found;
  }
  return null;
}

/**
 * Between lender `j` and borrower `k`, outside the lender's own cue, a speech verb of its own
 * (`'Q1,' as A put it. B said the plan fails. 'Q2.'`): the borrower may be that other speaker's.
 */
function otherSpeechBetween(body: string | undefined, runs: QuotedRun[], cue: Cue, j: number, k: number): boolean {
  if (body === undefined) return false;
  const [from, to] = j < k
    ? [Math.max((runs[j].close ?? runs[j].text.end) + 1, cue.span.end), runs[k].open]
    : [(runs[k].close ?? runs[k].text.end) + 1, Math.min(runs[j].open, cue.span.start)];
  return from < to && speechVerbPattern().test(body.slice(from, to));
}

/**
 * `"Q1," S said. "Q2."`: a quote without a cue of its own takes the cue of the nearest kept run
 * of its paragraph that has one (earlier first); a multi-paragraph quotation tries each of its runs.
 */
function siblingPass(site: BorrowSite): Cue | null {
  const { runs, cues, keep, within } = site;
  for (const k of site.members) {
    const p = runs[k].paragraph;
    const ok = (j: number) => keep[j] && cues[j] && (!within || (within.start <= runs[j].open && runs[j].open < within.end)) && !otherSpeechBetween(site.body, runs, cues[j]!, j, k);
    for (let j = k - 1; j >= 0 && runs[j].paragraph === p; j--) if (ok(j)) return cues[j];
    for (let j = k + 1; j < runs.length && runs[j].paragraph === p; j++) if (ok(j)) return cues[j];
  }
  return null;
}
