/**
 * Roles as evidence that a surname alone means a known person: the same organization, or the
 * same title ("Foreign Minister" and "Velorian Foreign Minister"). Pure.
 */
import { HEAD_ROLE_WORDS, ROLE_WORDS } from '../extraction/lexicon/words';
import { NAME_MINOR_WORDS } from '../extraction/lexicon/generic-names';
import { foldAccents } from '../text/fold';

/** One role of a person: its title and, when known, its organization's database id. */
export interface RoleEvidence {
  title: string;
  organizationId: number | null;
}

interface TitleWords { heads: Set<string>; ranks: Set<string>; others: string[] }

/** Office words ("minister"), rank words ("deputy", "first", "acting") and the rest ("foreign"). */
function titleWords(title: string): TitleWords {
  const words = foldAccents(title).split(/[^\p{L}\d-]+/u).filter((w) => w && !NAME_MINOR_WORDS.has(w));
  const rank = (w: string) => ROLE_WORDS.has(w) && !HEAD_ROLE_WORDS.has(w);
  return { heads: new Set(words.filter((w) => HEAD_ROLE_WORDS.has(w))), ranks: new Set(words.filter(rank)), others: words.filter((w) => !ROLE_WORDS.has(w)) };
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Whether a role title names an office at all (not only "first", "former" or "acting"). */
export function isRoleTitle(title: string): boolean {
  return titleWords(title).heads.size > 0;
}

/**
 * Same organization, or titles with the same office and rank words whose other words agree
 * (one's all among the other's): "President" ~ "President of Norland"; "Minister" and "Deputy
 * Minister" differ.
 */
export function sameRole(a: RoleEvidence, b: RoleEvidence): boolean {
  if (a.organizationId !== null && a.organizationId === b.organizationId) return true;
  const ta = titleWords(a.title);
  const tb = titleWords(b.title);
  if (ta.heads.size === 0 || !sameSet(ta.heads, tb.heads) || !sameSet(ta.ranks, tb.ranks)) return false;
  const [small, big] = ta.others.length <= tb.others.length ? [ta.others, tb.others] : [tb.others, ta.others];
  return small.every((w) => big.includes(w));
}
