/**
 * Roles stated in narration: a definite role description that opens a sentence or the clause
 * after a comma ("The Tarrow head coach was gracious", "In an interview, the senior vice
 * president of Veloria sales stated ...") is a title of the one person named in the sentence
 * before it or earlier in its own sentence whose titles name no other office (a person joined to
 * it by "and" is someone else). Before any person is named (a lede: "The Tarrow
 * health minister has been criticised ... \n\n Ana Vey was asked ..."), it is a title of the
 * person the next sentence opens with. Nothing is given when no single person fits.
 */
import type { ExtractedPerson, ExtractedQuote, Segmentation, Span } from '../types';
import { isCapitalized, isRoleWord, tokenize, type Token } from '../text/tokens';
import { COURTESY_HONORIFICS, HEAD_ROLE_WORDS, OFFICE_WORDS, ROLE_SYNONYMS, TITLE_MODIFIERS } from '../lexicon/words';

/** Verbs and adverbs that follow a subject ("The coach was", "the striker had", "the chief then"). */
const AFTER_SUBJECT = new Set(`is was has had have were will would could can did does said says told added
  also then later still again only insisted admitted conceded`.split(/\s+/));

const lower = (w: string) => w.toLowerCase().replace(/’/g, "'");
const verbish = (w: string) => AFTER_SUBJECT.has(w) || /^\p{Ll}{3,}(?:ed|es)$/u.test(w) || /^\p{Ll}{3,}[^s]s$/u.test(w);
const inside = (s: Span, at: number) => s.start <= at && at < s.end;

/**
 * The role phrase of tokens from `j` (after "The"): words before a singular head role noun,
 * the head, an optional "of/for <Name> [word]" tail; it must be followed by a verb or "and".
 * Returns the index past the phrase and the head word, or null.
 */
function rolePhrase(tokens: Token[], j: number): { end: number; head: string } | null {
  let k = j;
  let head = -1;
  let loose = 0;
  while (k < tokens.length && k - j < 8) {
    const w = tokens[k].text;
    if (verbish(w) && !isRoleWord(w)) break;
    if (isRoleWord(w)) { if (HEAD_ROLE_WORDS.has(lower(w))) head = k; k++; continue; }
    if (/^\p{L}/u.test(w) && isCapitalized(w) && !/['’]s$/.test(w)) { k++; continue; }
    if (TITLE_MODIFIERS.has(lower(w))) { k++; continue; }
    if (/^\p{Ll}[\p{Ll}-]+$/u.test(w) && head < 0 && loose < 2 && !/^(?:of|for|and|in|at|on|to|with|by|from|who|that|which)$/.test(w)) { loose++; k++; continue; }
    break;
  }
  if (head < 0 || head !== k - 1) return null;
  // "the senior vice president of Veloria sales": a tail naming where the office is
  if (/^(?:of|for)$/.test(tokens[k]?.text ?? '')) {
    let t = k + 1;
    if (tokens[t]?.text === 'the') t++;
    const capStart = t;
    while (t < tokens.length && /^\p{Lu}/u.test(tokens[t].text) && !isRoleWord(tokens[t].text)) t++;
    if (t > capStart && /^\p{Ll}+$/u.test(tokens[t]?.text ?? '') && (!verbish(tokens[t].text) || verbish(tokens[t + 1]?.text ?? ''))) t++;
    if (t > capStart && t - k <= 6) k = t;
  }
  const next = tokens[k]?.text ?? '';
  if (!verbish(next) && next !== 'and') return null;
  return { end: k, head: lower(tokens[head].text) };
}

/** Office words the person's titles already name ("coach", "senator" for "Sen."). */
function officeWords(p: ExtractedPerson): string[] {
  const out: string[] = [];
  for (const r of p.roles) {
    if (COURTESY_HONORIFICS.has(lower(r.title))) continue;
    for (const w of r.title.split(/[^\p{L}.-]+/u).map(lower)) {
      const office = OFFICE_WORDS[w.replace(/\.$/, '')];
      if (office) out.push(office);
      else if (HEAD_ROLE_WORDS.has(w)) out.push(w);
    }
  }
  return out;
}

/** Whether an office named by `head` can be the same as the titles the person holds. */
function fits(p: ExtractedPerson, head: string): boolean {
  const held = officeWords(p);
  if (!held.length) return true;
  const syn = (w: string) => ROLE_SYNONYMS[w] ?? [];
  return held.some((h) => h === head || syn(head).some((s) => h.includes(s)) || syn(h).some((s) => head.includes(s)));
}

export function rolesFromNarration(body: string, seg: Segmentation, people: ExtractedPerson[], quotes: ExtractedQuote[]): void {
  const quoted = quotes.filter((q) => q.kind === 'DIRECT').map((q) => ({ start: q.span.start - 1, end: q.span.end + 1 }));
  const mentioned = (s: Span) => people.filter((p) => p.mentions.some((m) => inside(s, m.start)));
  const firstMention = Math.min(Infinity, ...people.flatMap((p) => p.mentions.map((m) => m.start)));
  seg.sentences.forEach((s, si) => {
    const tokens = tokenize(body.slice(s.start, s.end), s.start);
    for (let i = 0; i < tokens.length - 2; i++) {
      const opens = i === 0 && tokens[i].text === 'The' || i > 0 && tokens[i].text === 'the' && tokens[i - 1].text === ',';
      if (!opens || quoted.some((q) => inside(q, tokens[i].start))) continue;
      const phrase = rolePhrase(tokens, i + 1);
      if (!phrase) continue;
      const span: Span = { start: tokens[i + 1].start, end: tokens[phrase.end - 1].end };
      // "The minister and Mr Vey then ...": the person joined to the role is someone else
      const joined = tokens[phrase.end]?.text === 'and' ? tokens[phrase.end + 1] : undefined;
      const conjunct = new Set(joined ? mentioned({ start: joined.start, end: s.end }).filter((p) => p.mentions.some((m) => m.start - joined.start <= 6 && m.start >= joined.start)).map((p) => p.key) : []);
      const before = mentioned({ start: s.start, end: tokens[i].start });
      let candidates: ExtractedPerson[];
      if (firstMention >= s.start) {
        // a lede: the person the next sentence opens with
        const next = seg.sentences[si + 1];
        const opener = next && tokenize(body.slice(next.start, next.end), next.start)[0];
        candidates = opener ? people.filter((p) => p.mentions.some((m) => m.start === opener.start)) : [];
      } else {
        const prev = seg.sentences[si - 1];
        const named = [...(prev ? mentioned(prev) : []), ...before];
        candidates = [...new Set(named)].filter((p) => !conjunct.has(p.key));
      }
      const fitting = candidates.filter((p) => fits(p, phrase.head));
      if (fitting.length !== 1) continue;
      const title = body.slice(span.start, span.end);
      const person = fitting[0];
      if (!person.roles.some((r) => r.title.toLowerCase().includes(title.toLowerCase()))) person.roles.push({ title, organizationKey: null });
      i = phrase.end - 1;
    }
  });
}
