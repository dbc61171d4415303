/**
 * In-article resolution of people: full names merged by fold key (transliteration) or a small
 * edit distance (misspelling); surname-only mentions go to the most recent person with that
 * surname (the next one when none precedes). Two people sharing a surname stay two.
 */
import type { AliasReason, ExtractedAlias, ExtractedPerson, ExtractedRole, Span } from '../types';
import type { PersonDraft } from '../entities/draft';
import { foldAccents, nameKey, surnameKey } from '../../text/fold';
import { isMisspelling } from '../text/similarity';
import { PATRONYMIC_PARTICLES } from '../lexicon/names';
import { alternation } from '../text/alternation';

interface Cluster { drafts: PersonDraft[]; reasons: Map<string, AliasReason> }

const wordsOf = (n: string) => n.trim().split(/\s+/).length;

/** Arabic names by lineage ("Nadia bin Salem Al Qasimi") are shortened to the given name ("Sheikha Nadia"). */
const PATRONYMIC = new RegExp(`\\s(?:${alternation(PATRONYMIC_PARTICLES)})\\s`);

function similarFullName(a: string, b: string): AliasReason | null {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return foldAccents(a) === foldAccents(b) ? 'VARIANT' : 'TRANSLITERATION';
  if (wordsOf(a) === wordsOf(b) && isMisspelling(ka, kb, 'personName')) return 'MISSPELLING';
  return null;
}

function clusterFullNames(full: PersonDraft[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const d of full) {
    let reason: AliasReason | null = null;
    const c = clusters.find((x) => (reason = similarFullName(x.drafts[0].name, d.name)) !== null);
    if (c) { c.drafts.push(d); if (d.name !== c.drafts[0].name) c.reasons.set(d.name, reason ?? 'VARIANT'); }
    else clusters.push({ drafts: [d], reasons: new Map() });
  }
  return clusters;
}

/** The cluster a single-word mention belongs to: most recent before it, else the next one. */
function clusterForSurname(clusters: Cluster[], d: PersonDraft): Cluster | null {
  const key = surnameKey(d.name);
  let same = clusters.filter((c) => c.drafts.some((x) => wordsOf(x.name) > 1 && surnameKey(x.name) === key));
  if (!same.length) same = clusters.filter((c) => c.drafts.some((x) => (wordsOf(x.name) === 2 || PATRONYMIC.test(x.name)) && nameKey(x.name).split(' ')[0] === nameKey(d.name)));
  if (!same.length) return null;
  const last = (c: Cluster) => Math.max(-1, ...c.drafts.filter((x) => x.span.start < d.span.start).map((x) => x.span.start));
  const before = same.filter((c) => last(c) >= 0).sort((a, b) => last(b) - last(a));
  if (before.length) return before[0];
  return same.sort((a, b) => a.drafts[0].span.start - b.drafts[0].span.start)[0];
}

/** Groups person drafts into clusters of one person each. */
function clusterPeople(drafts: PersonDraft[]): Cluster[] {
  const sorted = [...drafts].sort((a, b) => a.span.start - b.span.start);
  const clusters = clusterFullNames(sorted.filter((d) => wordsOf(d.name) > 1));
  const singles: Cluster[] = [];
  for (const d of sorted.filter((x) => wordsOf(x.name) === 1)) {
    const c = clusterForSurname(clusters, d);
    if (c) { c.drafts.push(d); if (!c.reasons.has(d.name)) c.reasons.set(d.name, 'SURNAME'); continue; }
    const own = singles.find((s) => nameKey(s.drafts[0].name) === nameKey(d.name));
    if (own) own.drafts.push(d);
    else if (!d.surnameOnly) singles.push({ drafts: [d], reasons: new Map() });
  }
  return [...clusters, ...singles].sort((a, b) => a.drafts[0].span.start - b.drafts[0].span.start);
}

function canonical(c: Cluster): string {
  const names = c.drafts.filter((d) => c.reasons.get(d.name) !== 'MISSPELLING').map((d) => d.name);
  return names.sort((a, b) => wordsOf(b) - wordsOf(a) || names.filter((n) => n === b).length - names.filter((n) => n === a).length)[0] ?? c.drafts[0].name;
}

export interface ResolvedPeople {
  people: ExtractedPerson[];
  /** Key of the person with a mention overlapping `span`, or null. */
  keyAt(span: Span): string | null;
}

/** Whether a credited name is a person already found ("A. Quill" or "Quill" for "Ada Quill"). */
function isKnown(people: ExtractedPerson[], credit: string): boolean {
  const [given] = nameKey(credit).split(' ');
  return people.some((p) => [p.name, ...p.aliases.map((a) => a.name)].some((n) => nameKey(n) === nameKey(credit)
    || (surnameKey(n) === surnameKey(credit) && (wordsOf(n) === 1 || nameKey(n)[0] === given[0]))));
}

/** Credited people (by-lines, photo credits) not named in the body: people without mentions. */
function addCredits(people: ExtractedPerson[], credits: string[]): void {
  for (const name of credits) {
    if (isKnown(people, name)) continue;
    people.push({ key: `person:${people.length + 1}`, name, aliases: [], mentions: [], roles: [] });
  }
}

/**
 * Merge person drafts into people; `orgKeyAt` maps a title's organization span to its key;
 * `credits` are the names the page credits, added when the body does not name them.
 */
export function resolvePeople(drafts: PersonDraft[], orgKeyAt: (s: Span) => string | null, credits: string[] = []): ResolvedPeople {
  const people = clusterPeople(drafts).map((c, i): ExtractedPerson => {
    const name = canonical(c);
    const aliases: ExtractedAlias[] = [];
    for (const d of c.drafts) {
      if (d.name === name || aliases.some((a) => a.name === d.name)) continue;
      aliases.push({ name: d.name, reason: c.reasons.get(d.name) ?? (wordsOf(d.name) === 1 ? 'SURNAME' : 'VARIANT') });
    }
    const roles: ExtractedRole[] = [];
    for (const d of c.drafts) {
      for (const r of [{ title: d.title, orgSpan: d.orgSpan }, ...(d.extraRoles ?? [])]) {
        if (!r.title || roles.some((x) => x.title.toLowerCase() === r.title?.toLowerCase())) continue;
        roles.push({ title: r.title, organizationKey: r.orgSpan ? orgKeyAt(r.orgSpan) : null });
      }
    }
    const mentions = c.drafts.map((d) => d.span).sort((a, b) => a.start - b.start);
    return { key: `person:${i + 1}`, name, aliases, mentions, roles };
  });
  addCredits(people, credits);
  const keyAt = (s: Span) => people.find((p) => p.mentions.some((m) => m.start < s.end && s.start < m.end))?.key ?? null;
  return { people, keyAt };
}
