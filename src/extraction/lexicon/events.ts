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
