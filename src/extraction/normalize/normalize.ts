/**
 * Stage 1, normalize: separate the story from the page around it. Finds the headline,
 * publication date-time, dateline, source agency and section, and cuts the body from the
 * dateline (or first prose paragraph) to the first footer line.
 */
import type { NormalizedArticle, RawArticleInput } from '../types';
import { agencyZone, parseDateline, type Dateline } from './dateline';
import { cleanHeadline, findSource } from './source';
import { isFooterStart, isInBodyJunk, isProse, wordCount } from './furniture';
import { findHeadline, findSection, findTimestamp, publishedFrom } from './header';
import { extractHtmlStory, looksLikeHtml, type HtmlStory } from './html';
import { detectLanguage } from './language';
import { parseZone } from './dates';
import { PROMO_LINKS } from '../lexicon/furniture';
import { findCredits } from './credits';
import { findCreditAgencies } from './credit-agencies';
import { siteOf } from './site';

interface BodyStart { index: number; dateline: Dateline | null }

/** The first line with a dateline followed by prose, else the first prose line. */
function findBodyStart(lines: string[]): BodyStart | null {
  for (let i = 0; i < lines.length; i++) {
    const dl = parseDateline(lines[i]);
    if (dl && wordCount(lines[i].slice(dl.length)) >= 6) return { index: i, dateline: dl };
  }
  const prose = lines.findIndex((l, i) => isProse(l) && !isFooterStart(l) && !isInBodyJunk(l) && !isPromo(lines, i) && /\b(the|of|and|to|a|in|is)\b/i.test(l));
  return prose >= 0 ? { index: prose, dateline: null } : null;
}

/** A promo box's text: a link line such as "Find out more ›" follows it. */
function isPromo(lines: string[], i: number): boolean {
  const next = lines.slice(i + 1, i + 3).find((l) => l.trim());
  return !!next && PROMO_LINKS.test(next.trim());
}

/**
 * A bare "Read more" line with a long prose paragraph right after it is a promo box inside the
 * story (its link text is gone), not the footer: the story goes on.
 */
function isInlinePromo(lines: string[], i: number): boolean {
  if (!/^read (more|also)$/i.test(lines[i].trim())) return false;
  const next = lines.slice(i + 1).find((l) => l.trim());
  return !!next && isProse(next) && wordCount(next) >= 15 && !isFooterStart(next);
}

/** Index just past the story: the first footer line, trailing furniture trimmed. */
function findBodyEnd(lines: string[], start: number): number {
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (isFooterStart(lines[i]) && !isInlinePromo(lines, i)) { end = i; break; }
  }
  while (end > start + 1 && (!lines[end - 1].trim() || (!/[.!?"”»]$/.test(lines[end - 1]) && wordCount(lines[end - 1]) <= 6))) end--;
  return end;
}

/** Story lines -> paragraphs joined by blank lines; hard-wrapped lines are re-joined. */
function bodyText(lines: string[]): string {
  const paragraphs: string[] = [];
  let joinNext = false;
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line || isInBodyJunk(line)) { joinNext = false; continue; }
    if (joinNext && /^\p{Ll}/u.test(line)) paragraphs[paragraphs.length - 1] += ` ${line}`;
    else paragraphs.push(line);
    joinNext = !/[.!?:"”»')\]]$/.test(line);
  }
  return paragraphs.join('\n\n');
}

function htmlStory(input: RawArticleInput): HtmlStory | null {
  const isHtml = input.format ? input.format === 'html' : looksLikeHtml(input.text);
  return isHtml ? extractHtmlStory(input.text, input.url) : null;
}

/** ISO string from an HTML meta date ("2023-05-26T17:27:00+03:00"), offset kept. */
function metaIso(value: string | null): string | null {
  const m = value && /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(value);
  if (!m) return null;
  return m[2] ? `${m[1]}T${m[2]}:00${parseZone(m[3]) ?? 'Z'}` : m[1];
}

/**
 * Normalize a scraped article (plain text with page furniture, or HTML).
 * @throws Error naming the value when the input has no text at all.
 */
export function normalize(input: RawArticleInput): NormalizedArticle {
  if (typeof input?.text !== 'string' || !input.text.trim()) {
    throw new Error(`article text is empty: ${JSON.stringify(input?.text ?? null)}`);
  }
  const warnings: string[] = [];
  const html = htmlStory(input);
  const lines = (html?.text ?? input.text).replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim());
  const start = findBodyStart(lines) ?? { index: 0, dateline: null };
  if (!findBodyStart(lines)) warnings.push('no story paragraph found; whole text used as body');
  const end = findBodyEnd(lines, start.index);
  const body = bodyText(lines.slice(start.index, end));
  const headIdx = html?.title ? -1 : findHeadline(lines, start.index);
  const headline = cleanHeadline(html?.title ?? (headIdx >= 0 ? lines[headIdx] : ''), html?.siteName ?? null);
  if (!headline) warnings.push('headline not found');
  const source = input.source ?? findSource(lines, start.index, end, start.dateline?.agency ?? null, html?.siteName ?? null);
  const published = publishedAt(input, html, lines, start, headIdx, source);
  warnings.push(...published.warnings);
  const language = detectLanguage(body);
  if (language.ratio < 0.1) warnings.push(`language uncertain (guessed ${language.language})`);
  return {
    headline, body, publishedAt: published.iso, source,
    section: html?.section ?? findSection(lines, headIdx >= 0 ? headIdx : start.index),
    dateline: start.dateline?.place ?? null, datelineLength: parseDateline(body)?.length ?? 0, language: language.language,
    credits: findCredits(lines, start.index, html?.byline ?? null), creditAgencies: findCreditAgencies(lines, source),
    site: siteOf(input.url ?? null), warnings,
  };
}

function publishedAt(input: RawArticleInput, html: HtmlStory | null, lines: string[], start: BodyStart, headIdx: number, source: string | null) {
  if (input.publishedAt) return { iso: input.publishedAt, warnings: [] };
  const fromMeta = metaIso(html?.publishedTime ?? null);
  if (fromMeta) return { iso: fromMeta, warnings: [] };
  const stamp = findTimestamp(lines, start.index, headIdx >= 0 ? headIdx : start.index);
  return publishedFrom(stamp, start.dateline, agencyZone(source), source);
}
