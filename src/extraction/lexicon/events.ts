/**
 * Event vocabulary: lower-case nouns that name an occasion (with the kind they imply) and the
 * modifiers that make such a noun a particular occasion ("a sentencing hearing", "the council
 * meeting", "a terrorist attack", "the post-match press conference").
 */
import type { EventKind } from '../types';

export const EVENT_NOUNS: Record<string, EventKind> = {
  meeting: 'MEETING', meetings: 'MEETING', ceremony: 'OTHER', conference: 'CONFERENCE', talks: 'TALKS',
  consultations: 'TALKS', negotiations: 'TALKS', election: 'ELECTION', elections: 'ELECTION', vote: 'ELECTION',
  referendum: 'ELECTION', summit: 'SUMMIT', forum: 'FORUM', visit: 'VISIT', protest: 'OTHER', protests: 'OTHER',
  rally: 'OTHER', strike: 'OTHER', march: 'OTHER', festival: 'OTHER', exhibition: 'EXHIBITION', fair: 'EXHIBITION',
  // Hearings, trials and other sittings.
  hearing: 'SESSION', hearings: 'SESSION', trial: 'SESSION', session: 'SESSION', sessions: 'SESSION',
  inquiry: 'SESSION', debate: 'SESSION', briefing: 'CONFERENCE', workshop: 'CONFERENCE', seminar: 'CONFERENCE',
  interview: 'OTHER', call: 'CONFERENCE', proceeding: 'SESSION', proceedings: 'SESSION', sitting: 'SESSION',
  // Matches and incidents.
  match: 'OTHER', game: 'OTHER', final: 'OTHER', 'semi-final': 'OTHER', 'quarter-final': 'OTHER', clash: 'OTHER',
  attack: 'OTHER', attacks: 'OTHER', bombing: 'OTHER', shooting: 'OTHER', crash: 'OTHER', spill: 'OTHER',
  floods: 'OTHER', flooding: 'OTHER', earthquake: 'OTHER', fire: 'OTHER', wildfire: 'OTHER', incident: 'OTHER',
  launch: 'OTHER', landing: 'OTHER', review: 'OTHER',
  // Court steps, disputes, appearances and other occasions.
  appearance: 'OTHER', appearances: 'OTHER', sentencing: 'SESSION', indictment: 'OTHER', verdict: 'OTHER', arraignment: 'SESSION',
  inquest: 'SESSION', dispute: 'OTHER', reading: 'SESSION', signing: 'OTHER', presentation: 'OTHER', announcement: 'OTHER',
  interviews: 'OTHER', conferences: 'CONFERENCE', trials: 'SESSION', votes: 'ELECTION', summits: 'SUMMIT', rallies: 'OTHER',
  'Q&A': 'CONFERENCE', webinar: 'CONFERENCE', ceremonies: 'OTHER', strikes: 'OTHER',
  win: 'OTHER', victory: 'OTHER', defeat: 'OTHER', matches: 'OTHER', games: 'OTHER', finals: 'OTHER', 'semi-finals': 'OTHER',
};

/** Event nouns that more often name something else ("a phone call", "a review of the data", "the final word"): kept with an event modifier, a place, or a describing phrase after an occasion word. */
export const AMBIGUOUS_EVENT_NOUNS = new Set(['call', 'review', 'final', 'finals', 'match', 'matches', 'game', 'games', 'march', 'fire',
  'launch', 'fair', 'strike', 'strikes', 'vote', 'votes', 'reading', 'presentation', 'announcement', 'signing', 'landing', 'clash',
  'crash', 'win', 'victory', 'defeat', 'appearance', 'appearances', 'debate', 'session', 'sessions', 'sitting', 'visit']);

/** Event nouns that name a process as often as an occasion ("after the inquiry"): not made an event by a time preposition alone. */
export const PROCESS_EVENT_NOUNS = new Set(['inquiry', 'dispute', 'negotiations', 'consultations', 'proceedings', 'proceeding', 'flooding']);

/** Result nouns, kept only with a score ("a 2-1 win") or an opponent ("victory over ..."). */
export const RESULT_NOUNS = new Set(['win', 'victory', 'defeat']);

/** Words before an event noun that make it an occasion ("at a meeting of ...", "told a hearing on ..."). */
export const EVENT_INTRODUCERS = new Set(['at', 'during', 'told', 'telling', 'tells', 'held', 'hold', 'holds', 'holding', 'hosted', 'host',
  'hosts', 'hosting', 'attended', 'attend', 'attends', 'attending', 'addressed', 'addressing', 'for', 'in', 'since', 'after', 'before',
  'following', 'throughout', 'ahead', 'chaired', 'chairing', 'convened', 'organised', 'organized']);

/** Prepositions that open a describing phrase after an event noun ("a meeting of the board", "a hearing on fares"). */
export const EVENT_DESCRIBING_PREPOSITIONS = new Set(['of', 'on', 'with', 'between', 'for', 'over', 'against', 'into', 'regarding', 'among', 'amid']);

/** Words that end an event's describing phrase: clauses, verbs and adverbs. */
export const EVENT_PHRASE_STOPS = new Set(`that which who whom whose where when while as because but if than so
  is are was were be been being will would shall should can could may might must has have had do does did
  said says say told tells asked added noted according including included here there also then now just still
  after before since until ago earlier later soon again`.trim().split(/\s+/));

/** Time words that end an event's name ("the meeting on Thursday", "the crash last week"). */
export const EVENT_TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'last', 'next', 'this', 'morning', 'afternoon',
  'evening', 'night', 'overnight', 'weekend']);

/** Units of a length modifier ("a three-day trial", "the 90-minute debate"). */
export const LENGTH_UNITS = ['day', 'week', 'month', 'year', 'hour', 'minute', 'night', 'game', 'match', 'round', 'leg', 'set', 'stage'];

export const EVENT_MODIFIERS = `public memorial press news regional general parliamentary presidential local
  municipal national no-confidence confidence state official annual opening closing signing mass peace
  trade ministerial bilateral emergency extraordinary plenary snap early nationwide farewell award awards
  budget court sentencing contempt council criminal media post-match post-trial pre-trial conference
  terrorist midterm supplementary committee cabinet board virtual televised live fatal deadly first-round
  world cup semi league home away alleged full joint televised closed-door open disciplinary extradition bail appeal
  inaugural final-round qualifying`.trim().split(/\s+/);

/** Head words of capitalised event names, with the kind they imply ("the Eurasian Economic Forum"). */
export const EVENT_HEAD_KINDS: Record<string, EventKind> = {
  forum: 'FORUM', summit: 'SUMMIT', meeting: 'MEETING', visit: 'VISIT', anniversary: 'ANNIVERSARY',
  election: 'ELECTION', elections: 'ELECTION', conference: 'CONFERENCE', symposium: 'CONFERENCE',
  convention: 'CONFERENCE', congress: 'CONFERENCE', session: 'SESSION', exhibition: 'EXHIBITION', expo: 'EXHIBITION',
  fair: 'EXHIBITION', show: 'EXHIBITION', biennale: 'EXHIBITION', talks: 'TALKS', dialogue: 'TALKS',
  festival: 'OTHER', games: 'OTHER', olympics: 'OTHER', championship: 'OTHER', championships: 'OTHER',
  cup: 'OTHER', week: 'OTHER', marathon: 'OTHER', ceremony: 'OTHER', parade: 'OTHER', contest: 'OTHER',
  competition: 'OTHER', readings: 'OTHER', days: 'OTHER',
};

/** Head words of event names (lower case); "Congress" names a legislature more often than an event. */
export const EVENT_HEADS = new Set(Object.keys(EVENT_HEAD_KINDS).filter((k) => k !== 'congress'));

/** Event head words that take a quoted title (`the forum "..."`); each is a key of EVENT_HEAD_KINDS. */
export const TITLED_EVENT_NOUNS = ['forum', 'conference', 'summit', 'exhibition', 'festival', 'session', 'meeting', 'expo',
  'fair', 'congress', 'symposium', 'contest', 'competition', 'games', 'week', 'dialogue'];

/** Words before an event's name that set a quote at it ("at", "on the sidelines of", "opening ceremony of"). */
export const SETTING_WORDS = ['at', 'during', 'on the sidelines of', 'addressing', 'opening of', 'opening ceremony of', 'closing of'];

/** Nouns of a speech given at an event ("in his speech at", "in her remarks to"). */
export const SPEECH_NOUNS = ['speech', 'address', 'remarks'];
