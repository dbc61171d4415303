import type { ExtractedArticle } from '../../src/extraction/types';

/** The quote the playground's first example finds. */
export const MAREK_QUOTE = 'A river that crosses borders needs an institution that crosses borders too';

/**
 * A hand-built extraction result with the official the playground's examples name (Teodor Marek,
 * of the bundled fictional sample articles), so the examples find something without depending on
 * how good the extraction is.
 */
export function sampleOfficialArticle(): ExtractedArticle {
  const body = `PORT AMSEL, 14 May (VNA) - Foreign Minister of Veloria Teodor Marek opened the Arven Basin Water Forum. "${MAREK_QUOTE}," Marek said.`;
  const at = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
  return {
    headline: 'Arven Basin Water Forum opens in Port Amsel', body, publishedAt: '2026-05-14T10:55:00+02:00',
    source: 'Veloria News Agency', section: 'Politics', dateline: 'Port Amsel', datelineLength: 0, language: 'en', warnings: [],
    paragraphs: [{ start: 0, end: body.length }], sentences: [{ start: 0, end: body.length }],
    people: [{ key: 'p1', name: 'Teodor Marek', aliases: [{ name: 'Marek', reason: 'SURNAME' }], mentions: [at('Teodor Marek')], roles: [{ title: 'Foreign Minister', organizationKey: 'o1' }] }],
    organizations: [{ key: 'o1', name: 'Ministry of Foreign Affairs of Veloria', acronym: null, kind: 'MINISTRY', aliases: [], mentions: [] }],
    places: [{ key: 'l1', name: 'Port Amsel', kind: 'CITY', aliases: [], mentions: [at('PORT AMSEL')] }],
    events: [{ key: 'e1', name: 'Arven Basin Water Forum', kind: 'FORUM', startDate: '2026-05-14', endDate: '2026-05-15', placeKey: 'l1', participantKeys: ['p1', 'o1'], aliases: [], mentions: [at('Arven Basin Water Forum')] }],
    quotes: [{
      kind: 'DIRECT', text: MAREK_QUOTE, span: at(MAREK_QUOTE), sentence: at(`"${MAREK_QUOTE},"`), speakerKey: 'p1', speakerText: 'Marek',
      cueVerb: 'said', attribution: 'EXPLICIT_NAME', cuePass: 'inverted', speakerPass: 'name', confidence: 0.95, eventKey: 'e1',
    }],
  } as ExtractedArticle;
}
