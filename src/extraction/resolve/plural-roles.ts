/**
 * A plural role before joined names ("co-founders Ana Vey and Ivo Brandt", "Tarrow directors
 * Olav Berg, Ana Ruiz and Dena Marlo", "Founders Ivo and Karel Brandt") gives each person of the
 * list the singular role ("co-founder", "Tarrow director", "Founder").
 */
import type { ExtractedPerson, Segmentation } from '../types';
import { isCapitalized, isNameWord, isRoleWord, tokenize, type Token } from '../text/tokens';
import { NON_NAME_WORDS } from '../lexicon/words';
import { singularRole } from '../entities/title-chain';

const nameToken = (t: Token | undefined) => !!t && (isNameWord(t.text) || /^\p{Lu}\.$/u.test(t.text)) && !/['’]s?$/.test(t.text);

/** Name items of a list from token `j`: runs of name words joined by ",", "and" or ", and" (two items at least). */
function nameList(tokens: Token[], j: number): Token[][] {
  const items: Token[][] = [];
  let k = j;
  for (;;) {
    const item: Token[] = [];
    while (nameToken(tokens[k]) && item.length < 4) item.push(tokens[k++]);
    if (!item.length) break;
    items.push(item);
    if (tokens[k]?.text === ',' && tokens[k + 1]?.text === 'and') k += 2;
    else if (tokens[k]?.text === ',' || tokens[k]?.text === 'and') k++;
    else break;
  }
  return items.length >= 2 ? items : [];
}

export function rolesFromPluralLists(body: string, seg: Segmentation, people: ExtractedPerson[]): void {
  const named = (n: string) => people.find((p) => [p.name, ...p.aliases.map((a) => a.name)].includes(n));
  for (const s of seg.sentences) {
    const tokens = tokenize(body.slice(s.start, s.end), s.start);
    for (let i = 0; i < tokens.length - 3; i++) {
      const singular = singularRole(tokens[i].text);
      if (!singular) continue;
      const items = nameList(tokens, i + 1);
      if (!items.length) continue;
      // the capitalised words written before the role ("Tarrow directors"), not a sentence opener
      let from = i;
      while (from > 0 && i - from < 3 && isCapitalized(tokens[from - 1].text) && !NON_NAME_WORDS.has(tokens[from - 1].text.toLowerCase())) from--;
      const title = body.slice(tokens[from].start, tokens[i].start) + singular;
      const surname = items[items.length - 1].length > 1 ? items[items.length - 1][items[items.length - 1].length - 1].text : null;
      for (const item of items) {
        const text = body.slice(item[0].start, item[item.length - 1].end);
        // "Ivo and Karel Brandt": a given name alone shares the surname of the last item
        const person = people.find((p) => p.mentions.some((m) => m.start === item[0].start && m.end === item[item.length - 1].end))
          ?? (item.length === 1 && surname ? named(`${text} ${surname}`) : undefined);
        if (person && !person.roles.some((r) => r.title.toLowerCase() === title.toLowerCase())) person.roles.push({ title, organizationKey: null });
      }
      i += 1;
    }
  }
}
