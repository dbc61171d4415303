/**
 * Credits: the people a page names as the story's makers on lines around (or inside) it:
 * by-lines ("By Ada Quill and Tomas Reyl"), author lines ("Author:" then a name, a name with the
 * date beside it), photo credits ("Photo: Ada Quill / Agency", "(Agency Photo/Ada Quill)"),
 * contact and contribution lines ("Ada Quill can be reached at ...", "... contributed to this
 * report"). They are people of the article, though they never speak in it.
 */
import { AUTHOR_LABELS, CONTACT_TAILS, CREDIT_LEADS, CREDIT_TAILS, DATE_LABELS, PHOTO_AGENCIES, PHOTO_CREDIT_LABELS } from '../lexicon/furniture';
import { NAME_PARTICLES } from '../lexicon/names';
import { lookupPlace } from '../lexicon/gazetteer';
import { knownOrg } from '../lexicon/organizations';
import { AGENCIES } from '../lexicon/agencies';
import { isOrgHead } from '../entities/title-chain';
import { givenNameGender, isNameWord, isRoleWord } from '../text/tokens';
import { alternation } from '../text/alternation';
import { findDates } from './dates';

const WORD = String.raw`(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}'’-]+)`;
const PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
/** Two to four name words, lower-case particles allowed between them ("Lena K. Oduro", "Ana de la Vega"). */
const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+){0,2}(?:${WORD})){1,3}`;

const BYLINE = new RegExp(String.raw`(?:^|\s|[-–—(])(?:${alternation([...CREDIT_LEADS, 'BY'])})\s+([^;()]+)`, 'gu');
const PHOTO_LABEL = new RegExp(String.raw`(?:${alternation(PHOTO_CREDIT_LABELS)})s?\s*(?:by\s+|[:/]\s*)(${NAME})(?=\s*(?:[/|)]|$))`, 'gu');
const NAME_SLASH_AGENCY = new RegExp(String.raw`(?:^|[.©(]\s*)(${NAME})\s*/\s*([\p{L}&. ]+?)\s*(?:/|\)|$)`, 'gu');
const AUTHOR_LABEL = new RegExp(String.raw`^(?:${alternation(AUTHOR_LABELS)})s?\s*:\s*(${NAME})?$`, 'iu');
const NAME_TAIL = new RegExp(String.raw`(?:^|[•*·–-]\s*|\p{Ll}\s+)(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)(?:\s+in\s+\p{Lu}[\p{L}'’-]+)?\s+(?:${alternation([...CREDIT_TAILS, ...CONTACT_TAILS])})\b`, 'u');
const ALONE = new RegExp(String.raw`^(${NAME})$`, 'u');
const GUARDIAN = new RegExp(String.raw`^(${NAME})\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$`, 'u');

/** "ELSA MORK" -> "Elsa Mork"; names in mixed case stay as written. */
function caseName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** A credited name: every word a name word, no organization, place, agency or date word. */
export function personName(raw: string): string | null {
  const name = caseName(raw.trim().replace(/\s+/g, ' ').replace(/(\p{L}{2})[.,:]$/u, '$1'));
  const words = name.split(' ').filter((w) => !NAME_PARTICLES.has(w));
  if (words.length < 2 || words.length > 4) return null;
  const initials = (w: string) => /^(?:\p{Lu}\.){1,3}$/u.test(w);
  const nameWord = (w: string) => isNameWord(w) && !isRoleWord(w.replace(/s$/, '')) && !isOrgHead(w) && !AGENCIES[w.toLowerCase()] && !DATE_LABELS.includes(w.toLowerCase());
  if (!words.every((w) => initials(w) || nameWord(w)) || initials(words[words.length - 1])) return null;
  if (lookupPlace(name) || knownOrg(name)) return null;
  return name;
}

/** "Ada Quill, Tomas Reyl and Ida Berg, Staff Writers": the names before the first non-name part. */
function nameList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/\s*(?:,|\band\b|&)\s*/u)) {
    const name = personName(part);
    if (!name) break;
    out.push(name);
  }
  return out;
}

const isAgency = (s: string) => !!AGENCIES[s.toLowerCase()] || PHOTO_AGENCIES.includes(s.toLowerCase()) || /^[\p{Lu}&.]{2,}$/u.test(s);

/** A line that starts with a full date ("1 June 2022, 19:12"). */
const isDateLine = (line: string) => findDates(line).some((d) => (d.index ?? 99) <= 2);

/** Names credited on one line (by-line, photo credit, contact or contribution line). */
function lineCredits(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(BYLINE)) out.push(...nameList(m[1].replace(/\s*\(.*$/, '')));
  for (const m of line.matchAll(PHOTO_LABEL)) out.push(...nameList(m[1]));
  for (const m of line.matchAll(NAME_SLASH_AGENCY)) if (isAgency(m[2])) out.push(...nameList(m[1]));
  const tail = NAME_TAIL.exec(line);
  if (tail) out.push(...nameList(tail[1]));
  return out;
}

/** Names on lines of their own that the lines beside them mark as the author's. */
function authorLine(lines: string[], i: number, headerEnd: number): string[] {
  const line = lines[i];
  const label = AUTHOR_LABEL.exec(line);
  if (label) {
    const next = label[1] ?? lines.slice(i + 1, i + 3).find((l) => l.trim())?.trim() ?? '';
    const name = personName(ALONE.exec(next)?.[1] ?? '');
    return name ? [name] : [];
  }
  if (i >= headerEnd) return [];
  const dated = new RegExp(String.raw`^(${NAME})\s+(.+)$`, 'u').exec(line);
  if (dated && isDateLine(dated[2])) return nameList(dated[1]);
  const alone = ALONE.exec(line)?.[1] ?? GUARDIAN.exec(line)?.[1];
  if (!alone) return [];
  const next = lines.slice(i + 1).find((l) => l.trim()) ?? '';
  const given = givenNameGender(alone.split(' ')[0]) !== null;
  return given || isDateLine(next) ? nameList(alone) : [];
}

/**
 * People credited anywhere on the page: by-lines, author lines before the story (`headerEnd`
 * is the index of its first line), photo credits, contact and contribution lines. One entry a name.
 */
export function findCredits(lines: string[], headerEnd: number, byline: string | null = null): string[] {
  const names = new Map<string, string>();
  for (const n of byline ? nameList(byline.replace(/^by\s+/i, '')) : []) names.set(n.toLowerCase(), n);
  const trimmed = lines.map((l) => l.trim());
  trimmed.forEach((line, i) => {
    if (!line || line.length > 1000) return;
    for (const n of [...lineCredits(line), ...authorLine(trimmed, i, headerEnd)]) {
      if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), n);
    }
  });
  return [...names.values()];
}
