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
};

export const EVENT_MODIFIERS = `public memorial press news regional general parliamentary presidential local
  municipal national no-confidence confidence state official annual opening closing signing mass peace
  trade ministerial bilateral emergency extraordinary plenary snap early nationwide farewell award awards
  budget court sentencing contempt council criminal media post-match post-trial pre-trial conference
  terrorist midterm supplementary committee cabinet board virtual televised live fatal deadly first-round
  world cup semi league home away`.trim().split(/\s+/);

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
