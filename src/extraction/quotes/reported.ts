/**
 * Cue patterns of reported speech, one small function each (passes of the sieve in
 * cue-passes.ts): "According to S, CLAUSE." / "CLAUSE, according to S." (per sentence) and, at
 * one speech verb, "CLAUSE, said S." / "CLAUSE, S said." / "S said (that) CLAUSE."
 */
import type { Span } from '../types';
import { appositiveSubject, clauseStartBefore } from './attribution';
import { classifySpeaker, type SpeakerRef } from './speaker';
import { OBJECT_VERBS, QUOTE_ONLY_VERBS, TOLD_HEARERS } from '../lexicon/speech-verbs';
import { AFTER_TRAILING_VERB, INTRO_OPENERS } from '../lexicon/function-words';
import { NON_SPEAKER_SOURCES } from '../lexicon/words';
import { alternation } from '../text/alternation';

/** What a reported-speech pass found: the reported clause, its speaker and the verb as written. */
export interface ReportedFound { clause: Span; speaker: SpeakerRef; verb: string | null }
export type VerbMatch = RegExpMatchArray & { index: number };

const PREPOSITION = new RegExp(`^\\s*(?:${alternation(AFTER_TRAILING_VERB)}|[.,;:!?)])`, 'i');

function trim(body: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,;:—–-]/.test(body[start])) start++;
  while (end > start && /[\s.,;:!?—–-]/.test(body[end - 1])) end--;
  return { start, end };
}

const words = (body: string, s: Span) => body.slice(s.start, s.end).split(/\s+/).filter(Boolean).length;

/** The verb's place: its offset, the words after it, and whether a comma stands right before it. */
function atVerb(body: string, s: Span, verb: VerbMatch) {
  const v = s.start + verb.index;
  const afterVerb = body.slice(v + verb[0].length, s.end);
  return { v, afterVerb, that: /^\s+that\b/i.test(afterVerb), commaBefore: body.slice(s.start, v).trimEnd().endsWith(',') };
}

/** "CLAUSE, said S." */
export function invertedReported(body: string, s: Span, verb: VerbMatch): ReportedFound | null {
  const { v, afterVerb, that, commaBefore } = atVerb(body, s, verb);
  if (that || !commaBefore) return null;
  const stop = /[,;.(]|\s(?:who|in|on|at|during|after|when|while)\s/.exec(afterVerb);
  const speaker = classifySpeaker(body, { start: v + verb[0].length, end: v + verb[0].length + (stop ? stop.index : afterVerb.length) });
  const clause = trim(body, { start: s.start, end: v });
  return speaker && words(body, clause) >= 3 ? { clause, speaker, verb: verb[0] } : null;
}

/** "CLAUSE, S said." */
export function trailingReported(body: string, s: Span, verb: VerbMatch): ReportedFound | null {
  const { v, afterVerb, that, commaBefore } = atVerb(body, s, verb);
  if (that || commaBefore) return null;
  const subjectStart = clauseStartBefore(body, s.start, v);
  if (subjectStart <= s.start || !(PREPOSITION.test(afterVerb) || !afterVerb.trim())) return null;
  const speaker = classifySpeaker(body, appositiveSubject(body, subjectStart, v));
  const comma = body.lastIndexOf(',', subjectStart);
  const clause = trim(body, { start: s.start, end: comma >= s.start ? comma : subjectStart });
  return speaker && words(body, clause) >= 3 ? { clause, speaker, verb: verb[0] } : null;
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
export function leadingReported(body: string, s: Span, verb: VerbMatch): ReportedFound | null {
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
  return words(body, clause) >= 4 ? { clause, speaker, verb: verb[0] } : null;
}

const ACCORDING_LEAD = /^according to ([^,]{2,80}),\s*/i;
const ACCORDING_TAIL = /,\s*according to ([^,]{2,80}?)[.!?]?$/i;

/** The "according to" source of a match, or null when it is no speaker ("according to the report"). */
function accordingFound(body: string, start: number, m: RegExpExecArray, clause: Span): ReportedFound | null {
  const at = start + m.index + m[0].indexOf(m[1]);
  const speaker = classifySpeaker(body, { start: at, end: at + m[1].length });
  return speaker && !NOT_A_SPEAKER.test(m[1]) ? { clause, speaker, verb: null } : null;
}

/** "According to S, CLAUSE." (`s` already starts after any dateline). */
export function accordingLead(body: string, s: Span): ReportedFound | null {
  const m = ACCORDING_LEAD.exec(body.slice(s.start, s.end));
  return m ? accordingFound(body, s.start, m, trim(body, { start: s.start + m[0].length, end: s.end })) : null;
}

/** "CLAUSE, according to S." — not in a sentence that opens with "According to". */
export function accordingTail(body: string, s: Span): ReportedFound | null {
  const text = body.slice(s.start, s.end);
  const m = ACCORDING_LEAD.test(text) ? null : ACCORDING_TAIL.exec(text);
  return m ? accordingFound(body, s.start, m, trim(body, { start: s.start, end: s.start + m.index })) : null;
}
