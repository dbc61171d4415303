/**
 * Place vocabulary for context cues: words before a place name ("in northern X", "the port city
 * of X", "the coast of X"), feature nouns after one ("the X delta"), demonym endings, and
 * capitalised words that follow "in" without being places.
 */

/** Directions and qualifiers between a preposition and a place ("in northern X", "from nearby X"). */
export const PLACE_MODIFIERS = ['northern', 'southern', 'eastern', 'western', 'central', 'north-western', 'north-eastern',
  'south-western', 'south-eastern', 'nearby', 'neighbouring', 'neighboring', 'rural', 'coastal', 'downtown'];

/** Kinds of settlement or division in "the X of Name" ("the port of X", "the town of X", "the district of X"). */
export const PLACE_KIND_NOUNS = ['port', 'city', 'town', 'village', 'region', 'province', 'island', 'district'];

/** Parts of a place in "the P of Name" ("the coast of X", "the outskirts of X", "the capital of X"). */
export const PLACE_PART_NOUNS = ['coast', 'shore', 'shores', 'outskirts', 'north', 'south', 'east', 'west', 'centre', 'center', 'capital'];

/** Nouns before ", Name" that make Name a place ("the capital, X", "the port city, X"). */
export const PLACE_APPOSITION_NOUNS = ['capital', 'port city', 'city'];

/** Geographic feature nouns that follow a place's name ("the X river", "the X archipelago"). */
export const PLACE_FEATURE_NOUNS = ['river', 'delta', 'valley', 'estuary', 'archipelago', 'peninsula', 'lake', 'strait', 'bay'];

/** Capitalised words found after "in"/"from" that are no place (languages, institutions, feasts, platforms). */
export const NOT_PLACE_WORDS = ['English', 'French', 'German', 'Spanish', 'Russian', 'Arabic', 'Chinese', 'Parliament',
  'Congress', 'Government', 'Court', 'Brussels-based', 'Internet', 'Christmas', 'Easter', 'Ramadan', 'God', 'Twitter',
  'Facebook', 'Instagram', 'Telegram', 'Irish', 'Italian', 'Portuguese', 'Dutch', 'Japanese', 'Korean', 'Hindi', 'Urdu',
  'Welsh', 'Gaelic', 'Polish', 'Turkish', 'Greek', 'Swedish', 'Latin', 'Hebrew', 'Persian', 'Ukrainian', 'Mandarin', 'Cantonese', 'AI'];

/** Endings of a nationality adjective ("Velorian", "Korean", "Japanese", "Danish", "Baltic"). */
export const NATIONALITY_ENDINGS = ['ian', 'ean', 'ese', 'ish', 'ic'];

/** Endings a demonym adds to its place's stem ("Norland" -> "Norlandian", "Veloria" -> "Velorian"). */
export const DEMONYM_SUFFIXES = ['n', 'an', 'ian', 'ese', 'i', 'ish'];

/** Prepositions before a place name that may open a sentence ("In Kalvik, ...", "from Kalvik"). */
export const PLACE_PREPOSITIONS = ['in', 'from', 'near', 'outside'];

/** Prepositions before a place name found inside a sentence only ("across Norland", "between X and Y"). */
export const INNER_PLACE_PREPOSITIONS = ['across', 'around', 'towards', 'toward', 'to', 'between'];

/** Lower-case directions that belong to a region's name when written before a place ("northern England", "western Canada"). */
export const REGION_DIRECTIONS = ['northern', 'southern', 'eastern', 'western', 'north-western', 'north-eastern', 'south-western', 'south-eastern'];

/** Currency nouns after a country's name ("US dollars", "Hong Kong dollar"): the country is no place mention there. */
export const CURRENCY_NOUNS = ['dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros', 'yen', 'yuan', 'rupee', 'rupees', 'ruble', 'rubles', 'rouble', 'roubles', 'franc', 'francs', 'peso', 'pesos', 'cents'];

/** Local offices after a place's name ("Kalvik council", "Kalvik mayor", "the Kalvik Governor"). */
export const PLACE_OFFICE_NOUNS = ['council', 'mayor', 'Governor', 'governor'];

/** AP-style US state abbreviations written after a town ("Kelford, Calif.", "Dunmore, Pa."): both are places. */
export const AP_STATE_ABBREVIATIONS = ['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.',
  'Kan.', 'Kans.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.',
  'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.'];

/** Two-letter US postal state codes; after "Town, " and before a dash or bracket they mark the town as a place. */
export const POSTAL_STATE_CODES = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA',
  'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY'];

/** Kinds of area in "<kind> of Name" after any determiner ("his own district of X", "the Kelford areas of X and Y"). */
export const AREA_NOUNS = ['area', 'areas', 'district', 'districts', 'suburb', 'suburbs', 'town', 'towns', 'village', 'villages',
  'county', 'counties', 'region', 'province', 'city', 'municipality', 'borough', 'parish'];

/** Lower-case nouns after a cued run that make it a building or a street, no place ("in Kelford house", "on Arden road"). */
export const BUILDING_NOUNS = ['house', 'building', 'tower', 'hall', 'street', 'road', 'avenue', 'square', 'mall', 'hotel'];

/** Lower-case nouns after a cued run that belong to the place's name ("in Amsel Nine territory"). */
export const TERRITORY_NOUNS = ['territory', 'territories', 'region', 'province', 'valley', 'delta', 'basin'];

/** Small words that may follow a place after a weak preposition ("to Kelford on Monday", "across Norland last year"). */
export const AFTER_PLACE_WORDS = ['on', 'in', 'at', 'and', 'or', 'for', 'with', 'by', 'last', 'next', 'this', 'yesterday', 'today',
  'tonight', 'earlier', 'later', 'from', 'to', 'as', 'after', 'before', 'since', 'until', 'where', 'which', 'who', 'that', 'the', 'a',
  'an', 'but', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'said', 'says', 'over', 'via', 'when',
  'while', 'because', 'if', 'than', 'so', 'also', 'again', 'instead', 'alone', 'itself', 'each', 'every', 'during', 'about', 'into'];

/** Capitalised heads that end a natural feature's or reserve's name ("the Amsel River", "Kelbrook State Forest"). */
export const NAMED_FEATURE_HEADS = ['River', 'Forest', 'Lake', 'Mountains', 'Hills', 'Valley', 'Desert', 'Sea', 'Gulf', 'Canyon',
  'Falls', 'Reservoir', 'National Park', 'Island', 'Islands', 'Peninsula', 'Bay', 'Strait'];

/** Compass regions of a country written with "the" ("in the South West", "across the North-East"). */
export const COMPASS_REGIONS = ['North West', 'North East', 'South West', 'South East', 'North-West', 'North-East', 'South-West',
  'South-East', 'Northwest', 'Northeast', 'Southwest', 'Southeast', 'Midlands'];

/** Words after a continent's possessive that use it as a modifier ("Asia's No. 4 economy", "Europe's largest bank"): no place mention. */
export const RANK_AFTER_POSSESSIVE = String.raw`(?:No\.\s*\d|number\s+(?:one|two|three|four|five|\d)|(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth)[- ](?:largest|biggest)|largest|biggest|richest|poorest|top|leading)`;
