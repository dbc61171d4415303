/**
 * Generic name vocabulary: the words a name can be made of without naming one particular thing.
 * "the Ministry", "Academy of Sciences", "National Committee", "Inc" or "the signing ceremony"
 * name a kind of body or occasion, not a body or occasion: across articles such a name is no
 * evidence of identity. Used by ingest/match (what may be a database match key) and by the
 * type checks (what cannot be a personal name).
 */

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Heads of organization names, beyond lexicon/organizations' head words (plural forms included). */
export const GENERIC_HEADS = words(`
  ministry ministries academy academies institute institutes committee committees agency agencies
  union unions council councils commission commissions authority authorities office offices
  department departments bureau service services administration board centre center society
  association federation organization organisation foundation fund group company companies
  corporation bank party government cabinet parliament assembly court chamber directorate
  inspectorate university college school team league club network alliance coalition movement
  secretariat presidium branch division unit section delegation mission
`);

/** Legal forms of companies: "Nordlys ASA" is distinctive, "ASA" or "the Corp" is not. */
export const LEGAL_FORMS = words(`
  inc incorporated corp corporation co company ltd limited llc llp plc ag gmbh sa spa srl ab asa as
  oy oyj nv bv kg ohg pjsc ojsc cjsc jsc ooo zao oao holding holdings group
`);

/**
 * Fields and portfolios: the "of Sciences", "of Foreign Affairs", "for Health" of a generic
 * name. With a country they make a name particular ("Ministry of Health of Norland"); alone,
 * or with a head only, they do not ("the Health Ministry", "Academy of Sciences").
 */
export const FIELD_WORDS = words(`
  science sciences arts letters humanities medicine medical affairs foreign internal interior home
  defence defense health education justice finance finances economy economic economics trade
  industry industrial agriculture agricultural culture cultural energy environment environmental
  transport transportation communications labour labor employment social welfare development
  research emergency emergencies situations security intelligence sport sports youth tourism
  information statistics taxes tax customs revenue natural resources ecology digital technology
  technologies innovation planning construction housing water fisheries forestry mining
  veterans family women children public works civil aviation railways
`);

/** Modifiers that sit in many names of one kind ("National", "State", "Supreme", "Joint"). */
export const GENERIC_MODIFIERS = words(`
  national state federal central supreme high higher chief main general joint standing permanent
  special international regional republican municipal city provincial local royal new
  interim executive scientific technical first second third senior junior
`);

/** Words that join the words of a name ("Ministry of Foreign Affairs of the Republic"). */
export const NAME_MINOR_WORDS = words('the of and for on in at to & de du des la le del da di y republic');

/** Heads and modifiers of event names that name a kind of occasion ("meeting", "signing ceremony"). */
export const GENERIC_EVENT_WORDS = words(`
  meeting meetings ceremony conference talks consultations negotiations election elections vote
  referendum summit forum visit protest protests rally strike march festival exhibition fair
  session sessions briefing press public memorial regional general parliamentary presidential
  local municipal national state official annual opening closing signing mass peace trade
  ministerial bilateral emergency extraordinary plenary snap early nationwide farewell award
  awards event events day week anniversary celebration celebrations round working
`);

/** Words that can stand where a speaker's name stands without being anyone's name. */
export const INDEFINITE_PRONOUNS = words(`
  nobody everybody everyone anyone anybody someone somebody none noone no-one nothing everything
  something anything all each both either neither many several few most others another
`);

/** Last words of an institution's or an occasion's name that are nobody's surname ("... Water Forum", "... Committee"). */
export const NON_SURNAME_HEADS = words(`
  ministry ministries academy institute committee agency union council commission authority office
  department bureau administration federation association organization organisation foundation
  corporation university college parliament government assembly directorate secretariat presidium
  society centre center inspectorate
  forum summit conference festival exhibition ceremony meeting talks referendum session congress
  olympics championship expo treaty agreement declaration memorandum report
`);
