/**
 * Function words the rules test for: determiners, quantifiers, pronouns, and the small words
 * that end or continue a speaker phrase or a clause.
 */
import { wordList } from '../text/alternation';

/** Determiners and possessives that open a noun phrase ("the minister", "her spokesman"). */
export const DETERMINERS = wordList('the a an this that his her its their our');

/** The determiners capitalised, as they open a sentence or a name ("The", "His"). */
export const CAPITALISED_DETERMINERS = new Set(DETERMINERS.map((w) => w[0].toUpperCase() + w.slice(1)));

/** Quantifiers and numerals that open a noun phrase like a determiner ("one official", "several analysts"). */
export const QUANTIFIERS = wordList('one another other two three several some many');

/** Object pronouns that can stand for a speaker ("him", "them"). */
export const OBJECT_PRONOUNS = wordList('him her them');

/** Subject pronouns a partial-quote cue may follow ("she called it ..."). */
export const SUBJECT_PRONOUNS = wordList('he she they we I');

/** Auxiliaries and adverbs that stand between a speaker and its verb ("S also said", "S has said"). */
export const SPEAKER_TRAILING_WORDS = wordList(`also later then further has had have was is were are would will
  once previously earlier recently separately again repeatedly reportedly firmly flatly simply just quickly
  himself herself only even already yet still`);

/** Words that end the speaker after an inverted verb ("said Mr. Ruiz, who ...", "said Ruiz in ..."). */
export const INVERTED_SPEAKER_STOPS = wordList(`who which in on at during after before when while as adding
  referring speaking to from with because since and but told about`);

/** Words that may follow a speech verb when the clause before it is the reported one ("..., S said at ..."). */
export const AFTER_TRAILING_VERB = wordList('at in on during after before while when to of with for about from by as and but or it');

/** Words that open an adverbial before the subject ("Asked about ...", "During the talks, ..."). */
export const INTRO_OPENERS = wordList('At In On During After Before For Asked Addressing Responding Referring');

/** Function words and marks a title-cased phrase may keep in lower case ("Days of the Sea"). */
export const TITLE_FUNCTION_WORDS = wordList('of the and for in on at to a an with by from de la le & - —');

/** Prepositions of place before a capitalised run that make it a place, not a name ("near Hollis Ford"). */
export const LOCATIVE_PREPOSITIONS = wordList('near in outside into across around off');

/** Words that end a role appositive after a name ("X, deputy head of Y, said"). */
export const APPOSITIVE_END_WORDS = wordList('said told says who and has had was is');

/** Words before a bare capitalised legislature or government that make it the body ("told Parliament"). */
export const BODY_PRECEDERS = new Set(wordList('the by to in of and from with before told at'));

/** Verbs right after a subject that make a bare acronym the subject ("The DGAC said"). */
export const SUBJECT_VERBS = wordList('said says has had is was will would asked announced called warned added told reported');

/** Words that count for no initial of a name ("National Academy of Sciences" -> "NAS"). */
export const NAME_MINOR_WORDS = new Set(wordList('of the and for on in at & de du des la le'));

/** Capitalised sentence openers that begin no personal name ("The", "In", "Ahead of ..."). */
export const NON_NAME_OPENERS = wordList('The A An In On At By Ahead After');
