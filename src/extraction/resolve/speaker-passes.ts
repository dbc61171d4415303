/**
 * Stage 2 of attribution, speaker mention -> person, as a sieve (Muzny et al. 2017): an ordered
 * table of named passes, most precise first. Each pass runs over the quotes still without a
 * speaker, in text order, and either names a person or leaves the quote to the next pass; later
 * passes see earlier decisions (the last speaker, the quote before). A mention pass keeps the
 * method its cue gave (EXPLICIT_NAME, PRONOUN, ROLE_NOUN, ACCORDING_TO); a pass that ties a quote
 * without a speaker phrase sets its own (CONTINUATION, CONTEXT).
 */
import type { AttributionMethod, ExtractedPerson, ExtractedQuote, Span } from '../types';
import type { QuoteDraft } from '../quotes/draft';
import { CONFIDENCE } from '../quotes/draft';
import { measuredConfidence } from '../quotes/pass-confidence';
import type { SpeakerRef } from '../quotes/speaker';
import { appositiveName, byPronoun, byRole, continuationSpeaker, lastSpeaker, nearSubject, type Mention } from './quotes';
import { narrationSpeaker } from './narration';

/** What every pass sees: the article, its people, the speaker phrases and the decisions so far. */
export interface SpeakerContext extends SpeakerArticle {
  /** Person mentions outside direct quotes, in text order. */
  mentions: Mention[];
  /** The speaker phrase of each quote (stage 1), by index. */
  phrases: ReadonlyArray<SpeakerRef | null>;
  /** The quotes in text order, with the speakers decided so far. */
  quotes: ExtractedQuote[];
}

/** What the sieve needs of the article. */
export interface SpeakerArticle {
  body: string;
  paragraphs: Span[];
  people: ExtractedPerson[];
  /** Key of the person mentioned at a span (a NAME phrase). */
  keyAt: (s: Span) => string | null;
}

/** A person for the quote; `text` replaces the quote's speaker words when given (null: none). */
export interface SpeakerDecision { key: string; text?: string | null }

export interface SpeakerPass {
  name: string;
  /** The method the decision sets; null keeps the method of the cue that found the phrase. */
  method: AttributionMethod | null;
  decide: (ctx: SpeakerContext, i: number) => SpeakerDecision | null;
}

/** A pass for one form of speaker phrase, deciding from the phrase alone. */
function forPhrase(form: SpeakerRef['form'], find: (sp: SpeakerRef, ctx: SpeakerContext, i: number) => string | null | undefined) {
  return (ctx: SpeakerContext, i: number): SpeakerDecision | null => {
    const sp = ctx.phrases[i];
    const key = sp?.form === form ? find(sp, ctx, i) : null;
    return key ? { key } : null;
  };
}

/** Stage 2 passes in order. */
export const SPEAKER_PASSES: readonly SpeakerPass[] = [
  { name: 'name', method: null, decide: forPhrase('NAME', (sp, ctx) => ctx.keyAt(sp.span)) },
  { name: 'pronoun', method: null, decide: forPhrase('PRONOUN', (sp, ctx) => byPronoun(sp.text, sp.span.start, ctx.mentions)?.key) },
  { name: 'appositive', method: null, decide: forPhrase('ROLE', (sp, ctx) => appositiveName(sp.span, ctx.mentions)?.key) },
  { name: 'role-title', method: null, decide: forPhrase('ROLE', (sp, ctx) => byRole(sp.text, sp.span.start, ctx.mentions)?.key) },
  { name: 'near-subject', method: null, decide: forPhrase('ROLE', (sp, ctx) => nearSubject(sp.text, sp.span.start, ctx.mentions)?.key) },
  { name: 'last-speaker', method: null, decide: forPhrase('ROLE', (sp, ctx, i) => lastSpeaker(sp.text, sp.span.start, lastDecided(ctx.quotes, i), ctx.people)) },
  { name: 'continuation', method: 'CONTINUATION', decide: (ctx, i) => continuationSpeaker(ctx.quotes, ctx.paragraphs, i) },
  { name: 'narration', method: 'CONTEXT', decide: (ctx, i) => narrationSpeaker(ctx.body, ctx.quotes, ctx.paragraphs, ctx.people, i) },
  { name: 'continuation-after-narration', method: 'CONTINUATION', decide: (ctx, i) => continuationSpeaker(ctx.quotes, ctx.paragraphs, i) },
];

/** The nearest earlier quote whose speaker is decided: its person and where it ends. */
function lastDecided(quotes: ExtractedQuote[], i: number): { key: string; at: number } | null {
  for (let j = i - 1; j >= 0; j--) {
    const key = quotes[j].speakerKey;
    if (key) return { key, at: quotes[j].span.end };
  }
  return null;
}

/** Person mentions outside direct quotes, in text order. */
function timeline(people: ExtractedPerson[], quoted: Span[]): Mention[] {
  return people.flatMap((p) => p.mentions.filter((m) => !quoted.some((q) => q.start <= m.start && m.end <= q.end)).map((m) => ({ at: m.start, person: p })))
    .sort((a, b) => a.at - b.at);
}

/**
 * The sieve's runner: every pass in order over the quotes (in text order) still without a
 * speaker; the pass that decides sets the speaker, its own name and, when it has one, the method;
 * the confidence is the deciding passes' measured precision (pass-confidence.ts). A speaker
 * phrase no pass resolved (an organization aside) caps the quote's confidence at 0.3.
 */
export function runSpeakerSieve(
  drafts: QuoteDraft[], article: SpeakerArticle, passes: readonly SpeakerPass[] = SPEAKER_PASSES,
): { quotes: ExtractedQuote[]; decidedBy: Array<string | null> } {
  const quotes = drafts.map((d): ExtractedQuote => ({
    kind: d.kind, text: d.text, span: d.span, sentence: d.sentence, speakerKey: null, speakerText: d.speaker?.text ?? null,
    cueVerb: d.cueVerb, attribution: d.attribution, cuePass: d.cuePass, speakerPass: null, confidence: d.confidence, eventKey: null,
  }));
  const quoted = drafts.filter((d) => d.kind === 'DIRECT').map((d) => d.span);
  const ctx: SpeakerContext = { ...article, mentions: timeline(article.people, quoted), phrases: drafts.map((d) => d.speaker), quotes };
  const decidedBy: Array<string | null> = quotes.map(() => null);
  for (const pass of passes) {
    quotes.forEach((q, i) => {
      if (q.speakerKey) return;
      const found = pass.decide(ctx, i);
      if (!found) return;
      q.speakerKey = found.key;
      q.speakerPass = pass.name;
      decidedBy[i] = pass.name;
      if (found.text !== undefined) q.speakerText = found.text;
      if (pass.method) q.attribution = pass.method;
      q.confidence = measuredConfidence(pass.name, q.cuePass, q.kind === 'INDIRECT', pass.method ? CONFIDENCE[pass.method] : q.confidence);
    });
  }
  drafts.forEach((d, i) => {
    if (d.speaker && !quotes[i].speakerKey && d.speaker.form !== 'ORG') quotes[i].confidence = Math.min(quotes[i].confidence, 0.3);
  });
  return { quotes, decidedBy };
}

/** The quotes with their speakers, as the resolve stage wants them. */
export function attributeSpeakers(drafts: QuoteDraft[], article: SpeakerArticle): ExtractedQuote[] {
  return runSpeakerSieve(drafts, article).quotes;
}
