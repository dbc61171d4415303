/**
 * Language detection by stopword ratio: enough to tell English from the few other languages
 * a news feed carries.
 */
import { STOPWORDS } from '../lexicon/stopwords';

/** ISO 639-1 code of the language whose stopwords cover most of the text ('en' on a tie). */
export function detectLanguage(text: string): { language: string; ratio: number } {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length === 0) return { language: 'en', ratio: 0 };
  let best = { language: 'en', ratio: -1 };
  for (const [language, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const ratio = tokens.filter((t) => set.has(t)).length / tokens.length;
    if (ratio > best.ratio) best = { language, ratio };
  }
  return best;
}
