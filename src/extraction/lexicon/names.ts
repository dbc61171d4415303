/**
 * Word lookups in compromise's lexicon (given names with gender, plural nouns) without running
 * its tagger: one hash lookup per word instead of a full `nlp()` parse. compromise/two carries
 * the full lexicon and loads faster than the default build.
 */
import nlp from 'compromise/two';

type Gender = 'M' | 'F' | '?';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const v = LEXICON[word];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function genderOfKey(key: string): Gender | null {
  const tags = tagsOf(key);
  if (tags.includes('MaleName')) return 'M';
  if (tags.includes('FemaleName')) return 'F';
  return tags.includes('FirstName') ? '?' : null;
}

const GIVEN = new Map<string, Gender | null>();

/** The lexicon's first names: 'M', 'F', '?' (unisex) for a given name, null otherwise. */
export function givenNameGender(word: string): Gender | null {
  const key = word.toLowerCase();
  let g = GIVEN.get(key);
  if (g === undefined) {
    // "Anne-Laure": a hyphenated given name takes its first part's gender
    g = genderOfKey(key) ?? (key.includes('-') ? genderOfKey(key.split('-')[0]) : null);
    GIVEN.set(key, g);
  }
  return g;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const NOUN_TAGS = ['Singular', 'Actor', 'Noun', 'Uncountable'];

/** Singular candidates of a plural-looking word ("parties" -> "party", "boxes" -> "box"). */
function singulars(w: string): string[] {
  if (!w.endsWith('s') || /(ss|us|is|ås)$/.test(w)) return [];
  const out = [w.slice(0, -1)];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  return out;
}

/**
 * A single plural common noun ("critics", "officials", "protesters"): tagged Plural in the
 * lexicon, an -s form of a lexicon noun, or an agent-noun plural ("protesters"). Lexicon
 * names and short -s names ("Albers", "Nyhus") are not plurals.
 */
export function isPluralWord(word: string): boolean {
  const w = word.toLowerCase();
  const tags = tagsOf(w);
  if (tags.some((t) => PERSON_TAGS.includes(t))) return false;
  if (tags.includes('Plural')) return true;
  if (w.length >= 7 && /(?:ers|ors|ists|ians|ants|ents|ees)$/.test(w)) return true;
  return singulars(w).some((s) => {
    const st = tagsOf(s);
    return st.some((t) => NOUN_TAGS.includes(t)) && !st.some((t) => PERSON_TAGS.includes(t));
  });
}

/** A surname in the lexicon ("Smith", "Nguyen"): with a capitalised word before it, a name cue. */
export function isLexiconSurname(word: string): boolean {
  return tagsOf(word.toLowerCase()).includes('LastName');
}

/** Lower-case particles inside a personal name ("bin", "ap", "van der", "ten", "dos"). */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'bint', 'al', 'el', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'do', 'la', 'le', 'ap', 'ab']);

/** True for a lower-case name particle. */
export function isNameParticle(word: string): boolean {
  return word === word.toLowerCase() && NAME_PARTICLES.has(word);
}

/** Surname endings of a woman's Slavic or Baltic surname ("Ivanova", "Kowalska", "Kazlauskiene"). */
export const FEMALE_SURNAME_ENDINGS = ['ova', 'eva', 'ina', 'aya', 'ska', 'ayte', 'iene'];

/** Surname endings of a man's Slavic surname ("Ivanov", "Kowalski", "Shevchenko", "Petrovich"). */
export const MALE_SURNAME_ENDINGS = ['ov', 'ev', 'in', 'sky', 'ski', 'enko', 'uk', 'ich'];

/** Particles of lineage inside an Arabic name ("bin", "ibn", "bint"). */
export const PATRONYMIC_PARTICLES = ['bin', 'ibn', 'bint'];
