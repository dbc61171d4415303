/**
 * Closed word lists shared by the extraction stages: role words for title chains, function
 * words that may sit inside a proper name, words that are capitalised without being names.
 */

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Nouns that make a phrase a job title ("Deputy Chairman", "spokeswoman", "CEO"). */
export const ROLE_WORDS = words(`
  minister ministers president vice-president chairman chairwoman chairperson chair deputy head chief
  secretary secretary-general director director-general spokesman spokeswoman spokesperson
  ambassador envoy governor mayor senator congressman congresswoman lawmaker legislator
  premier chancellor king queen prince princess emperor emir sultan sheikh sheikha pope archbishop
  bishop patriarch judge justice prosecutor attorney general lieutenant colonel major captain
  commander admiral marshal sergeant officer ceo cfo coo cto founder co-founder owner
  manager executive rector dean professor academician scientist researcher economist analyst
  adviser advisor aide counsellor counselor consul representative envoy member mp speaker
  leader coordinator commissioner inspector superintendent administrator governor-general
  chairman-elect president-elect presidium rapporteur diplomat official officials principal
  editor correspondent journalist reporter coach captain striker goalkeeper player
  treasurer auditor ombudsman vice first acting former interim prime lawyer attorney teacher
  farmer fisherman resident owner chairwoman organiser organizer curator architect engineer
  doctor nurse mayor-elect headmaster principal pastor priest imam rabbi activist campaigner
  negotiator mediator spokesperson
  economist strategist historian novelist writer author publisher producer director-general
  councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman
  assemblymember delegate sheriff detective trustee midfielder defender winger skipper referee
  physician surgeon epidemiologist virologist psychologist expert specialist consultant
  entrepreneur investor banker student firefighter paramedic soldier commentator columnist
  barrister solicitor presenter host anchor broadcaster actor actress singer musician substitute
  forward quarterback qb ophthalmologist dentist pharmacist boss ruler pm
`);

/** Prefixes that make a compound of a role word a role word too ("vice-chief", "ex-deputy"). */
export const ROLE_PREFIXES = ['vice', 'co', 'ex', 'deputy', 'sub', 'under', 'assistant', 'joint'];

/** Roles written as capital abbreviations ("PM", "FM"), as headlines name a speaker after a dash. */
export const ROLE_ABBREVIATIONS = new Set(['PM', 'FM', 'MP', 'MEP', 'CEO', 'DPM', 'VP']);

/** Role words that can stand as a title on their own before a name ("President Xi"). */
export const HEAD_ROLE_WORDS = new Set([...ROLE_WORDS].filter((w) => !['first', 'vice', 'acting', 'former', 'interim', 'deputy', 'general', 'major', 'member', 'player', 'official', 'officials', 'presidium'].includes(w)));

/**
 * Rank words that also name a post as the last word of a title ("former deputy" of a sheriff,
 * "ex-player"), though they cannot stand alone before a name as a title.
 */
export const RANK_NOUNS = new Set(['deputy', 'official', 'player', 'member']);

/** Honorifics that precede a personal name. */
export const HONORIFICS = words(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady madam
  gen gen. col col. lt lt. sgt sgt. capt capt. gov gov. sen sen. rep rep. rev rev. fr fr. st
  mx mx. messrs messrs. cllr cllr. hon hon. supt supt. insp insp. cmdr cmdr. adm adm. maj maj.`);

/**
 * Honorifics of courtesy, learning and rank written before a name ("Dr. Ana Vey", "Dame Ana Vey"),
 * and degrees and honours written after one ("Ana Vey, M.D."): kept as the person's titles as written.
 */
export const COURTESY_HONORIFICS = words(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady rev rev. hon hon.`);
export const POST_NOMINALS = ['M.D.', 'Ph.D.', 'PhD', 'M.P.H.', 'D.O.', 'R.N.', 'J.D.', 'M.B.A.', 'D.D.S.', 'Esq.', 'QC', 'KC', 'MBE', 'OBE', 'CBE', 'FRS'];

/**
 * Honorifics that are also offices or ranks ("Gov. Ana Ruiz" is the governor, "Sen." a senator):
 * kept as the person's title, unlike the courtesy ones (Mr., Dr., Hon.).
 */
export const OFFICE_HONORIFICS = words(`gov gov. sen sen. rep rep. gen gen. col col. lt lt. sgt sgt. capt capt.
  cllr cllr. supt supt. insp insp. cmdr cmdr. adm adm. maj maj.`);

/** What an office honorific stands for, so that "the governor" finds "Gov. Ana Ruiz". */
export const OFFICE_WORDS: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', col: 'colonel', lt: 'lieutenant',
  sgt: 'sergeant', capt: 'captain', cllr: 'councillor', supt: 'superintendent', insp: 'inspector',
  cmdr: 'commander', adm: 'admiral', maj: 'major',
};

/** Nouns for a member of a party, used as a role noun ("the Tarrow Democrat said"); never a name. */
export const PARTY_MEMBER_NOUNS = words(`democrat republican conservative liberal socialist tory labourite
  independent libertarian centrist`);

/** Possessive determiners that open a description ("her spokeswoman") and are no part of a title. */
export const POSSESSIVE_DETERMINERS = words('his her its their our my your');

/** Lower-case words allowed inside a proper name or title chain. */
export const NAME_CONNECTORS = words(`of the for and on de del della da di du des van von der den
  ter le la al bin ibn y & in at`);

/** Capitalised words that are never a person's name by themselves. */
export const NON_NAME_WORDS = words(`the a an this that these those it its he she they we i you
  in on at by for from to with of and or but if as so not no yes our their his her my your
  however meanwhile moreover also then there here when where while after before since
  last next this today yesterday tomorrow tonight now according thanks along despite
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  jan feb mar apr jun jul aug sep sept oct nov dec
  subscribe share follow read more news all services projects contacts about home menu search
  twitter facebook telegram instagram youtube vk whatsapp linkedin flag photo video
  recent latest related top popular login sign register advertisement comments print email
  government bodies society politics economy economics world business sport sports culture
  regions opinion science technology health markets weather clear cloudy rain
  earlier later many some several most other others both each every such what which who whom
  western eastern northern southern central national international state federal local
  mister madam please thank division league cup championship`);

/** Pronouns that can name a speaker. */
export const SPEAKER_PRONOUNS = words('he she they i we it');

/** Month names in full, lower case, in calendar order. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month names and abbreviations -> month number. */
export const MONTHS: Record<string, number> = {
  ...Object.fromEntries(MONTH_NAMES.map((m, i) => [m, i + 1])),
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Weekday names. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Weekday and month names as capitalised in running text ("Monday", "January"). */
export const CALENDAR_NAMES = [...WEEKDAYS, ...MONTH_NAMES].map((w) => w[0].toUpperCase() + w.slice(1));

/** Role nouns and the title words they stand for ("head of state" -> president, ...). */
export const ROLE_SYNONYMS: Record<string, string[]> = {
  'head of state': ['president', 'king', 'queen', 'emir', 'sultan', 'monarch', 'emperor', 'head of state'],
  'head of government': ['prime minister', 'premier', 'chancellor', 'head of government'],
  premier: ['prime minister', 'premier'],
  leader: ['president', 'leader', 'prime minister', 'chairman', 'head', 'chancellor', 'secretary'],
  official: ['minister', 'official', 'secretary', 'director', 'head', 'chairman', 'deputy', 'spokes', 'ambassador', 'governor', 'chief', 'president', 'representative', 'adviser', 'advisor', 'commissioner'],
  diplomat: ['minister', 'ambassador', 'envoy', 'diplomat', 'consul', 'foreign'],
  spokesman: ['spokes'], spokeswoman: ['spokes'], spokesperson: ['spokes'],
  lawmaker: ['mp', 'senator', 'lawmaker', 'deputy', 'member of parliament', 'congress', 'legislator'],
  executive: ['ceo', 'executive', 'chief', 'director', 'president', 'chairman', 'head', 'manager'],
  scientist: ['academician', 'scientist', 'professor', 'researcher', 'chairman', 'president'],
  chief: ['chief', 'head', 'director', 'ceo', 'chairman'],
  boss: ['boss', 'chief', 'head', 'director', 'ceo', 'chairman', 'executive', 'coach', 'manager'],
  envoy: ['envoy', 'ambassador', 'representative'],
};

/** Words that mark a female or male person in a role noun or honorific. */
export const FEMALE_MARKERS = words('she her mrs mrs. ms ms. madam dame lady spokeswoman chairwoman congresswoman queen princess businesswoman');
export const MALE_MARKERS = words('he his him mr mr. sir lord spokesman chairman congressman king prince businessman');

/** Abbreviations whose full stop ends no sentence ("Mr.", "Gov.", "Inc.", "U.S.", "p.m."). */
export const ABBREVIATIONS = words(`mr mrs ms dr prof gen col lt sgt capt gov sen rep st jr sr inc ltd co corp
  vs etc no nos jan feb mar apr jun jul aug sep sept oct nov dec rev fr mt ft gen adm cmdr
  maj brig pres dept est approx fig vol op cf al e.g i.e a.m p.m u.s u.k u.n e.u supt insp`);

/** Words that begin a new sentence even after "U.S." or "p.m.". */
export const SENTENCE_STARTERS = new Set('The A An He She It They We I In On At But And This That These Those However Meanwhile There His Her Its Their Our'.split(' '));

/** Titles and name suffixes written with a full stop that belongs to the word ("Mr.", "Jr."). */
export const DOTTED_TITLES = words('mr mrs ms dr prof gen col lt sgt capt gov sen rep st jr sr rev fr supt insp cmdr adm maj');

/** Endings of a role noun ("chairman", "spokesperson", "lawyer", "analyst", "historian", "resident"). */
export const ROLE_NOUN_SUFFIXES = ['man', 'woman', 'person', 'er', 'or', 'ist', 'ian', 'ant', 'ent'];

/** Endings of a plural group noun standing as a subject ("Analysts", "Officials", "Residents"). */
export const GROUP_NOUN_SUFFIXES = ['man', 'woman', 'person', 'er', 'or', 'ist', 'yst', 'ian', 'ant', 'ent', 'al'];

/** Nouns after "according to" that name a source of figures, not a speaker ("according to the data"). */
export const NON_SPEAKER_SOURCES = ['data', 'figures', 'statistics', 'estimates', 'survey', 'poll', 'study', 'report', 'source', 'sources'];

/** Nouns and verbs after which a quoted run is a name, not speech ("the forum "..."", "dubbed "..."). */
export const NAMING_WORDS = `forum conference congress summit programme program strategy project law bill act
  film movie documentary book novel memoir play opera song album show series campaign award prize festival
  exhibition expo fair contest competition tournament cup games operation initiative plan concept doctrine
  brand slogan motto theme hashtag term word words phrase label nickname newspaper magazine journal channel
  website platform app report study document declaration treaty agreement resolution session meeting event
  round dialogue council party movement group company project scheme fund station titled entitled called
  named dubbed so-called motto exercise exercises roadmap manifesto`.split(/\s+/).concat(['known as', 'under the banner']);

/** Verbs right before a title-cased quoted run that make it a name ("a plan called "..."). */
export const NAMING_VERBS = ['titled', 'entitled', 'called', 'named', 'dubbed', 'known as', 'nicknamed', 'branded'];

/** Ordinals written out before "anniversary" ("the tenth anniversary of"). */
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'tenth', 'twentieth', 'thirtieth', 'fiftieth', 'hundredth'];


/** Endings of a capitalised adjective or abstract noun that is no organization alone ("Political", "Opposition"). */
export const ADJECTIVE_SUFFIXES = ['al', 'ion', 'ive', 'ic', 'ary', 'ous', 'ent', 'ing'];

/** Articles that open a description and are no part of a title as written. */
export const ARTICLES = new Set(['the', 'a', 'an']);

/** Modifiers before a title that belong to no title ("former", "acting", "newly appointed"), and articles. */
export const TITLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'then', 'outgoing', 'incoming', 'late', 'newly', 'appointed', 'elected', 'the', 'a', 'an']);
