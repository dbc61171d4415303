/**
 * Language detection by stopword ratio: enough to tell English from the few other languages
 * a news feed carries.
 */

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'at', 'it', 'from', 'has', 'have', 'are', 'be', 'this', 'said', 'will', 'its', 'which'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'für', 'ein', 'eine', 'dem', 'des', 'auch', 'wird'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'que', 'pour', 'dans', 'qui', 'pas', 'sur', 'au', 'avec', 'par', 'il', 'elle'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'es', 'se', 'su', 'al', 'como', 'más'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'из', 'к', 'о', 'за', 'от', 'для', 'также', 'его', 'было'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'та', 'це', 'як', 'до', 'за', 'від', 'для', 'також', 'його', 'було'],
};

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
