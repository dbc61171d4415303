/**
 * Stage 3c, entities: mention-level drafts of people, organizations, places and events.
 * Runs after the quote stages, whose speaker phrases are strong person evidence. Nothing is
 * taken from inside a quoted title ("forum \"Innovative Development ...\"") but the event.
 */
import type { Segmentation, Span } from '../types';
import type { EntityDrafts, OrgDraft, PersonDraft } from './draft';
import { overlaps, within } from './draft';
import type { QuoteDraft } from '../quotes/draft';
import { findQuotedRuns } from '../quotes/marks';
import { findPeople } from './people';
import { findOrganizations, headlineOrganizations } from './organizations';
import { findPlaces } from './places';
import { findEvents } from './events';
import { employerOrganizations } from './employers';
import { orgHeadKind } from '../lexicon/organizations';
import { lookupPlace } from '../lexicon/gazetteer';
import { ADJECTIVE_SUFFIXES } from '../lexicon/words';
import { alternation } from '../text/alternation';

const COMMON_WORD = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?:${alternation(ADJECTIVE_SUFFIXES)})$`, 'u');

export interface EntityContext {
  /** The dateline place ("Minsk"), when there is one. */
  dateline: string | null;
  /** The article's own agency: not an organization of the story. */
  source: string | null;
  /** Publication year, for "last year". */
  year: number | null;
  /** The headline: organization names there become aliases (never mentions). */
  headline?: string;
}

/** Quoted runs that are not direct quotes: titles and terms. */
function titleSpans(body: string, seg: Segmentation, quotes: QuoteDraft[]): Span[] {
  const direct = quotes.filter((q) => q.kind === 'DIRECT');
  return findQuotedRuns(body, seg.paragraphs).map((r) => r.text).filter((t) => !direct.some((d) => overlaps(d.span, t)));
}

/** "Opposition leader", "Political analyst": a single common word before a role is no organization. */
function isCommonWordOrg(text: string): boolean {
  return COMMON_WORD.test(text);
}

/**
 * "Tarrow Council Votes for More Buses" over a story that says only "the council": the headline's
 * name, cut after its head word, is the body the story names by that head word in lower case.
 */
function headlineBodies(body: string, orgs: OrgDraft[]): OrgDraft[] {
  const out: OrgDraft[] = [];
  for (const o of orgs.filter((d) => d.span.start < 0)) {
    const words = o.name.split(/\s+/);
    const h = words.findIndex((w) => orgHeadKind(w));
    if (h < 1 || words.slice(0, h).some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    const name = words.slice(0, h + 1).join(' ');
    // another body of that kind in the story may be the one "the bank" means
    const kind = orgHeadKind(words[h]);
    if (orgs.some((d) => d.span.start >= 0 && d.strength !== 'WEAK' && (d.name.includes(name) || d.kind === kind))) continue;
    const m = new RegExp(String.raw`\bthe (${words[h].toLowerCase()})\b`).exec(body);
    if (!m) continue;
    const start = m.index + 4;
    out.push({ name, span: { start, end: start + m[1].length }, acronym: null, kind: kind ?? 'OTHER', strength: 'STRONG' });
  }
  return out;
}

/** "St. Louis Hawks": a name right after "St." is a place's (and a team's), not a person's. */
const afterSaint = (body: string, s: Span) => /(?<![\p{L}.])St\.?[ \t]+$/u.test(body.slice(Math.max(0, s.start - 4), s.start));

/** "Senate Majority Leader": the side of a chamber belongs to the title; the body is "Senate". */
function withoutSide(body: string, s: Span): Span {
  const m = /\s+(?:Majority|Minority)$/.exec(body.slice(s.start, s.end));
  return m && m.index > 0 ? { start: s.start, end: s.start + m.index } : s;
}

function placeHints(people: PersonDraft[]): string[] {
  return people.map((p) => p.place).filter((p): p is string => !!p && !lookupPlace(p));
}

/**
 * Entity mentions of the body: people (with title chains and appositives), organizations,
 * places and events, before in-article resolution.
 */
export function extractEntities(body: string, seg: Segmentation, quotes: QuoteDraft[], ctx: EntityContext): EntityDrafts {
  const titles = titleSpans(body, seg, quotes);
  const speakers = quotes.map((q) => q.speaker).filter((s): s is NonNullable<typeof s> => s !== null);
  let people = findPeople(body, seg, speakers).filter((p) => !titles.some((t) => within(p.span, t)) && !afterSaint(body, p.span));
  const orgSpans = people.map((p) => p.orgSpan).filter((s): s is Span => s !== null && !isCommonWordOrg(body.slice(s.start, s.end))).map((s) => withoutSide(body, s));
  const events = findEvents(body, seg.sentences, ctx.year);
  const found = findOrganizations(body, orgSpans, ctx.source);
  // "Kestrel's Ana Vey", "the Velmora vaccine": organizations named as employers and makers, once the people are known
  found.push(...employerOrganizations(body, people).filter((e) => e.name !== ctx.source && !found.some((o) => o.strength !== 'WEAK' && overlaps(o.span, e.span))));
  // "his official Kestrel account": a one-word "person" that a strong organization cue names exactly is that organization
  const sameSpan = (p: { span: Span }) => found.some((o) => o.strength === 'STRONG' && o.span.start === p.span.start && o.span.end === p.span.end);
  people = people.filter((p) => /\s/.test(p.name) || p.surnameOnly || !sameSpan(p));
  const organizations = found
    .filter((o) => !titles.some((t) => within(o.span, t)) && !events.some((e) => overlaps(e.span, o.span) && !within(e.span, o.span)))
    .filter((o) => !people.some((p) => !p.surnameOnly && overlaps(p.span, o.span)))
    .concat(headlineOrganizations(ctx.headline ?? ''));
  organizations.push(...headlineBodies(body, organizations));
  const strongSpans = organizations.filter((o) => o.strength === 'STRONG').map((o) => o.span);
  people = people.filter((p) => !(p.surnameOnly && strongSpans.some((s) => overlaps(s, p.span))));
  const eventPlaces = events.map((e) => e.placeSpan).filter((s): s is Span => !!s).map((s) => body.slice(s.start, s.end));
  const strongOrgs = organizations.filter((o) => o.strength !== 'WEAK');
  const places = findPlaces(body, ctx.dateline, [...placeHints(people), ...eventPlaces.filter((p) => !lookupPlace(p))])
    .filter((pl) => !people.some((p) => overlaps(p.span, pl.span)) && !strongOrgs.some((o) => within(pl.span, o.span) && o.span.end - o.span.start > pl.span.end - pl.span.start))
    .filter((pl) => !titles.some((t) => within(pl.span, t)));
  return { people, organizations, places, events };
}
