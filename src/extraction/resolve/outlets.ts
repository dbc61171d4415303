/**
 * Organizations the page itself adds or takes away: agencies credited for its pictures join as
 * organizations without mentions; the site's own outlet ("Harbour News" on harbour.com) is no
 * organization of the story.
 */
import type { ExtractedOrganization, ExtractedPerson } from '../types';
import { knownOrg } from '../lexicon/organizations';
import { namesSite } from '../normalize/site';

const folded = (s: string) => s.toLowerCase().replace(/^the\s+/, '');

/** `orgs` without the site's outlet (its role links cut), plus the credited agencies not already among them. */
export function withPageOutlets(orgs: ExtractedOrganization[], people: ExtractedPerson[], creditAgencies: string[], site: string | null): ExtractedOrganization[] {
  const kept = orgs.filter((o) => !namesSite(o.name, site, o.kind === 'MEDIA' || knownOrg(o.name)?.kind === 'MEDIA'));
  const dropped = new Set(orgs.filter((o) => !kept.includes(o)).map((o) => o.key));
  for (const p of people) for (const r of p.roles) if (r.organizationKey && dropped.has(r.organizationKey)) r.organizationKey = null;
  const names = new Set(kept.flatMap((o) => [o.name, ...o.aliases.map((a) => a.name), o.acronym ?? '']).map(folded));
  let next = orgs.length;
  for (const agency of creditAgencies) {
    if (names.has(folded(agency)) || namesSite(agency, site, true)) continue;
    names.add(folded(agency));
    kept.push({ key: `org:${++next}`, name: agency, aliases: [], mentions: [], acronym: /^\p{Lu}{2,}$/u.test(agency) ? agency : null, kind: 'MEDIA' });
  }
  return kept;
}
