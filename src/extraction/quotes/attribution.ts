/**
 * Attribution cues next to a quoted run: `"Q," S said.`, `"Q," said S.`, `S said: "Q"`,
 * `"Q," according to S.`, `According to S, "Q"`.
 */
import type { AttributionMethod, Span } from '../types';
import { speechVerbPattern } from '../lexicon/speech-verbs';
import { classifySpeaker, type SpeakerRef } from './speaker';
import { isAbbreviation } from '../text/tokens';
import { INVERTED_SPEAKER_STOPS, SUBJECT_PRONOUNS } from '../lexicon/function-words';
import { PARTIAL_QUOTE_VERBS } from '../lexicon/speech-verbs';
import { alternation } from '../text/alternation';

export interface Cue {
  speaker: SpeakerRef;
  /** The verb as written, lower case; null for "according to". */
  cueVerb: string | null;
  method: AttributionMethod;
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

function methodOf(speaker: SpeakerRef): AttributionMethod {
  return speaker.form === 'PRONOUN' ? 'PRONOUN' : speaker.form === 'ROLE' ? 'ROLE_NOUN' : 'EXPLICIT_NAME';
}

const verbText = (v: string) => v.toLowerCase().replace(/\s+/g, ' ');

/** Speaker of "according to S" starting at `at`, up to a comma or the end. */
function accordingTo(body: string, at: number, limit: number): SpeakerRef | null {
  const rest = body.slice(at, limit);
  const cut = /[,;.]|\s(?:who|in|on|at)\s/.exec(rest);
  return classifySpeaker(body, { start: at, end: at + (cut ? cut.index : rest.length) });
}

/** A cue in the text right after a closing mark, up to `limit` (sentence end or next quote). */
export function cueAfter(body: string, from: number, limit: number): Cue | null {
  const lead = /^[\s,.;:!?…—–-]*/.exec(body.slice(from, limit))?.[0].length ?? 0;
  const start = from + lead;
  const rest = body.slice(start, limit);
  const acc = /^according to\s+/i.exec(rest);
  if (acc) {
    const speaker = accordingTo(body, start + acc[0].length, limit);
    return speaker ? { speaker, cueVerb: null, method: 'ACCORDING_TO', span: { start, end: speaker.phrase.end } } : null;
  }
  const verbs = [...rest.matchAll(speechVerbPattern())].slice(0, 3);
  for (const v of verbs) {
    if (v.index === 0) {
      const after = rest.slice(v[0].length);
      const stop = stopAfterInverted(after);
      const from2 = start + v[0].length;
      const speaker = classifySpeaker(body, { start: from2, end: from2 + (stop ? stop.index : after.length) });
      if (speaker) return { speaker, cueVerb: verbText(v[0]), method: methodOf(speaker), span: { start, end: speaker.phrase.end } };
      continue;
    }
    if (rest.slice(0, v.index).split(/\s+/).length > 30) break;
    const speaker = classifySpeaker(body, appositiveSubject(body, start, start + v.index));
    if (speaker) return { speaker, cueVerb: verbText(v[0]), method: methodOf(speaker), span: { start, end: start + v.index + v[0].length } };
  }
  return null;
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

/** A cue before an opening mark: `S said: "`, `S told reporters "`, `According to S, "`. */
export function cueBefore(body: string, from: number, open: number): Cue | null {
  const text = body.slice(from, open);
  const acc = /according to\s+([^,]+),\s*$/i.exec(text);
  if (acc) {
    const at = from + acc.index + acc[0].indexOf(acc[1]);
    const speaker = classifySpeaker(body, { start: at, end: at + acc[1].length });
    if (speaker) return { speaker, cueVerb: null, method: 'ACCORDING_TO', span: { start: from + acc.index, end: open } };
  }
  const verbs = [...text.matchAll(speechVerbPattern())];
  const v = verbs[verbs.length - 1];
  if (!v) return null;
  const between = text.slice(v.index + v[0].length);
  if (/[.;!?]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 8) return null;
  const subjectEnd = from + v.index;
  const clauseStart = clauseStartBefore(body, from, subjectEnd);
  const speaker = classifySpeaker(body, appositiveSubject(body, clauseStart, subjectEnd));
  if (!speaker) return null;
  return { speaker, cueVerb: verbText(v[0]), method: methodOf(speaker), span: { start: clauseStart, end: subjectEnd + v[0].length } };
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

/** A partial-quote cue: a verb shortly before the mark; the speaker may be unknown. */
export function partialCue(body: string, from: number, open: number): { cueVerb: string; speaker: Cue['speaker'] | null; method: AttributionMethod } | null {
  const text = body.slice(from, open);
  const verbs = [...text.matchAll(PARTIAL_VERBS)].filter((v) => v[0].toLowerCase() !== 'as');
  const v = verbs[verbs.length - 1];
  if (!v) return null;
  const between = text.slice(v.index + v[0].length);
  if (/[.;!?]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 8) return null;
  const subjectEnd = from + v.index;
  const lastWord = LAST_PRONOUN.exec(text.slice(0, v.index));
  const speaker = classifySpeaker(body, appositiveSubject(body, clauseStartBefore(body, from, subjectEnd), subjectEnd))
    ?? (lastWord ? classifySpeaker(body, { start: from + lastWord.index + lastWord[0].indexOf(lastWord[1]), end: from + lastWord.index + lastWord[0].indexOf(lastWord[1]) + lastWord[1].length }) : null);
  return { cueVerb: v[0].toLowerCase(), speaker, method: speaker ? methodOf(speaker) : 'UNKNOWN' };
}
