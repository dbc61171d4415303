/**
 * HTML input: the story's text and metadata via @mozilla/readability on a jsdom document, then
 * Readability's content to plain text by html-to-text (no second DOM): one paragraph per line,
 * which the text normalizer then reads.
 */
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { convert, type HtmlToTextOptions } from 'html-to-text';

export interface HtmlStory {
  /** Headline line, blank line, then the story paragraphs one per line. */
  text: string;
  title: string | null;
  publishedTime: string | null;
  siteName: string | null;
  section: string | null;
  byline: string | null;
}

/**
 * Deepest element nesting a page may have. Real news pages stay under ~60; Readability's work grows
 * steeply with depth, and JSDOM overflows the stack from a few thousand levels.
 */
export const MAX_HTML_DEPTH = 400;

/**
 * Elements not counted: void ones (never have children) and those whose end tag HTML lets pages
 * omit (`<p>`, `<li>`, table cells...), which would otherwise count as nesting without end.
 */
const UNCOUNTED = new Set(('area base br col embed hr img input link meta source track wbr '
  + 'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rt rp').split(' '));

/** The deepest nesting of elements, by one linear scan of the tags (no parse). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (UNCOUNTED.has(m[2].toLowerCase())) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !UNCOUNTED.has(m[2].toLowerCase())) max = Math.max(max, ++depth);
  }
  return max;
}

/** True when the input looks like an HTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text)
    || (/<\/(p|div|article|body)>/i.test(text) && /<(p|div|h1|article)[\s>]/i.test(text));
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** html-to-text settings: no wrapping, no link targets or images, every block its own paragraph. */
const TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    ...['ul', 'ol', 'li', 'blockquote', 'table', 'tr', 'td', 'th'].map((selector) => ({ selector, format: 'block' })),
    ...['img', 'script', 'style', 'noscript', 'figure', 'aside', 'nav', 'footer'].map((selector) => ({ selector, format: 'skip' })),
  ],
};

/** One line per block element (and per `<br>` line) of an HTML fragment, whitespace collapsed. */
export function blocksToLines(html: string): string[] {
  return convert(html, TO_TEXT).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * Extract the story of an HTML page: metadata from <meta>/<time> first (Readability changes
 * the document), then the main content as text lines.
 */
export function extractHtmlStory(html: string, url?: string | null): HtmlStory {
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) throw new Error(`the HTML nests elements ${depth} deep; the limit is ${MAX_HTML_DEPTH} (send the story as plain text, or a page with flatter markup)`);
  const dom = new JSDOM(html, url ? { url } : undefined);
  const doc = dom.window.document;
  const publishedTime = meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'date', 'DC.date.issued')
    ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const siteName = meta(doc, 'og:site_name', 'application-name');
  const section = meta(doc, 'article:section', 'section');
  const metaTitle = meta(doc, 'og:title', 'twitter:title');
  const article = new Readability(doc).parse();
  const title = article?.title?.trim() || metaTitle || doc.title || null;
  const lines = blocksToLines(article?.content ?? doc.body?.innerHTML ?? '');
  const text = [title ?? '', '', ...lines].join('\n');
  return { text, title, publishedTime: article?.publishedTime ?? publishedTime, siteName, section, byline: article?.byline ?? null };
}
