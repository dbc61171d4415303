/**
 * Cue patterns next to a quoted run, one small function each (the sieve's passes, ordered in
 * cue-passes.ts): `"Q," according to S.`, `"Q," said S.`, `"Q," S said.`, `According to S, "Q"`,
 * `S said: "Q"`, `S called it "Q"`. Each finds a speaker phrase or leaves the run to the next.
 */
import type { Span } from '../types';
import { speechVerbPattern } from '../lexicon/speech-verbs';
import { classifySpeaker, type SpeakerRef } from './speaker';
import { isAbbreviation } from '../text/tokens';
import { INVERTED_SPEAKER_STOPS, SUBJECT_PRONOUNS } from '../lexicon/function-words';
import { PARTIAL_QUOTE_VERBS } from '../lexicon/speech-verbs';
import { alternation } from '../text/alternation';

/** What a cue pass found: the speaker phrase, the verb and where the cue stands. */
export interface CueFound {
  speaker: SpeakerRef;
  /** The verb as written, lower case; null for "according to" and a dash. */
  cueVerb: string | null;
  /** Where the cue (speaker + verb) stands in the body. */
  span: Span;
}

const STOP_AFTER_INVERTED = new RegExp(`\\s*(?:[,;:.!?()—–"“”]|\\s(?:${alternation(INVERTED_SPEAKER_STOPS)})\\s)`);

/** Where the speaker after an inverted verb ends (`said Mr. Ruiz, who`): a full stop of "Mr." or an initial does not end it. */
function stopAfterInverted(after: string): { index: number } | null {
  const re = new RegExp(STOP_AFTER_INVERTED.source, 'g');
  for (let m = re.exec(after); m; m = re.exec(after)) {
    const dot = m.index + m[0].indexOf('.');
    if (m[0].trim() === '.' && isAbbreviation(after, dot, dot + 1 + (/^\s*/.exec(after.slice(dot + 1))?.[0].length ?? 0))) continue;
    return m;
  }
  return null;
}

const verbText = (v: string) => v.toLowerCase().replace(/\s+/g, ' ');

/**
 * The one "between" check of every cue before a mark: the words from the verb to the mark hold no
 * sentence stop and at most 8 words (`S said on Monday: "`).
 */
export function closeToMark(between: string): boolean {
  return !/[.;!?]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 8;
}

/** The text after a closing mark, from its first word up to `limit`. */
function afterMark(body: string, from: number, limit: number): { start: number; rest: string } {
  const lead = /^[\s,.;:!?…—–-]*/.exec(body.slice(from, limit))?.[0].length ?? 0;
  return { start: from + lead, rest: body.slice(from + lead, limit) };
}

const ACCORDING_AFTER = /^according to\s+/i;

/** `"Q," according to S.`: the speaker up to a comma or the end. */
export function accordingAfter(body: string, from: number, limit: number): CueFound | null {
  const { start, rest } = afterMark(body, from, limit);
  const acc = ACCORDING_AFTER.exec(rest);
  if (!acc) return null;
  const at = start + acc[0].length;
  const tail = body.slice(at, limit);
  const cut = /[,;.]|\s(?:who|in|on|at)\s/.exec(tail);
  const speaker = classifySpeaker(body, { start: at, end: at + (cut ? cut.index : tail.length) });
  return speaker ? { speaker, cueVerb: null, span: { start, end: speaker.phrase.end } } : null;
}

/** The first speech verbs after a closing mark; none when "according to" holds that place. */
function verbsAfter(rest: string): Array<RegExpMatchArray & { index: number }> {
  if (ACCORDING_AFTER.test(rest)) return [];
  return [...rest.matchAll(speechVerbPattern())].slice(0, 3) as Array<RegExpMatchArray & { index: number }>;
}

/** `"Q," said S.`: a speech verb right after the mark, then the speaker. */
export function invertedAfter(body: string, from: number, limit: number): CueFound | null {
  const { start, rest } = afterMark(body, from, limit);
  const v = verbsAfter(rest)[0];
  if (!v || v.index !== 0) return null;
  const after = rest.slice(v[0].length);
  const stop = stopAfterInverted(after);
  const at = start + v[0].length;
  const speaker = classifySpeaker(body, { start: at, end: at + (stop ? stop.index : after.length) });
  return speaker ? { speaker, cueVerb: verbText(v[0]), span: { start, end: speaker.phrase.end } } : null;
}

/** `"Q," S said.`: the subject (appositive cut off) before one of the first speech verbs. */
export function subjectAfter(body: string, from: number, limit: number): CueFound | null {
  const { start, rest } = afterMark(body, from, limit);
  for (const v of verbsAfter(rest)) {
    if (v.index === 0) continue;
    if (rest.slice(0, v.index).split(/\s+/).length > 30) break;
    const speaker = classifySpeaker(body, appositiveSubject(body, start, start + v.index));
    if (speaker) return { speaker, cueVerb: verbText(v[0]), span: { start, end: start + v.index + v[0].length } };
  }
  return null;
}

/**
 * `S "Q," then did X, Webb said.`: the sentence goes on after the mark and ends with
 * `, S said.`; the speaker is the name or pronoun after its last comma, the verb its last word.
 */
export function clauseEndAfter(body: string, from: number, limit: number): CueFound | null {
  const { start, rest } = afterMark(body, from, limit);
  const m = new RegExp(`,\\s*([^,;:]{1,40}?)\\s+(${speechVerbPattern().source})\\s*[.!?]?\\s*$`, 'iu').exec(rest);
  if (!m || rest.slice(0, m.index).split(/\s+/).length > 30) return null;
  const at = start + m.index + m[0].indexOf(m[1]);
  const speaker = classifySpeaker(body, { start: at, end: at + m[1].length });
  if (!speaker || (speaker.form !== 'NAME' && speaker.form !== 'PRONOUN')) return null;
  return { speaker, cueVerb: verbText(m[2]), span: { start: at, end: start + m.index + m[0].trimEnd().length } };
}

/**
 * The subject that ends at `end`: the whole stretch from `start`, except that an appositive
 * ("Smith, the foreign minister,") is cut off so the name remains.
 */
export function appositiveSubject(body: string, start: number, end: number): Span {
  const text = body.slice(start, end).replace(/\s+$/, '');
  if (!text.endsWith(',')) return { start, end };
  const parts = text.slice(0, -1).split(/,\s*/);
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && /^(an?|the)\s/i.test(parts[0].trim()) && /^\p{Lu}\S*\s+\p{Lu}/u.test(last) && !/\s\p{Ll}/u.test(last)) {
    const at = start + text.lastIndexOf(last);
    return { start: at, end: at + last.length };
  }
  if (parts.length >= 2 && /^\p{Lu}/u.test(parts[0].trim())) return { start, end: start + parts[0].length };
  return { start, end };
}

/** `According to S, "Q"`. */
export function accordingBefore(body: string, from: number, open: number): CueFound | null {
  const text = body.slice(from, open);
  const acc = /according to\s+([^,]+),\s*$/i.exec(text);
  if (!acc) return null;
  const at = from + acc.index + acc[0].indexOf(acc[1]);
  const speaker = classifySpeaker(body, { start: at, end: at + acc[1].length });
  return speaker ? { speaker, cueVerb: null, span: { start: from + acc.index, end: open } } : null;
}

/** `S said: "`, `S told reporters "`: the last speech verb before the mark and its subject. */
export function leadingBefore(body: string, from: number, open: number): CueFound | null {
  const text = body.slice(from, open);
  const verbs = [...text.matchAll(speechVerbPattern())];
  const v = verbs[verbs.length - 1];
  if (!v || !closeToMark(text.slice(v.index + v[0].length))) return null;
  const subjectEnd = from + v.index;
  const clauseStart = clauseStartBefore(body, from, subjectEnd);
  const speaker = classifySpeaker(body, appositiveSubject(body, clauseStart, subjectEnd));
  return speaker ? { speaker, cueVerb: verbText(v[0]), span: { start: clauseStart, end: subjectEnd + v[0].length } } : null;
}

/** Start of the clause that ends at `end`: after the last comma/colon/dash (appositives kept). */
export function clauseStartBefore(body: string, from: number, end: number): number {
  const text = body.slice(from, end);
  const trimmedText = text.replace(/,\s*$/, '');
  const parts = [...trimmedText.matchAll(/[,;:—–(]\s*|\s-\s/g)];
  if (!parts.length) return from;
  const last = parts[parts.length - 1];
  const tail = trimmedText.slice(last.index + last[0].length);
  if (text.trimEnd().endsWith(',') && /^\s*(the|a|an)\s/i.test(tail) && parts.length >= 2) {
    const prev = parts[parts.length - 2];
    return from + prev.index + prev[0].length;
  }
  if (text.trimEnd().endsWith(',') && parts.length === 1) return from;
  return from + last.index + last[0].length;
}

/** A verb that takes a partial quotation as object ("called it "a disaster""), not after "so-". */
const PARTIAL_VERBS = new RegExp(`(?<!so-)\\b(?:${alternation(PARTIAL_QUOTE_VERBS)})\\b`, 'gi');
const LAST_PRONOUN = new RegExp(`(?:^|\\s)(${alternation(SUBJECT_PRONOUNS)})\\s+(?:[a-z]+\\s+)?$`, 'i');

/** A partial-quote verb shortly before the mark, with its subject when one is found (else speaker null). */
export function partialMatch(body: string, from: number, open: number): { cueVerb: string; speaker: SpeakerRef | null } | null {
  const text = body.slice(from, open);
  const verbs = [...text.matchAll(PARTIAL_VERBS)].filter((v) => v[0].toLowerCase() !== 'as');
  const v = verbs[verbs.length - 1];
  if (!v || !closeToMark(text.slice(v.index + v[0].length))) return null;
  const subjectEnd = from + v.index;
  const lastWord = LAST_PRONOUN.exec(text.slice(0, v.index));
  const pronounAt = lastWord ? from + lastWord.index + lastWord[0].indexOf(lastWord[1]) : 0;
  const speaker = classifySpeaker(body, appositiveSubject(body, clauseStartBefore(body, from, subjectEnd), subjectEnd))
    ?? (lastWord ? classifySpeaker(body, { start: pronounAt, end: pronounAt + lastWord[1].length }) : null);
  return { cueVerb: v[0].toLowerCase(), speaker };
}

/** `S called it "Q"`: a partial-quote cue whose subject is known. */
export function partialBefore(body: string, from: number, open: number): CueFound | null {
  const p = partialMatch(body, from, open);
  return p?.speaker ? { speaker: p.speaker, cueVerb: p.cueVerb, span: p.speaker.phrase } : null;
}
