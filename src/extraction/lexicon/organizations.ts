/**
 * Organization vocabulary: head words that make a capitalised phrase an organization (with the
 * kind they imply), and well-known organizations referred to by acronym or a bare name.
 */
import type { OrganizationKind } from '../types';

/** Head word (lower case) -> kind. Order of checks: the first head word found wins. */
const HEADS: Record<string, OrganizationKind> = {};
const add = (kind: OrganizationKind, list: string) => list.trim().split(/\s+/).forEach((w) => { HEADS[w] = kind; });
add('MINISTRY', 'ministry ministries');
add('ACADEMY', 'academy institute institutes laboratory laboratories observatory');
add('UNIVERSITY', 'university college polytechnic school conservatory');
add('COMPANY', `company corporation corp corp. inc inc. ltd ltd. llc plc ag gmbh sa group holding holdings
  bank airlines airline airways motors industries enterprises technologies systems energy oil gas
  pharmaceuticals telecom logistics partners capital investments manufacturing plant factory works
  mining railways railway shipping markets brewery cooperative consortium solutions oy ab asa
  construction exchange airport shipyard studios media management limited labs ventures vc`);
add('AGENCY', `agency service committee commission office department bureau administration authority
  inspectorate directorate police guard customs treasury board programme unit panel patrol army navy corps
  force forces`);
add('PARTY', 'party movement front coalition bloc');
add('INTERNATIONAL_BODY', 'nations organization organisation union alliance');
add('GOVERNMENT', 'government cabinet presidency kremlin');
add('PARLIAMENT', 'parliament assembly congress senate duma rada bundestag majlis legislature sejm');
add('COURT', 'court tribunal');
add('MEDIA', 'news newspaper times post journal herald gazette tribune radio television tv broadcasting broadcaster press');
add('NGO', 'foundation fund association society federation council centre center chamber trust network league red club\n  theatre theater museum gallery library hospital clinic orchestra choir ensemble team\n  centers centres nation');
add('GOVERNMENT', 'embassy consulate municipality');
// Head words of other languages and legal-form suffixes ("Banco Central de Veloria", "Nordlys ASA").
add('COMPANY', 'banco banque bank compagnie société gesellschaft aktiengesellschaft');
add('MINISTRY', 'ministerio ministère ministerium ministero');
add('ACADEMY', 'instituto institut istituto');
add('UNIVERSITY', 'universidad université universität università universidade');
add('NGO', 'stiftung fundación fondation fundação fondazione verband théâtre teatro museo musée');
add('AGENCY', 'agencia agence');

/** The kind a head word implies, or null when the word is no organization head. */
export function orgHeadKind(word: string): OrganizationKind | null {
  if (/^(?:\p{Lu}[\p{L}]*-)?(?:GmbH|AG|SA|S\.A\.|SpA|AB|ASA|AS|NV|BV|Ltd\.?|Inc\.?|LLC|plc|PLC|Corp\.?|Co\.)$/u.test(word)) return 'COMPANY';
  return HEADS[word.toLowerCase()] ?? null;
}

interface KnownOrg { name: string; acronym: string | null; kind: OrganizationKind }

const KNOWN: KnownOrg[] = [
  ['United Nations', 'UN', 'INTERNATIONAL_BODY'], ['North Atlantic Treaty Organization', 'NATO', 'INTERNATIONAL_BODY'],
  ['European Union', 'EU', 'INTERNATIONAL_BODY'], ['World Health Organization', 'WHO', 'INTERNATIONAL_BODY'],
  ['International Monetary Fund', 'IMF', 'INTERNATIONAL_BODY'], ['World Bank', null, 'INTERNATIONAL_BODY'],
  ['World Trade Organization', 'WTO', 'INTERNATIONAL_BODY'], ['Shanghai Cooperation Organization', 'SCO', 'INTERNATIONAL_BODY'],
  ['Collective Security Treaty Organization', 'CSTO', 'INTERNATIONAL_BODY'], ['Eurasian Economic Union', 'EAEU', 'INTERNATIONAL_BODY'],
  ['Commonwealth of Independent States', 'CIS', 'INTERNATIONAL_BODY'], ['Association of Southeast Asian Nations', 'ASEAN', 'INTERNATIONAL_BODY'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC', 'INTERNATIONAL_BODY'], ['African Union', 'AU', 'INTERNATIONAL_BODY'],
  ['BRICS', 'BRICS', 'INTERNATIONAL_BODY'], ['G7', 'G7', 'INTERNATIONAL_BODY'], ['G20', 'G20', 'INTERNATIONAL_BODY'],
  ['UNESCO', 'UNESCO', 'INTERNATIONAL_BODY'], ['UNICEF', 'UNICEF', 'INTERNATIONAL_BODY'],
  ['International Atomic Energy Agency', 'IAEA', 'INTERNATIONAL_BODY'], ['Organization for Security and Co-operation in Europe', 'OSCE', 'INTERNATIONAL_BODY'],
  ['European Central Bank', 'ECB', 'INTERNATIONAL_BODY'], ['European Commission', null, 'INTERNATIONAL_BODY'],
  ['Federal Reserve', 'Fed', 'AGENCY'], ['Federal Bureau of Investigation', 'FBI', 'AGENCY'], ['Central Intelligence Agency', 'CIA', 'AGENCY'],
  ['Kremlin', null, 'GOVERNMENT'], ['White House', null, 'GOVERNMENT'], ['Pentagon', null, 'GOVERNMENT'],
  ['Reuters', null, 'MEDIA'], ['Associated Press', 'AP', 'MEDIA'], ['Agence France-Presse', 'AFP', 'MEDIA'],
  ['TASS', 'TASS', 'MEDIA'], ['Xinhua', null, 'MEDIA'], ['BelTA', 'BelTA', 'MEDIA'], ['BBC', 'BBC', 'MEDIA'],
  ['Interfax', null, 'MEDIA'], ['RIA Novosti', 'RIA', 'MEDIA'],
  // Parties that English news names by a bare word.
  ['Labour', null, 'PARTY'], ['Labor', null, 'PARTY'], ['Democrats', null, 'PARTY'], ['Republicans', null, 'PARTY'],
  ['GOP', 'GOP', 'PARTY'], ['Conservatives', null, 'PARTY'], ['Tories', null, 'PARTY'],
].map(([name, acronym, kind]) => ({ name: name as string, acronym: acronym as string | null, kind: kind as OrganizationKind }));

/** A well-known organization named by its full name or acronym, or null. */
export function knownOrg(text: string): KnownOrg | null {
  const t = text.replace(/^the\s+/i, '').trim();
  return BY_NAME.get(t.toLowerCase()) ?? BY_ACRONYM.get(t) ?? null;
}

// Indexes for knownOrg (called once per token): full names case-insensitively, acronyms as written.
const BY_NAME = new Map<string, KnownOrg>();
const BY_ACRONYM = new Map<string, KnownOrg>();
for (const o of [...KNOWN].reverse()) {
  BY_NAME.set(o.name.toLowerCase(), o);
  if (o.acronym) BY_ACRONYM.set(o.acronym, o);
}

/** Agencies that are also news sources (never "a person"). */
export const MEDIA_NAMES = new Set(KNOWN.filter((o) => o.kind === 'MEDIA').flatMap((o) => [o.name, o.acronym ?? o.name]));

/** Lower-case body words that make the capitalised words before them an organization ("Carlow police"). */
export const LOWERCASE_BODY_HEADS = ['party', 'embassy', 'police', 'council', 'administration', 'office', 'group', 'hospital', 'government', 'network'];

/** Chambers named "House of ..." ("the House of Representatives", "the Ohio House of Delegates"): legislatures without a head word. */
export const LEGISLATIVE_HOUSES = ['Representatives', 'Commons', 'Lords', 'Delegates', 'Assembly', 'Councillors', 'Keys', 'Deputies', 'Peers'];

/** Club words that follow a place in a club's name ("Leeds United", "Harbour Albion"). */
export const CLUB_WORDS = ['United', 'Albion', 'Wanderers', 'Rovers', 'Athletic', 'Hotspur', 'Rangers'];

/**
 * Sports roles written right after a team's name ("the Harbour Rovers coach", "Tarrow captain
 * Ana Vey", "Lakeside Hawks QB"): the capitalised words before them name a team.
 */
export const TEAM_ROLE_NOUNS = ['coach', 'head coach', 'assistant coach', 'captain', 'skipper', 'boss', 'manager', 'QB', 'quarterback',
  'striker', 'goalkeeper', 'midfielder', 'defender', 'winger', 'fly-half', 'scrum-half', 'full-back', 'playmaker', 'squad', 'fans', 'supporters'];

/** Result nouns whose object is a team ("a 2-1 win over Harbour Rovers", "their defeat to Tarrow"). */
export const TEAM_RESULT_PHRASES = ['win over', 'victory over', 'defeat to', 'defeat by', 'loss to', 'draw with', 'draw against', 'triumph over', 'win against', 'victory against'];

/** Lower-case nouns that make a determiner phrase an organization as speaker ("the ministry said"). */
export const SPEAKER_ORG_NOUNS = new Set(`ministry government agency company bank council committee office embassy department
  police army military court parliament statement report firm group union service administration
  authorities board academy university institute kremlin presidency cabinet party organisation
  organization commission centre center spokesperson's newspaper channel website network prosecutors'`.split(/\s+/));

/** Role words that can sit inside an organization's name ("National Bank", "State Duma", "Central Committee"). */
export const ORG_NAME_ROLE_WORDS = new Set(['national', 'state', 'central', 'general', 'premier']);

/** Words that are no name alone but can sit inside an organization's name ("World Bank", "Health Ministry"). */
export const ORG_NAME_WORDS = new Set(['national', 'state', 'central', 'international', 'federal', 'world', 'business', 'sport',
  'sports', 'culture', 'health', 'science', 'technology', 'economy', 'economics', 'society', 'services', 'premier']);

/** Lower-case nouns that say the next name is an organization ("the ferry company, X"). */
export const ORG_TYPE_NOUNS = `company firm group association union survey operator agency regulator broadcaster
  charity insurer lender carrier airline bank producer maker developer retailer club council institute
  authority watchdog consortium cooperative federation syndicate organisation organization ngo startup
  conglomerate utility manufacturer chain publisher network alliance foundation`.split(/\s+/);

/** Capitalised abbreviations of common nouns, never organizations by themselves. */
export const NOT_ORG_ACRONYMS = new Set(`CEO CFO COO CTO GDP CPI IPO VAT LNG ESG NGO PDF USD EUR GMT UTC BST CET EST PST ATM SUV COVID AIDS HIV DNA FAQ TBD
  ICU GPS API USB LED CCTV PPE MRI DUI PIN SIM URL VPN LGBT LGBTQ RNA PCR BMI AGM MVP NFT OTC
  GBP JPY CNY RUB INR KZT UZS AED SAR PKR KES GHS NGN ZAR AUD NZD CAD CHF SEK NOK DKK PLN TRY KRW BRL MXN`.split(/\s+/));

/** Words around a plain capitalised name that make it a company ("shares of Kestrel", "Kestrel shares fell", "an analyst at Kestrel"). */
export const COMPANY_CUES_BEFORE = ['shares of', 'shares in', 'stake in', 'analyst at', 'analysts at', 'analyst with', 'polled by', 'chief executive of', 'chief executive officer of', 'founder of', 'co-founder of', 'spokesperson for', 'spokesman for', 'spokeswoman for'];
/** Speech verbs and nouns that name a platform or channel: "the minister said on Kestrel", "her official Kestrel account". */
export const PLATFORM_VERBS = ['said on', 'wrote on', 'posted on', 'tweeted on', 'announced on', 'told viewers on', 'said in a post on', 'wrote in a post on', 'appeared on', 'speaking on', 'interview on'];
export const PLATFORM_NOUNS = ['account', 'page', 'feed', 'post', 'channel', 'handle', 'livestream', 'broadcast'];
export const COMPANY_CUES_AFTER = ['shares', 'stock', 'share price', 'spokesperson', 'spokeswoman', 'spokesman', 'CEO', 'chief executive', 'co-founder', 'founder', 'shareholders', 'investors'];

/** Roles and phrases after a camel-case name that make it an organization ("NorGeo's spokesman"). */
export const ORG_ROLE_AFTER = ['spokesperson', 'spokeswoman', 'spokesman', 'CEO', 'chief executive', 'chairman', 'chairwoman', 'president', 'said in a statement'];

/** Last words of a law's or a bill's name: "the Local Government Act" names a law, not a body. */
export const LAW_WORDS = new Set(['Act', 'Acts', 'Bill', 'Bills', 'Law', 'Code', 'Amendment', 'Treaty', 'Accord', 'Charter']);

/** Last words of an observance's name ("Clean Water Week", "National Service Day"): an event, not a body. */
export const OBSERVANCE_WORDS = new Set(['Week', 'Weekend', 'Day', 'Days', 'Month', 'Fortnight']);

/** Units named after their parent's possessive ("Norvax's College of Medicine"): the possessor is an organization. */
export const PARENT_UNIT_HEADS = ['College', 'School', 'Schools', 'Department', 'Faculty', 'Institute', 'Center', 'Centre', 'Division', 'Laboratory', 'Museum', 'Hospital', 'Library'];

/** Products whose maker is named right before them ("the Velmora vaccine"): the maker is a company. */
export const MAKER_PRODUCT_NOUNS = ['vaccine', 'vaccines', 'jab', 'jabs', 'booster', 'boosters'];

/** Diseases and variants written capitalised before a product noun ("the Ebola vaccine"): no maker. */
export const DISEASE_NAMES = new Set(`covid coronavirus ebola zika polio measles mumps rubella flu influenza mpox monkeypox
  malaria rabies cholera typhoid dengue shingles smallpox hepatitis tetanus diphtheria tuberculosis omicron delta
  chickenpox rotavirus pneumonia meningitis yellow lyme west nile sars mers aids hiv bird swine spanish`.split(/\s+/));

/** Nationality words the gazetteer has no country for ("the Kiwi coach", "the Welsh captain"): a people, not a team. */
export const NATIONALITY_WORDS = new Set(`Kiwi Aussie Brit Briton Scot Scottish Welsh English British Yank Pom Canuck Dane Swede Finn Pole Turk
  Serb Croat Frenchman Englishman Irishman Scotsman Welshman Dutchman Ulsterman Cornish Basque Catalan Flemish Walloon`.split(/\s+/));

/** Last words of a programme's or a plan's name ("the Harbour Grant Program (HGP)"): its acronym names no body. */
export const NON_BODY_LAST_WORDS = ['Program', 'Programs', 'Project', 'Projects', 'Initiative', 'Scheme', 'Plan', 'Strategy', 'Grant', 'Grants', 'Award', 'Awards', 'Prize', 'Index'];

/** Verbs of a match whose object after "the" is a team ("a game against the Harbour Hawks", "they beat the Kelso Kings"). */
export const MATCH_VERBS = ['against', 'beat', 'beating', 'defeated', 'defeating', 'lost to', 'losing to', 'edged', 'faces', 'facing', 'hosts', 'hosting', 'hosted', 'routed', 'thrashed'];

/** Capitalised plurals after a match verb that are no team ("against the Harbour Islands"). */
export const NOT_TEAM_PLURALS = new Set(['News', 'Games', 'Olympics', 'Islands', 'States', 'Nations', 'Times', 'Affairs', 'Services', 'Forces', 'Awards',
  'Talks', 'Mountains', 'Hills', 'Heights', 'Falls', 'Springs', 'Lakes', 'Highlands', 'Lowlands', 'Isles', 'Territories', 'Emirates', 'Rules', 'Laws', 'Regulations', 'Sanctions', 'Protests', 'Elections', 'Accords',
  'Championships', 'Finals', 'Series', 'Playoffs', 'Trials', 'Masters', 'Globes', 'Paralympics', 'Commons', 'Lords', 'Troubles', 'Balkans', 'Alps', 'Andes', 'Americas', 'Philippines', 'Netherlands', 'Bahamas', 'Maldives', 'Seychelles']);
