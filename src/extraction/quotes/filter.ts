/**
 * Quoted runs that are not quotations: titles of forums, programmes, films, books
 * (`the forum "Innovative Development of Smart Manufacturing"`) and scare-quoted terms
 * (`"smart" cities`).
 */
import type { Segmentation } from '../types';
import type { QuotedRun } from './marks';
import { NAMING_VERBS as NAMING_VERB_LIST, NAMING_WORDS } from '../lexicon/words';
import { TITLE_FUNCTION_WORDS } from '../lexicon/function-words';
import { alternation } from '../text/alternation';

const NAMING_VERBS = new RegExp(`\\b(?:${alternation(NAMING_VERB_LIST)})\\s*$`, 'i');
const NAMING_BEFORE = new RegExp(`\\b(?:${alternation(NAMING_WORDS.filter((w) => !NAMING_VERBS.test(w)))})\\s*$`, 'i');
const NAMING_AFTER = new RegExp(`^\\s*(?:${alternation(NAMING_WORDS.filter((w) => !/ed$/.test(w)))})\\b`, 'i');
const FUNCTION = new RegExp(`^(${alternation(TITLE_FUNCTION_WORDS)})$`, 'i');

/** Most content words capitalised and no sentence inside: a title. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !FUNCTION.test(w));
  if (words.length < 2) return false;
  const caps = words.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.75 && !/[.!?]\s+\p{Lu}/u.test(text);
}

/** A show, programme or paper a speaker appeared on or in: `said on "Morning Desk"`, `on Norland TV's "The Hour"`. */
const ON_OUTLET = /\b(?:on|in)\s+(?:\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+){0,3}$/u;
/** A determiner before the marks and a noun after them: `the "green growth" agenda`, `a "lazy" answer`. */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|its|his|her|their|this|that|our)\s+$/i;
const NOUN_AFTER = /^\s+(?!(?:and|or|but|nor|that|which|who|for|to|in|on|of|at|by|with|from|as|is|was|are|were|be|been|if|when|than|then|so|because|after|before|while|he|she|they|it|we|said|says)\b)\p{Ll}[\p{L}-]*\b/u;

/** One word in quote marks that does not open its sentence (`the ministry said "no."`): a term, not an utterance. */
function isSingleTerm(body: string, seg: Segmentation, run: QuotedRun, text: string): boolean {
  if (text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length !== 1) return false;
  const sentence = seg.sentences.find((x) => x.start <= run.open && run.open < x.end);
  const from = sentence?.start ?? seg.paragraphs[run.paragraph].start;
  return /[\p{L}\d]/u.test(body.slice(from, run.open));
}

/**
 * True when a quoted run is a title or a term rather than a quotation. A run with an attribution
 * cue is a quote unless a naming word stands right before it.
 */
export function isTitleOrTerm(body: string, seg: Segmentation, run: QuotedRun, hasCue: boolean): boolean {
  const para = seg.paragraphs[run.paragraph];
  const before = body.slice(Math.max(para.start, run.open - 60), run.open);
  const text = body.slice(run.text.start, run.text.end);
  if (NAMING_BEFORE.test(before) && !/[:,]\s*$/.test(before) && !(hasCue && /^\p{Ll}/u.test(text))) return true;
  if (NAMING_VERBS.test(before) && isTitleCase(text)) return true;
  if (!run.continued && isSingleTerm(body, seg, run, text)) return true;
  if (ON_OUTLET.test(before) && isTitleCase(text) && !/[.!?,;:]$/.test(text)) return true;
  const after = run.close === null ? '' : body.slice(run.close + 1, run.close + 40);
  if (DETERMINER_BEFORE.test(before) && NOUN_AFTER.test(after) && text.split(/\s+/).length <= 4 && !/[.!?,;:]$/.test(text)) return true;
  if (hasCue || run.continued || run.close === null || /[.!?]$/.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words <= 3) return true;
  if (isTitleCase(text) && !/[.!?,;]$/.test(text)) return true;
  return NAMING_AFTER.test(body.slice(run.close + 1, run.close + 30));
}
