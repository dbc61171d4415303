/**
 * Stage 4, resolve (within one article): merge mention drafts into entities with aliases,
 * wire title chains to organizations, quote speakers to people and quotes to events.
 */
import type { ExtractedArticle, ExtractedOrganization, ExtractedPerson, NormalizedArticle, Segmentation } from '../types';
import type { EntityDrafts } from '../entities/draft';
import type { QuoteDraft } from '../quotes/draft';
import { resolvePeople } from './people';
import { resolveOrganizations } from './organizations';
import { withPageOutlets } from './outlets';
import { rolesFromEpithets } from './quotes';
import { honorificTitles } from './honorifics';
import { rolesFromNarration } from './role-anaphora';
import { rolesFromPluralLists } from './plural-roles';
import { attributeSpeakers } from './speaker-passes';
import { linkQuoteEvents, resolveEvents, resolvePlaces } from './events';

/**
 * Build the final article: entities merged in-article, every cross reference by key.
 * `quotes` are the direct and indirect drafts in body order.
 */
export function resolve(article: NormalizedArticle, seg: Segmentation, quotes: QuoteDraft[], drafts: EntityDrafts): ExtractedArticle {
  const orgs = resolveOrganizations(drafts.organizations);
  const people = resolvePeople(drafts.people, orgs.keyAt, article.credits ?? []);
  const organizations = withPageOutlets(withoutPersonNames(orgs.organizations, people.people), people.people, article.creditAgencies ?? [], article.site ?? null);
  const places = resolvePlaces(drafts.places);
  const events = resolveEvents(drafts.events, places);
  const ordered = [...quotes].sort((a, b) => a.span.start - b.span.start);
  const resolved = attributeSpeakers(ordered, { body: article.body, paragraphs: seg.paragraphs, people: people.people, keyAt: people.keyAt });
  rolesFromEpithets(resolved, people.people);
  honorificTitles(article.body, people.people);
  rolesFromPluralLists(article.body, seg, people.people);
  rolesFromNarration(article.body, seg, people.people, resolved);
  const datelinePlace = article.dateline ? places.find((p) => [p.name, ...p.aliases.map((a) => a.name)].some((n) => n.toLowerCase() === article.dateline?.toLowerCase()))?.key ?? null : null;
  linkQuoteEvents(resolved, ordered, events, {
    body: article.body, date: article.publishedAt?.slice(0, 10) ?? null, datelinePlaceKey: datelinePlace,
    roleOrgs: (key) => people.people.find((p) => p.key === key)?.roles ?? [],
  });
  return {
    ...article, ...seg,
    people: people.people, organizations, places, events,
    quotes: resolved,
  };
}

/**
 * "Ruiz spokeswoman Lena Park": a one-word "organization" before a role that is a person of the
 * article (their name or an alias) is that person, not a body; it is dropped with its role links.
 */
function withoutPersonNames(orgs: ExtractedOrganization[], people: ExtractedPerson[]): ExtractedOrganization[] {
  const names = new Set(people.flatMap((p) => [p.name, p.name.split(/\s+/).pop() ?? '', ...p.aliases.map((a) => a.name)]).map((n) => n.toLowerCase()));
  const dropped = new Set(orgs.filter((o) => !/\s/.test(o.name) && !o.acronym && names.has(o.name.toLowerCase())).map((o) => o.key));
  if (!dropped.size) return orgs;
  for (const p of people) for (const r of p.roles) if (r.organizationKey && dropped.has(r.organizationKey)) r.organizationKey = null;
  return orgs.filter((o) => !dropped.has(o.key));
}
