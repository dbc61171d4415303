/**
 * Person mentions: names that a quote cue, a title, an appositive or a known given name marks
 * as a person; then surname-only mentions of those people. compromise's lexicon supplies given
 * names and common surnames (word lookups only: running its tagger per paragraph cost more than
 * the rest of the pipeline and found no name these cues miss).
 */
import type { Segmentation, Span } from '../types';
import type { PersonDraft } from './draft';
import type { SpeakerRef } from '../quotes/speaker';
import { chainBefore, chainWording, isOrgHead, parseChain, parsePersonPhrase, singularRole } from './title-chain';
import { isLexiconSurname, isNameParticle } from '../lexicon/names';
import { APPOSITIVE_END_WORDS, LOCATIVE_PREPOSITIONS } from '../lexicon/function-words';
import { alternation } from '../text/alternation';
import { givenNameGender, isCapitalized, isHonorific, isNameWord, isPartyMember, isRoleWord, tokenize, type Token } from '../text/tokens';
import { COURTESY_HONORIFICS, HEAD_ROLE_WORDS, POST_NOMINALS } from '../lexicon/words';
import { fullNamesOfSurnames, surnameMentions } from './surnames';
import { lookupPlace } from '../lexicon/gazetteer';
import { CLUB_WORDS, knownOrg } from '../lexicon/organizations';
import { CREDIT_LEADS, CREDIT_TAILS } from '../lexicon/furniture';

/** Index of the first token from `k` on that is not a name particle. */
function pastParticles(tokens: Token[], k: number): number {
  while (k < tokens.length && isNameParticle(tokens[k].text)) k++;
  return k;
}

/**
 * Length of the run of name words starting at token `i`: at most four name words, plus the
 * particles between them ("Omar bin Said Al Rami", "Ella ap Rhys", "Jan ten Berg").
 */
function nameRun(tokens: Token[], i: number): number {
  let k = i;
  let words = 0;
  while (k < tokens.length && words < 4) {
    const w = tokens[k].text;
    if (k > i && isNameParticle(w)) {
      const after = pastParticles(tokens, k);
      if (after === k || after - k > 2 || !isNameWord(tokens[after]?.text ?? '')) break;
      k = after;
      continue;
    }
    // 'Ramon "Rae" Ortiz': a quoted nickname between name words is part of the name
    if (k > i && /^["“]$/.test(w) && isNameWord(tokens[k + 1]?.text ?? '') && /^["”]$/.test(tokens[k + 2]?.text ?? '') && isNameWord(tokens[k + 3]?.text ?? '')) {
      k += 3;
      continue;
    }
    // "Burton Albion", "Kelso Rovers": a club word after a name makes the run a club, not a person
    if (k > i && CLUB_WORDS.includes(w)) return 0;
    const ok = (isNameWord(w) && !isOrgHead(w)) || /^\p{Lu}\.$/u.test(w);
    if (!ok) break;
    k++;
    words++;
  }
  const next = tokens[k]?.text ?? '';
  if (isOrgHead(next) || (isRoleWord(next) && isCapitalized(next))) return 0;
  return k - i;
}

/** "Anna Kovac of Veloria": a place (not an organization) right after a name. */
function placeAfterName(body: string, end: number): string | null {
  const m = /^\s+of\s+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-]|\s+(?:of|for)\b)/u.exec(body.slice(end, end + 60));
  return m && !m[1].split(' ').some((w) => isOrgHead(w)) ? m[1] : null;
}

function draftFrom(body: string, tokens: Token[], i: number, n: number): PersonDraft {
  const name: Span = { start: tokens[i].start, end: tokens[i + n - 1].end };
  const before = chainBefore(tokens, i);
  const chain = parseChain(before);
  const extra = chain.title ? dashedTitle(body, tokens, i - before.length) : null;
  return {
    name: body.slice(name.start, name.end).replace(/['’]s?$/, ''), span: name,
    title: chainWording(body, chain),
    orgSpan: chain.org, place: chain.place ?? placeAfterName(body, name.end), surnameOnly: false,
    ...(extra ? { extraRoles: [extra] } : {}),
  };
}

/** "Deputy Prime Minister of Veloria – Minister of Trade Ana Vey": the title before a dash that joins two titles. */
function dashedTitle(body: string, tokens: Token[], chainStart: number): { title: string; orgSpan: Span | null } | null {
  if (!/^[–—]$/.test(tokens[chainStart - 1]?.text ?? '') || !isCapitalized(tokens[chainStart - 2]?.text ?? '')) return null;
  const chain = parseChain(chainBefore(tokens, chainStart - 1));
  const title = chainWording(body, chain);
  return title ? { title, orgSpan: chain.org } : null;
}

/** "Hakeem Jeffries": two name words, the second a lexicon surname, the first no place. */
function surnameCue(tokens: Token[], start: number, n: number): boolean {
  return n === 2 && isLexiconSurname(tokens[start + 1].text) && !lookupPlace(tokens[start].text) && !isCapitalized(tokens[start - 1]?.text ?? '');
}

const LOCATIVE = new RegExp(`^(?:${alternation(LOCATIVE_PREPOSITIONS)})$`);
const appositive = (ends: string[]) => new RegExp(String.raw`^,\s+((?:(?:the|a|an)\s+)?[^,;()]{2,160}?)(?=\s*(?:,|;|\.(?:\s|$)|$|\((?=[^()]*\)\s*[,.;])|\s(?:${alternation(ends)})\b))`);
const APPOSITIVE = appositive(APPOSITIVE_END_WORDS);
/** The same, over an "and" inside the phrase ("Harold and Inge Brandt Dean of Law"). */
const APPOSITIVE_OVER_AND = appositive(APPOSITIVE_END_WORDS.filter((w) => w !== 'and'));

/** "Its vice-president in charge of transport, Élodie Fauchard": a role phrase, then a comma. */
function afterRolePhrase(body: string, from: number, at: number): boolean {
  const before = body.slice(Math.max(from, at - 80), at);
  const m = /(?:^|[,;:(]\s*)([^,;:()]+),\s*$/.exec(before);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/).slice(-6);
  return words.some((w) => /^\p{Ll}/u.test(w) && isRoleWord(w.replace(/[^\p{L}-]/gu, '')));
}

/** "Ada Quill, an assistant professor of ...": a lower-case role noun opens the appositive after a name. */
function roleAfter(body: string, end: number): boolean {
  const m = /^,\s+(?:(?:a|an|the)\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\b/u.exec(body.slice(end, end + 60));
  return !!m && m[1].split(/\s+/).some((w) => isRoleWord(w));
}

/** Names right after a title or honorific, and names starting with a known given name. */
function cuedNames(body: string, sentence: Span): PersonDraft[] {
  const tokens = tokenize(body.slice(sentence.start, sentence.end), sentence.start);
  const out: PersonDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text;
    const titled = (isRoleWord(w) || isHonorific(w)) && i + 1 < tokens.length;
    const start = titled ? i + 1 : i;
    const n = nameRun(tokens, start);
    if (n === 0) continue;
    const given = n >= 2 && givenNameGender(tokens[start].text) !== null || surnameCue(tokens, start, n);
    const described = n >= 2 && (afterRolePhrase(body, sentence.start, tokens[start].start) || (!/['’]$/.test(tokens[start + n - 1].text) && roleAfter(body, tokens[start + n - 1].end)));
    if (!titled && !given && !described) continue;
    if (!titled && LOCATIVE.test(tokens[start - 1]?.text ?? '')) continue;
    if (n === 1 && (lookupPlace(tokens[start].text) || knownOrg(tokens[start].text))) continue;
    out.push(draftFrom(body, tokens, start, n));
    i = start + n - 1;
  }
  return out;
}

type DraftRole = Omit<PersonDraft, 'name' | 'span' | 'surnameOnly' | 'extraRoles'>;

/** Role from an appositive after a name: "Sergei Chizhik, first deputy chairman of ...,". */
export function appositiveRole(body: string, nameEnd: number, limit: number): DraftRole | null {
  return appositiveRoles(body, nameEnd, limit)[0] ?? null;
}

const AGE_OR_DEGREES = new RegExp(String.raw`^(?:,\s*(?:\d{1,3}|${alternation(POST_NOMINALS)})(?=,))+`, 'u');
const AND_PART = new RegExp(APPOSITIVE.source.replace('^,\\s+', '^\\s+and\\s+'));

/**
 * Roles from the appositive after a name, past an age or degrees ("Ana Vey, 23, a student",
 * "Ana Vey, M.D., county health officer"), one per role joined by "and" ("Vice President and
 * Prime Minister of Veloria", "Tarrow Republican and committee chairman").
 */
export function appositiveRoles(body: string, nameEnd: number, limit: number): DraftRole[] {
  let at = nameEnd + (AGE_OR_DEGREES.exec(body.slice(nameEnd, limit))?.[0].length ?? 0);
  const out: DraftRole[] = [];
  for (let m = APPOSITIVE.exec(body.slice(at, limit)); m; m = AND_PART.exec(body.slice(at, limit))) {
    let role = appositivePart(body, at + m[0].indexOf(m[1]), m[1]);
    const wide = !role && !out.length ? APPOSITIVE_OVER_AND.exec(body.slice(at, limit)) : null;
    if (wide && wide[1] !== m[1]) { m = wide; role = appositivePart(body, at + wide[0].indexOf(wide[1]), wide[1]); }
    if (!role) break;
    out.push(role);
    at += m[0].length;
  }
  return out;
}

/** One role phrase of an appositive: a title chain, or a party member ("Tarrow Republican"). */
function appositivePart(body: string, start: number, text: string): DraftRole | null {
  const tokens = tokenize(text, start);
  if (!tokens.length) return null;
  const party = tokens.length <= 4 && isPartyMember(tokens[tokens.length - 1].text) && tokens.every((t) => isCapitalized(t.text));
  if (party) return { title: text, orgSpan: null, place: null };
  // "Ana Vey, one of the project's senior engineers": one of a plural role, as written
  const last = tokens[tokens.length - 1].text;
  if (/^one\s+of\s+(?:the|its|his|her|their|\p{Lu}[\p{L}-]*['’]s?)\s/u.test(text) && tokens.length <= 9 && singularRole(last)) return { title: text, orgSpan: null, place: null };
  if (!tokens.slice(0, 5).some((t) => isRoleWord(t.text)) || !tokens.some((t) => HEAD_ROLE_WORDS.has(t.text.toLowerCase().replace(/^[a-z]+-/, '')))) return null;
  const chain = parseChain(untilParticiple(tokens), true);
  if (!chain.title) return null;
  return { title: chainWording(body, chain), orgSpan: chain.org, place: chain.place };
}

/** "a student studying abroad": the tokens before a participle that follows the last role word. */
function untilParticiple(tokens: Token[]): Token[] {
  const last = tokens.reduce((k, t, i) => (isRoleWord(t.text) ? i : k), -1);
  const cut = tokens.findIndex((t, i) => i > last && /^\p{Ll}+(?:ing|ed)$/u.test(t.text));
  return cut > 0 ? tokens.slice(0, cut) : tokens;
}

/** All person mentions of the body (full names first, then surname-only mentions). */
export function findPeople(body: string, seg: Segmentation, speakers: SpeakerRef[]): PersonDraft[] {
  const drafts: PersonDraft[] = [];
  for (const sp of speakers.filter((s) => s.form === 'NAME')) {
    const parsed = parsePersonPhrase(body, { start: sp.phrase.start, end: sp.span.end });
    if (!parsed) continue;
    const title = chainWording(body, parsed);
    drafts.push({ name: body.slice(parsed.name.start, parsed.name.end), span: parsed.name, title, orgSpan: parsed.org, place: parsed.place ?? placeAfterName(body, parsed.name.end), surnameOnly: false });
  }
  for (const s of seg.sentences) drafts.push(...cuedNames(body, s));
  drafts.push(...fullNamesOfSurnames(body, drafts.filter((d) => !d.name.includes(' ')).map((d) => d.name)).map((d) => withChain(body, seg, d)));
  const unique = dedupe(drafts.filter((d) => !onCreditLine(body, d.span.start)));
  addAppositives(body, seg, unique);
  const surnames = surnameMentions(body, unique);
  addAppositives(body, seg, surnames.filter((d) => d.surnameOnly));
  return [...unique, ...surnames];
}

/** A full name found from its surname, with the title chain written before it in its sentence. */
function withChain(body: string, seg: Segmentation, d: PersonDraft): PersonDraft {
  const sentence = seg.sentences.find((s) => s.start <= d.span.start && d.span.end <= s.end);
  if (!sentence) return d;
  const tokens = tokenize(body.slice(sentence.start, sentence.end), sentence.start);
  const i = tokens.findIndex((t) => t.start === d.span.start);
  const j = tokens.findIndex((t) => t.end === d.span.end);
  return i > 0 && j >= i ? { ...draftFrom(body, tokens, i, j - i + 1), name: d.name } : d;
}

const CREDIT = new RegExp(`^\\s*(?:[-–—]+\\s*)?(?:${alternation(CREDIT_LEADS)})\\s`, 'i');
const CREDIT_TAIL = new RegExp(alternation(CREDIT_TAILS));

/** A by-line or credit line ("By Samira Haddad", "--With assistance from …"): no story person. */
function onCreditLine(body: string, at: number): boolean {
  const start = body.lastIndexOf('\n', at - 1) + 1;
  return CREDIT.test(body.slice(start, at + 1)) || CREDIT_TAIL.test(body.slice(at, body.indexOf('\n', at) >>> 0));
}

/** One draft per span: the one with a title wins; drafts inside another are dropped. */
function dedupe(drafts: PersonDraft[]): PersonDraft[] {
  const sorted = [...drafts].sort((a, b) => a.span.start - b.span.start || (b.span.end - b.span.start) - (a.span.end - a.span.start) || Number(!!b.title) - Number(!!a.title));
  const out: PersonDraft[] = [];
  for (const d of sorted) {
    const prev = out[out.length - 1];
    if (prev && d.span.start < prev.span.end) { if (!prev.title && d.title && prev.span.start === d.span.start && prev.span.end === d.span.end) out[out.length - 1] = d; continue; }
    out.push(d);
  }
  return out;
}

function addAppositives(body: string, seg: Segmentation, drafts: PersonDraft[]): void {
  for (const d of drafts) {
    const sentence = seg.sentences.find((s) => s.start <= d.span.start && d.span.end <= s.end);
    const roles = appositiveRoles(body, d.span.end, sentence?.end ?? body.length);
    if (!d.title) {
      // "As the ranking member, Mr. Vey ...": past a courtesy honorific written before the name
      const first = roles.shift() ?? roleBefore(body, sentence?.start ?? 0, honorificStart(body, d.span.start));
      if (first) Object.assign(d, first);
    }
    const who = roleAfterWho(body, d.span.end, sentence?.end ?? body.length);
    if (who && !d.title) Object.assign(d, who);
    else if (who) roles.push(who);
    if (roles.length) d.extraRoles = roles.map((r) => ({ title: r.title as string, orgSpan: r.orgSpan }));
  }
}

/** Where the courtesy honorific written right before a name starts ("Mr. Vey"). */
function honorificStart(body: string, nameStart: number): number {
  const m = /(\p{Lu}\p{Ll}{1,3}\.?)\s+$/u.exec(body.slice(Math.max(0, nameStart - 8), nameStart));
  return m && COURTESY_HONORIFICS.has(m[1].toLowerCase()) ? nameStart - m[0].length : nameStart;
}

const WHO_IS = /^,?\s+who\s+(?:is|was|has been|had been)\s+(?:also\s+|now\s+|still\s+)?(?=(?:the|an?)\s)/;

/** "Ana Vey, who is also the Tarrow Governor, ...": the title chain after "who is (the)". */
function roleAfterWho(body: string, nameEnd: number, limit: number): DraftRole | null {
  const m = WHO_IS.exec(body.slice(nameEnd, limit));
  if (!m) return null;
  const tokens = tokenize(body.slice(nameEnd + m[0].length, limit), nameEnd + m[0].length);
  let n = 1;
  while (n < tokens.length && n < 12 && (isCapitalized(tokens[n].text) || isRoleWord(tokens[n].text) || /^(?:of|for|the)$/.test(tokens[n].text) && isCapitalized(tokens[n + 1]?.text ?? ''))) n++;
  while (n > 1 && !isRoleWord(tokens[n - 1].text) && !isCapitalized(tokens[n - 1].text)) n--;
  const chain = parseChain(tokens.slice(0, n), true);
  return chain.title && tokens.slice(0, n).some((t) => HEAD_ROLE_WORDS.has(t.text.toLowerCase())) ? { title: chainWording(body, chain), orgSpan: chain.org, place: chain.place } : null;
}

const POSSESSIVE_ROLE = /(?:^|\s)((?:its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)),\s*$/iu;

/** Role from a description before the name: "A spokeswoman for the ministry, Mira Dahlberg,". */
function roleBefore(body: string, from: number, nameStart: number): DraftRole | null {
  const before = body.slice(from, nameStart);
  // "when his captain, Ana Vey, was asked": a possessive and a role noun right before the name
  // the possessive role nearest the name first, so a clause before it ("The X manager frowned
  // when his captain, Ana Vey,") is not read as one long description
  const possessive = POSSESSIVE_ROLE.exec(before);
  const m = (HEAD_ROLE_WORDS.has(possessive?.[2].toLowerCase() ?? '') ? possessive : null)
    // "As the ranking member of the committee, Ana Vey ...": "as" opening the description
    ?? /(?:^|[,;:]\s+)(?:as\s+)?((?:an?|the|its|his|her|their)\s+[^,;]{2,120}?),\s*$/i.exec(before);
  if (!m) return null;
  let desc = m[1];
  let start = nameStart - m[0].length + m[0].indexOf(m[1]);
  // a clause joined to the possessive ("the coach smiled as her deputy"): only the possessive part
  const joined = /\s(?:when|as|while|after|because|since|until|then)\s+((?:its|his|her|their)\s+[^,;]+)$/i.exec(desc);
  if (joined) { start += joined.index + joined[0].indexOf(joined[1]); desc = joined[1]; }
  const chain = parseChain(tokenize(desc, start), true);
  if (chain.title) return { title: chainWording(body, chain), orgSpan: chain.org, place: chain.place };
  // "the ranking Democrat on the Tarrow Committee": a party member as the head of the description
  const party = PARTY_DESCRIPTION.exec(desc);
  return party && isPartyMember(party[2]) ? { title: party[1], orgSpan: null, place: null } : null;
}

const PARTY_DESCRIPTION = /^(?:[Aa]n?|[Tt]he)\s+((?:[\p{Ll}-]+\s+){0,2}(\p{Lu}\p{Ll}+)(?:\s+(?:on|of|in|for)\s+(?:the\s+)?\p{Lu}[^,;]*)?)$/u;
