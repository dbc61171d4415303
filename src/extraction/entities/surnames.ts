/**
 * Surnames: full names found from a surname known to be a person ("Eik said" -> "Gudrun Eik"),
 * and the single-word mentions of known people's surnames.
 */
import type { PersonDraft } from './draft';
import { nameStartIndex } from './title-chain';
import { isNameWord, tokenize } from '../text/tokens';

/** "Gudrun Eik" where only "Eik" was known as a person (a speaker or a titled surname). */
export function fullNamesOfSurnames(body: string, surnames: string[]): PersonDraft[] {
  const out: PersonDraft[] = [];
  for (const surname of new Set(surnames)) {
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2})${escaped}(?![\\p{L}'’-])`, 'gu');
    for (const m of body.matchAll(re)) {
      const tokens = tokenize(m[0], m.index);
      const start = nameStartIndex(tokens);
      if (start < 0 || start === tokens.length - 1 || !tokens.slice(start).every((t) => isNameWord(t.text))) continue;
      const span = { start: tokens[start].start, end: tokens[tokens.length - 1].end };
      out.push({ name: body.slice(span.start, span.end), span, title: null, orgSpan: null, place: null, surnameOnly: false });
    }
  }
  return out;
}

/** Single-word mentions of a known surname outside the full mentions ("Chizhik said"). */
export function surnameMentions(body: string, people: PersonDraft[]): PersonDraft[] {
  const surnames = new Set(people.map((p) => p.name.split(/\s+/).pop() as string).filter((s) => s.length > 1));
  const out: PersonDraft[] = [];
  for (const t of tokenize(body)) {
    const word = t.text.replace(/['’]s?$/, '');
    if (!surnames.has(word)) continue;
    if (people.some((p) => p.span.start <= t.start && t.end <= p.span.end)) continue;
    out.push({ name: word, span: { start: t.start, end: t.start + word.length }, title: null, orgSpan: null, place: null, surnameOnly: true });
  }
  return out;
}
