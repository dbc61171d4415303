import type { ExtractedArticle, ExtractedQuote } from '../../src/extraction/types';

/**
 * A hand-built extraction result for persist and query tests that must not depend on how good
 * the extraction is: article `i` quotes speaker `i % speakers` (a fictional official of the
 * fictional Ministry of Coastal Affairs) twice, once directly and once in reported speech.
 */
export function fixtureArticle(i: number, speakers = 3): ExtractedArticle {
  const surname = ['Kovac', 'Lindqvist', 'Moreau', 'Okafor', 'Haddad'][i % speakers];
  const given = ['Anna', 'Erik', 'Claire', 'Chidi', 'Layla'][i % speakers];
  const direct = `Harbour number ${i} will reopen before winter`;
  const body = `VELMORA, 3 March (Norland Wire) - Minister of Coastal Affairs ${given} ${surname} visited harbour ${i}. "${direct}," ${surname} said. The harbour is busy, ${surname} noted.`;
  const at = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
  const quote = (q: Partial<ExtractedQuote> & Pick<ExtractedQuote, 'kind' | 'text'>): ExtractedQuote => ({
    span: at(q.text), sentence: at(q.text), speakerKey: 'p1', speakerText: surname, cueVerb: 'said',
    attribution: 'EXPLICIT_NAME', cuePass: null, speakerPass: null, confidence: 0.95, eventKey: null, ...q,
  });
  return {
    headline: `Harbour ${i} to reopen`, body, publishedAt: new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString().replace('.000Z', '+00:00'),
    source: 'Norland Wire', section: 'Economy', dateline: 'Velmora', datelineLength: 0, language: 'en', warnings: [],
    paragraphs: [{ start: 0, end: body.length }], sentences: [{ start: 0, end: body.length }],
    people: [{ key: 'p1', name: `${given} ${surname}`, aliases: [{ name: surname, reason: 'SURNAME' }], mentions: [at(`${given} ${surname}`)], roles: [{ title: 'Minister', organizationKey: 'o1' }] }],
    organizations: [{ key: 'o1', name: 'Ministry of Coastal Affairs', acronym: 'MCA', kind: 'MINISTRY', aliases: [], mentions: [at('Coastal Affairs')] }],
    places: [{ key: 'l1', name: 'Velmora', kind: 'CITY', aliases: [], mentions: [at('VELMORA')] }],
    events: [{ key: 'e1', name: 'Harbour Reopening Week', kind: 'OTHER', startDate: '2026-03-01', endDate: null, placeKey: 'l1', participantKeys: ['p1', 'o1'], aliases: [], mentions: [] }],
    quotes: [
      quote({ kind: 'DIRECT', text: direct, eventKey: 'e1' }),
      quote({ kind: 'INDIRECT', text: 'The harbour is busy', cueVerb: 'noted' }),
    ],
  };
}
