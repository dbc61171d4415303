import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCreditAgencies } from '../../src/extraction/normalize/credit-agencies';
import { namesSite, siteOf } from '../../src/extraction/normalize/site';
import { withPageOutlets } from '../../src/extraction/resolve/outlets';
import type { ExtractedOrganization } from '../../src/extraction/types';

test('agencies credited for pictures are found once; the story\'s own source, pools and file pictures are not', () => {
  const lines = [
    'Crowds gathered by the Marnow quay on Tuesday (Picture: QUAYSIDE)',
    'The new ferry leaves the harbour. Ada Quill / TIDELINE',
    'Source / Harbour Sport',
    'A second view of the quay (Picture: QUAYSIDE)',
    'The mayor at the ribbon cutting (Photo: File)',
    'Divers at the wreck site (Picture: Marnow Wire)',
  ];
  assert.deepEqual(findCreditAgencies(lines, 'Marnow Wire'), ['QUAYSIDE', 'TIDELINE', 'Harbour Sport']);
  // a sentence with a slash in it credits nobody
  assert.deepEqual(findCreditAgencies(['Ticket prices rose by a tenth in and/or after the summer'], null), []);
});

test('the site\'s own name comes from its web address', () => {
  assert.equal(siteOf('https://www.harbourtimes.co.uk/news/1'), 'harbourtimes');
  assert.equal(siteOf('https://news.marnowdaily.com/a/b?c=1'), 'marnowdaily');
  assert.equal(siteOf(null), null);
  assert.equal(namesSite('Harbour Times', 'harbourtimes', true), true);
  assert.equal(namesSite('Harbour News Channel', 'harbour', false), true);
  // a company on its own site is the story's subject
  assert.equal(namesSite('Kestrel Holdings', 'kestrelholdings', false), false);
});

test('the site\'s outlet leaves the story\'s organizations, a credited agency joins them without mentions', () => {
  const org = (key: string, name: string, kind: ExtractedOrganization['kind']): ExtractedOrganization =>
    ({ key, name, aliases: [], mentions: [{ start: 0, end: name.length }], acronym: null, kind } as unknown as ExtractedOrganization);
  const orgs = [org('org:1', 'Harbour Times', 'MEDIA'), org('org:2', 'Marnow Port Authority', 'AGENCY' as ExtractedOrganization['kind'])];
  const people = [{ roles: [{ title: 'editor', organizationKey: 'org:1' }] }] as never;
  const kept = withPageOutlets(orgs, people, ['TIDELINE', 'Marnow Port Authority'], 'harbourtimes');
  assert.deepEqual(kept.map((o) => o.name), ['Marnow Port Authority', 'TIDELINE']);
  const added = kept.find((o) => o.name === 'TIDELINE')!;
  assert.equal(added.mentions.length, 0);
  assert.equal(added.acronym, 'TIDELINE');
  assert.equal((people as { roles: { organizationKey: string | null }[] }[])[0].roles[0].organizationKey, null);
});
