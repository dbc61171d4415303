/**
 * In-article resolution of organizations: one organization per fold key; misspelt full names
 * (edit distance <= 2, same initials) merged under the correctly spelt one; acronyms attached by
 * explicit "(ACR)" or by initials; short forms ("the Academy of Sciences", "Belarus' academy of
 * sciences") merged into the full name that contains their words.
 */
import type { AliasReason, ExtractedOrganization, Span } from '../types';
import type { OrgDraft } from '../entities/draft';
import { nameKey } from '../../text/fold';
import { contentWords, initials, isMisspelling } from '../text/similarity';
import { countryOf, lookupPlace } from '../lexicon/gazetteer';
import { orgHeadKind } from '../lexicon/organizations';
import { orgKind } from '../entities/organizations';
import { DEMONYM_SUFFIXES } from '../lexicon/places';
import { alternation } from '../text/alternation';

const DEMONYM_SUFFIX = new RegExp(`^(${alternation(DEMONYM_SUFFIXES)})$`);

interface Cluster { drafts: OrgDraft[]; reasons: Map<string, AliasReason>; acronym: string | null }

/** Content words with countries folded ("Belarus'", "Belarusian" -> "belarus"). */
function words(name: string): string[] {
  return contentWords(name).map((w) => (countryOf(w)?.toLowerCase() ?? w));
}

const names = (c: Cluster) => c.drafts.map((d) => d.name);
const allWords = (c: Cluster) => new Set(names(c).flatMap(words));
const firstAt = (c: Cluster) => Math.min(Infinity, ...c.drafts.map((d) => d.span.start).filter((x) => x >= 0));

/** A word of a name, or a place/demonym pair of it ("veloria" ~ "velorian"). */
function hasWord(set: Set<string>, word: string): boolean {
  if (set.has(word)) return true;
  if ([...set].some((w) => isMisspelling(w, word, 'nameWord'))) return true;
  return word.length >= 5 && [...set].some((w) => (w.startsWith(word) && DEMONYM_SUFFIX.test(w.slice(word.length))) || (word.startsWith(w) && w.length >= 5 && DEMONYM_SUFFIX.test(word.slice(w.length))));
}

/** A spelling score: words the gazetteer knows count for a name. */
function spelling(name: string): number {
  return name.split(/\s+/).filter((w) => lookupPlace(w.replace(/['’]s?$/, '')) || countryOf(w)).length;
}

function misspelt(a: string, b: string): boolean {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return initials(a) === initials(b) && isMisspelling(la, lb, 'organizationName');
}

/** A bare legislature or government named as a proper noun ("passed by Congress"): the one head word that is a name. */
const isBody = (c: Cluster) => c.drafts.some((d) => d.strength === 'STRONG' && (d.kind === 'PARLIAMENT' || d.kind === 'GOVERNMENT'));

function mergeInto(target: Cluster, from: Cluster, reason: AliasReason): void {
  target.drafts.push(...from.drafts);
  for (const n of names(from)) if (!target.reasons.has(n)) target.reasons.set(n, from.reasons.get(n) ?? reason);
  target.acronym ??= from.acronym;
}

function byKey(drafts: OrgDraft[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const d of drafts) {
    const c = clusters.find((x) => nameKey(x.drafts[0].name) === nameKey(d.name));
    if (c) { c.drafts.push(d); c.acronym ??= d.acronym; if (d.name !== c.drafts[0].name && !c.reasons.has(d.name)) c.reasons.set(d.name, 'VARIANT'); }
    else clusters.push({ drafts: [d], reasons: new Map(), acronym: d.acronym });
  }
  return clusters;
}

/** Merge misspelt names; the better spelt (then more frequent) name leads. */
function mergeMisspellings(clusters: Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  for (const c of clusters) {
    const twin = out.find((o) => misspelt(o.drafts[0].name, c.drafts[0].name));
    if (!twin) { out.push(c); continue; }
    const [good, bad] = spelling(c.drafts[0].name) > spelling(twin.drafts[0].name) ? [c, twin] : [twin, c];
    bad.reasons.set(bad.drafts[0].name, 'MISSPELLING');
    mergeInto(good, bad, 'MISSPELLING');
    if (good !== twin) out[out.indexOf(twin)] = good;
  }
  return out;
}

/** The full-name cluster a short form or acronym belongs to, or null. */
function ownerOf(clusters: Cluster[], c: Cluster): Cluster | null {
  const d = c.drafts[0];
  const candidates = clusters.filter((o) => o !== c && o.drafts.some((x) => x.strength === 'STRONG'));
  // a well-known body written by its acronym is a whole name: it joins only its own full name
  if (d.expansion) return candidates.find((o) => names(o).some((n) => nameKey(n) === nameKey(d.expansion!))) ?? null;
  if (d.acronym && d.name === d.acronym) {
    return candidates.find((o) => o.acronym === d.acronym) ?? candidates.find((o) => names(o).some((n) => initials(n) === d.acronym && n.split(/\s+/).length > 1)) ?? null;
  }
  const w = words(d.name);
  if (!w.some((x) => orgHeadKind(x))) {
    const prefixOf = candidates.filter((o) => names(o).some((n) => words(n).length > w.length && words(n).slice(0, w.length).join(' ') === w.join(' ')));
    return w.length >= 2 || d.strength !== 'WEAK' ? prefixOf[0] ?? null : null;
  }
  const owners = candidates.filter((o) => w.length < Math.max(...names(o).map((n) => words(n).length)) && w.every((x) => hasWord(allWords(o), x)));
  return owners.sort((a, b) => Math.abs(firstAt(a) - d.span.start) - Math.abs(firstAt(b) - d.span.start))[0] ?? null;
}

/** Attach short forms and acronyms; drop weak or generic leftovers. */
function attachShortForms(clusters: Cluster[]): Cluster[] {
  const order = [...clusters].sort((a, b) => words(a.drafts[0].name).length - words(b.drafts[0].name).length);
  const merged = new Set<Cluster>();
  for (const c of order) {
    const owner = ownerOf(clusters.filter((x) => !merged.has(x)), c);
    if (!owner) continue;
    const isAcronym = c.drafts[0].name === c.drafts[0].acronym;
    for (const n of names(c)) if (!owner.reasons.has(n)) owner.reasons.set(n, isAcronym ? 'ACRONYM' : 'SHORT_FORM');
    owner.drafts.push(...c.drafts);
    owner.acronym ??= isAcronym ? c.drafts[0].acronym : c.acronym;
    merged.add(c);
  }
  return clusters.filter((c) => !merged.has(c) && c.drafts.some((d) => d.strength !== 'WEAK') && !(words(c.drafts[0].name).length === 1 && orgHeadKind(c.drafts[0].name) && !isBody(c)));
}

function canonical(c: Cluster): string {
  const good = c.drafts.filter((d) => d.strength !== 'WEAK' && !['MISSPELLING', 'ACRONYM', 'SHORT_FORM'].includes(c.reasons.get(d.name) ?? ''));
  const pool = good.length ? good : c.drafts;
  return pool.map((d) => d.name).sort((a, b) => b.length - a.length)[0];
}

export interface ResolvedOrgs {
  organizations: ExtractedOrganization[];
  keyAt(span: Span): string | null;
}

/** Merge organization drafts into organizations with aliases and acronyms. */
export function resolveOrganizations(drafts: OrgDraft[]): ResolvedOrgs {
  const sorted = [...drafts].sort((a, b) => a.span.start - b.span.start);
  const clusters = attachShortForms(mergeMisspellings(byKey(sorted)));
  const organizations = clusters.sort((a, b) => firstAt(a) - firstAt(b)).map((c, i): ExtractedOrganization => {
    const name = canonical(c);
    const aliases = [...new Set(names(c))].filter((n) => n !== name).map((n) => ({ name: n, reason: c.reasons.get(n) ?? 'VARIANT' }));
    if (c.acronym && c.acronym !== name && !aliases.some((a) => a.name === c.acronym)) aliases.push({ name: c.acronym, reason: 'ACRONYM' });
    for (const full of new Set(c.drafts.map((d) => d.expansion).filter((x): x is string => !!x))) {
      if (full !== name && !aliases.some((a) => a.name === full)) aliases.push({ name: full, reason: 'ACRONYM' });
    }
    const mentions = c.drafts.map((d) => d.span).filter((m) => m.start >= 0).sort((a, b) => a.start - b.start);
    const known = c.drafts.find((d) => d.kind !== 'OTHER' && d.name === name)?.kind;
    return { key: `org:${i + 1}`, name, aliases, mentions, acronym: c.acronym, kind: known ?? orgKind(name) };
  });
  const keyAt = (s: Span) => organizations.find((o) => o.mentions.some((m) => m.start < s.end && s.start < m.end))?.key ?? null;
  return { organizations, keyAt };
}
