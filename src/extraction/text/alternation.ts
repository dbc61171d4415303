/**
 * Regex sources built from lexicon word lists, so a stage's pattern names its list instead of
 * spelling the words out.
 */

/** The words as a regex alternation ("a|b|c"), in the given order, metacharacters escaped. */
export function alternation(words: Iterable<string>): string {
  return [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** A whitespace-separated word list as an array ("a b  c" -> ["a", "b", "c"]). */
export function wordList(text: string): string[] {
  return text.trim().split(/\s+/);
}
