/**
 * Stopwords of the languages a news feed carries, for language detection by stopword ratio.
 */

/** ISO 639-1 code -> the most frequent function words of that language. */
export const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'at', 'it', 'from', 'has', 'have', 'are', 'be', 'this', 'said', 'will', 'its', 'which'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'für', 'ein', 'eine', 'dem', 'des', 'auch', 'wird'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'que', 'pour', 'dans', 'qui', 'pas', 'sur', 'au', 'avec', 'par', 'il', 'elle'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'es', 'se', 'su', 'al', 'como', 'más'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'из', 'к', 'о', 'за', 'от', 'для', 'также', 'его', 'было'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'та', 'це', 'як', 'до', 'за', 'від', 'для', 'також', 'його', 'було'],
};
