/**
 * Titles a name carries in its own words: the honorific written right before a mention ("Dr. Ana
 * Vey", "Mr Vey", "Dame Ana Vey") and the degrees or honours written right after it ("Ana Vey,
 * M.D., M.P.H."). Each is one of the person's titles as written, with no organization.
 */
import type { ExtractedPerson } from '../types';
import { COURTESY_HONORIFICS, POST_NOMINALS } from '../lexicon/words';
import { alternation } from '../text/alternation';

const BEFORE = /(?:^|[\s(“"‘])([A-Z][a-z]{1,4}\.?)\s+$/;
const AFTER = new RegExp(String.raw`^((?:,?\s*(?:${alternation(POST_NOMINALS)})(?![\p{L}]))+)`, 'u');

function addTitle(person: ExtractedPerson, title: string): void {
  const t = title.trim();
  if (!person.roles.some((r) => r.title.toLowerCase() === t.toLowerCase())) person.roles.push({ title: t, organizationKey: null });
}

export function honorificTitles(body: string, people: ExtractedPerson[]): void {
  for (const p of people) {
    for (const m of p.mentions) {
      const before = BEFORE.exec(body.slice(Math.max(0, m.start - 8), m.start));
      if (before && COURTESY_HONORIFICS.has(before[1].toLowerCase())) addTitle(p, before[1]);
      const after = AFTER.exec(body.slice(m.end, m.end + 40));
      if (after) for (const t of after[1].split(/,\s*/).filter((x) => x.trim())) addTitle(p, t);
    }
  }
}
