/**
 * Stage 3b, reported speech (INDIRECT quotes), kept apart from direct ones:
 *  - trailing cue:  "Cooperation is growing, S emphasized."  /  "..., said S."
 *  - leading cue:   "S said (that) the talks were useful."
 *  - according to:  "According to S, ..."  /  "..., according to S."
 * The quote's text is the reported clause; sentences holding a direct quote are skipped.
 */
import type { Segmentation, Span } from '../types';
import { appositiveSubject, clauseStartBefore } from './attribution';
import { classifySpeaker, type SpeakerRef } from './speaker';
import { OBJECT_VERBS, QUOTE_ONLY_VERBS, speechVerbPattern } from '../lexicon/speech-verbs';
import { CONFIDENCE, subtractSpans, type QuoteDraft } from './draft';
import type { AttributionMethod } from '../types';
import { AFTER_TRAILING_VERB, INTRO_OPENERS } from '../lexicon/function-words';
import { TOLD_HEARERS } from '../lexicon/speech-verbs';
import { NON_SPEAKER_SOURCES } from '../lexicon/words';
import { alternation } from '../text/alternation';

interface Found { clause: Span; speaker: SpeakerRef; verb: string | null; method: AttributionMethod }

const PREPOSITION = new RegExp(`^\\s*(?:${alternation(AFTER_TRAILING_VERB)}|[.,;:!?)])`, 'i');

function trim(body: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,;:—–-]/.test(body[start])) start++;
  while (end > start && /[\s.,;:!?—–-]/.test(body[end - 1])) end--;
  return { start, end };
}

const words = (body: string, s: Span) => body.slice(s.start, s.end).split(/\s+/).filter(Boolean).length;
const methodOf = (s: SpeakerRef): AttributionMethod => (s.form === 'PRONOUN' ? 'PRONOUN' : s.form === 'ROLE' ? 'ROLE_NOUN' : 'EXPLICIT_NAME');

/** "CLAUSE, S verb ..." or "CLAUSE, verb S." */
function trailing(body: string, s: Span, verb: RegExpMatchArray & { index: number }): Found | null {
  const v = s.start + verb.index;
  const afterVerb = body.slice(v + verb[0].length, s.end);
  if (/^\s+that\b/i.test(afterVerb)) return null;
  const commaBefore = body.slice(s.start, v).trimEnd().endsWith(',');
  if (commaBefore) {
    const stop = /[,;.(]|\s(?:who|in|on|at|during|after|when|while)\s/.exec(afterVerb);
    const speaker = classifySpeaker(body, { start: v + verb[0].length, end: v + verb[0].length + (stop ? stop.index : afterVerb.length) });
    const clause = trim(body, { start: s.start, end: v });
    return speaker && words(body, clause) >= 3 ? { clause, speaker, verb: verb[0], method: methodOf(speaker) } : null;
  }
  const subjectStart = clauseStartBefore(body, s.start, v);
  if (subjectStart <= s.start || !(PREPOSITION.test(afterVerb) || !afterVerb.trim())) return null;
  const speaker = classifySpeaker(body, appositiveSubject(body, subjectStart, v));
  const comma = body.lastIndexOf(',', subjectStart);
  const clause = trim(body, { start: s.start, end: comma >= s.start ? comma : subjectStart });
  return speaker && words(body, clause) >= 3 ? { clause, speaker, verb: verb[0], method: methodOf(speaker) } : null;
}

/** The hearer after "told": "told reporters (on Monday) (that)". */
const TOLD_OBJECT = new RegExp(String.raw`^\s+(?:${alternation(TOLD_HEARERS)}|\p{Lu}[\p{L}]+)(?:\s+on\s+\p{Lu}\p{Ll}+day)?(?:\s+that)?\s+(?=\p{L})`, 'u');
const INTRO = new RegExp(String.raw`^\s*(?:\p{Lu}\p{Ll}+ing|${alternation(INTRO_OPENERS)})\b`, 'u');
const NOT_A_SPEAKER = new RegExp(`\\b(${alternation(NON_SPEAKER_SOURCES)})\\b`, 'i');

/** An opening adverbial before the subject: short, or a participle/prepositional phrase of up to 20 words. */
function isIntro(intro: string): boolean {
  const n = intro.trim().split(/\s+/).length;
  return n <= 6 || n <= 20 && INTRO.test(intro);
}

/** "..., Interior Minister Ragna Solvik, who said": the name the relative clause hangs on. */
function relativeSubject(body: string, from: number, end: number): SpeakerRef | null {
  const text = body.slice(from, end);
  const cut = Math.max(text.lastIndexOf(','), text.search(/\b(?:by|with|to|from|was|is|and|met|led|joined)\s+[^,]*$/));
  const at = cut < 0 ? from : from + cut + (text[cut] === ',' ? 1 : (/^\S+/.exec(text.slice(cut)) ?? [''])[0].length);
  return classifySpeaker(body, { start: at, end });
}

/** "S verb (that) CLAUSE." with S at the start of the sentence (after an opening adverbial). */
function leading(body: string, s: Span, verb: RegExpMatchArray & { index: number }): Found | null {
  const v = s.start + verb.index;
  const subjectStart = clauseStartBefore(body, s.start, v);
  const intro = body.slice(s.start, subjectStart);
  const who = /,\s*who\s+$/.exec(body.slice(s.start, v));
  if (subjectStart > s.start && !who && !(isIntro(intro) && /,\s*$/.test(intro))) return null;
  const speaker = who ? relativeSubject(body, s.start, v - who[0].length) : classifySpeaker(body, appositiveSubject(body, subjectStart, v));
  if (!speaker) return null;
  const rest = body.slice(v + verb[0].length, s.end);
  const that = /^((?:\s+[\w’'-]+){0,8}?)\s+that\s/i.exec(rest);
  const lower = verb[0].toLowerCase();
  let from: number;
  const told = OBJECT_VERBS.has(lower) && lower !== 'asked' && lower !== 'urged' && lower !== 'warned' ? TOLD_OBJECT.exec(rest) : null;
  if (that && !/[,;]/.test(that[1])) from = v + verb[0].length + that[0].length;
  else if (told) from = v + verb[0].length + told[0].length;
  else if (!OBJECT_VERBS.has(lower) && !QUOTE_ONLY_VERBS.has(lower) && !PREPOSITION.test(rest)) from = v + verb[0].length;
  else return null;
  const clause = trim(body, { start: from, end: s.end });
  return words(body, clause) >= 4 ? { clause, speaker, verb: verb[0], method: methodOf(speaker) } : null;
}

/** "According to S, CLAUSE." or "CLAUSE, according to S." */
function accordingTo(body: string, s: Span, datelineEnd: number): Found | null {
  const start = Math.max(s.start, datelineEnd);
  const text = body.slice(start, s.end);
  const lead = /^according to ([^,]{2,80}),\s*/i.exec(text);
  const tail = /,\s*according to ([^,]{2,80}?)[.!?]?$/i.exec(text);
  const m = lead ?? tail;
  if (!m) return null;
  const at = start + m.index + m[0].indexOf(m[1]);
  const speaker = classifySpeaker(body, { start: at, end: at + m[1].length });
  if (!speaker || NOT_A_SPEAKER.test(m[1])) return null;
  const clause = lead ? trim(body, { start: start + m[0].length, end: s.end }) : trim(body, { start, end: start + m.index });
  return { clause, speaker, verb: null, method: 'ACCORDING_TO' };
}

/**
 * Speech verbs tried per sentence. Each try scans the sentence, so the cap keeps the stage linear
 * in the text ("said said said ..." x 100000 is one sentence); real sentences have a few.
 */
const MAX_VERBS_PER_SENTENCE = 6;

function findIn(body: string, s: Span, datelineEnd: number): Found | null {
  const from: Span = { start: Math.max(s.start, datelineEnd), end: s.end };
  const acc = accordingTo(body, s, datelineEnd);
  if (acc) return acc;
  const verbs: Array<RegExpMatchArray & { index: number }> = [];
  for (const v of body.slice(from.start, from.end).matchAll(speechVerbPattern())) {
    verbs.push(v as RegExpMatchArray & { index: number });
    if (verbs.length >= MAX_VERBS_PER_SENTENCE) break;
  }
  for (const v of verbs) {
    const found = trailing(body, from, v) ?? leading(body, from, v);
    if (found) return found;
  }
  return null;
}

/**
 * Reported speech in every sentence that holds no direct quote.
 * `datelineEnd` is the body offset where the text after the dateline starts (0 when none).
 */
export function extractIndirectQuotes(body: string, seg: Segmentation, direct: QuoteDraft[], datelineEnd = 0): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const s of seg.sentences) {
    if (direct.some((d) => d.span.start < s.end && d.span.end > s.start)) continue;
    const found = findIn(body, s, s.start === 0 ? datelineEnd : 0);
    if (!found) continue;
    const confidence = CONFIDENCE[found.method] - 0.1;
    out.push({
      kind: 'INDIRECT', text: body.slice(found.clause.start, found.clause.end), span: found.clause, sentence: s,
      speaker: found.speaker, cueVerb: found.verb?.toLowerCase().replace(/\s+/g, ' ') ?? null,
      attribution: found.method, confidence, outside: subtractSpans(s, [found.clause]),
    });
  }
  return out;
}
