/**
 * The site's own name as its web address spells it: the label before the public suffix
 * ("https://www.harbourtimes.co.uk/news/1" -> "harbourtimes"), used to tell the outlet itself
 * from organizations of the story.
 */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** The host's main label, lower case, or null when there is no parseable URL. */
export function siteOf(url: string | null): string | null {
  const host = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : null;
  if (!host) return null;
  const labels = host.split('.');
  let i = labels.length - 2;
  if (i > 0 && labels[labels.length - 1].length === 2 && SECOND_LEVEL.has(labels[i])) i--;
  return i >= 0 ? labels[i] : null;
}

/**
 * True when a media organization's name is the site's name ("Harbour News" or "Harbour News
 * Channel" on harbour.com, "Harbour Times" on harbourtimes.com). `media` says the name is a
 * known outlet; a company on its own site is the story's subject and is kept.
 */
export function namesSite(name: string, site: string | null, media: boolean): boolean {
  if (!site) return false;
  const squash = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');
  const lower = name.toLowerCase().replace(/^the\s+/, '');
  const bare = lower.replace(/\s+(?:news|online|today|daily|tv|radio)(?:\s+\p{L}+)?$/u, '');
  return (media && squash(lower) === site) || (bare !== lower && squash(bare) === site);
}
