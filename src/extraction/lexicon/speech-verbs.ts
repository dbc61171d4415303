/**
 * The speech-verb lexicon: every form of a verb that introduces what someone said.
 *
 * Forms are matched case-insensitively on word boundaries; `speechVerbPattern` is the
 * alternation used by the quote and indirect-speech rules (longest forms first so
 * "pointed out" wins over "pointed").
 */

/** Verb lemma -> the written forms a news story uses. */
const LEXICON: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell'],
  write: ['wrote', 'writes'],
  'point out': ['pointed out', 'points out'],
  'sum up': ['summed up', 'sums up'],
  'go on': ['went on'],
  'put it': ['put it', 'puts it'],
  'be convinced': ['is convinced', 'was convinced', 'is confident', 'was confident', 'is sure'],
  'quote as saying': ['was quoted as saying', 'is quoted as saying'],
};

/** Regular verbs: past and third-person forms are derived. */
const REGULAR = [
  'add', 'note', 'stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'conclude',
  'explain', 'warn', 'state', 'remark', 'believe', 'announce', 'declare', 'insist', 'argue',
  'recall', 'comment', 'continue', 'urge', 'ask', 'reply', 'claim', 'admit', 'acknowledge',
  'confirm', 'observe', 'suggest', 'assert', 'predict', 'promise', 'vow', 'pledge', 'complain',
  'reiterate', 'highlight', 'specify', 'clarify', 'mention', 'respond', 'answer', 'tweet',
  'quip', 'joke', 'recount', 'caution', 'maintain', 'contend', 'inform', 'assure', 'boast',
  'lament', 'concede', 'counter', 'retort', 'proclaim', 'exclaim', 'shout', 'whisper', 'wonder',
  'demand', 'testify', 'disclose', 'reveal', 'indicate', 'estimate', 'summarize', 'summarise',
  'stipulate', 'affirm', 'reckon', 'opine', 'elaborate', 'propose', 'announce', 'agree',
  'bemoan', 'decry', 'deplore', 'hail', 'muse', 'plead', 'concur', 'advise', 'scoff', 'sigh',
];

/** Past tense and third-person forms of a regular verb. */
function regularForms(verb: string): string[] {
  const past = verb.endsWith('e') ? `${verb}d`
    : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
  const third = /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies`
    : /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [past, third];
}

const FORMS: string[] = [
  ...Object.values(LEXICON).flat(),
  ...REGULAR.flatMap(regularForms),
].sort((a, b) => b.length - a.length);

const FORM_SET = new Set(FORMS);

/** Forms that take a person as object before the clause ("told reporters that"). */
export const OBJECT_VERBS = new Set(['told', 'tells', 'tell', 'informed', 'informs', 'assured', 'assures', 'asked', 'urged', 'warned']);

/** Forms that never introduce a reported clause on their own (they need a quote). */
export const QUOTE_ONLY_VERBS = new Set(['asked', 'asks', 'continued', 'continues', 'went on', 'wondered', 'shouted', 'whispered', 'quipped', 'joked', 'exclaimed', 'tweeted', 'wrote', 'writes', 'put it', 'puts it', 'replied', 'answered', 'responded', 'retorted', 'countered', 'agreed', 'saying']);

/** All forms, longest first. */
export function speechVerbForms(): readonly string[] {
  return FORMS;
}

/** True when `word` (any case) is a speech-verb form. */
export function isSpeechVerb(word: string): boolean {
  return FORM_SET.has(word.toLowerCase());
}

const ALTERNATION = FORMS.map((f) => f.replace(/ /g, '\\s+')).join('|');

/** A fresh global, case-insensitive regex matching any speech verb as a whole word. */
export function speechVerbPattern(): RegExp {
  return new RegExp(`\\b(?:${ALTERNATION})\\b`, 'gi');
}

/** Hearers after "told" ("told reporters", "told a news conference"). */
export const TOLD_HEARERS = ['reporters', 'journalists', 'lawmakers', 'legislators', 'parliament', 'delegates', 'the media', 'the press', 'a news conference', 'a press conference'];

/** Verbs that take a partial quotation as object ("called it "a disaster"", "praised its "restraint""), and "as". */
export const PARTIAL_QUOTE_VERBS = [
  'called', 'calls', 'calling', 'described', 'describes', 'describing', 'praised', 'praises', 'criticised',
  'criticized', 'termed', 'labelled', 'labeled', 'hailed', 'denounced', 'accused', 'accusing', 'dismissed',
  'condemned', 'branded', 'warned of', 'spoke of', 'referred to', 'promised', 'vowed', 'pledged', 'urged',
  'saying', 'said', 'says', 'added', 'noted', 'stressed', 'told', 'insisted', 'argued', 'wrote', 'called for', 'as',
];
