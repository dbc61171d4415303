import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

const TEXT = [
  'World', 'March 3, 2025 2:05 PM GMT+1', '', 'Veloria and Norland agree to keep talking on water', '',
  'GENEVA, March 3 (Reuters) - Veloria and Norland agreed on Monday to resume talks in April, Foreign Minister Anna Kovac of Veloria said.',
  '', '"We did not solve everything today," said Norland\'s chief negotiator Ingrid Dahlberg. "That is more than we had a month ago."',
  '', 'Reporting by Lea Fontaine; Editing by Peter Garrow',
].join('\n');

test('extracts a whole wire story end to end', () => {
  const a = extractArticle({ text: TEXT });
  assert.deepEqual(
    { headline: a.headline, publishedAt: a.publishedAt, source: a.source, section: a.section, dateline: a.dateline },
    { headline: 'Veloria and Norland agree to keep talking on water', publishedAt: '2025-03-03T14:05:00+01:00', source: 'Reuters', section: 'World', dateline: 'Geneva' },
  );
  assert.ok(!a.body.includes('Reporting by'));
  assert.deepEqual(a.people.map((p) => [p.name, p.roles.map((r) => r.title)]), [['Anna Kovac', ['Foreign Minister']], ['Ingrid Dahlberg', ["Norland's chief negotiator"]], ['Lea Fontaine', []], ['Peter Garrow', []]]);
  assert.deepEqual(a.quotes.map((q) => [q.kind, q.text, a.people.find((p) => p.key === q.speakerKey)?.name, q.cueVerb]), [
    ['INDIRECT', 'Veloria and Norland agreed on Monday to resume talks in April', 'Anna Kovac', 'said'],
    ['DIRECT', 'We did not solve everything today', 'Ingrid Dahlberg', 'said'],
    ['DIRECT', 'That is more than we had a month ago.', 'Ingrid Dahlberg', 'said'],
  ]);
  assert.deepEqual(a.places.map((p) => p.name).sort(), ['Geneva', 'Norland', 'Veloria']);
  for (const q of a.quotes) assert.equal(a.body.slice(q.span.start, q.span.end), q.text);
});

test('every span lies inside the body and every cross reference resolves', () => {
  const a = extractArticle({ text: TEXT });
  const keys = new Set([...a.people, ...a.organizations, ...a.places, ...a.events].map((e) => e.key));
  for (const e of [...a.people, ...a.organizations, ...a.places, ...a.events]) {
    for (const m of e.mentions) assert.ok(m.start >= 0 && m.end <= a.body.length && m.start < m.end);
  }
  for (const q of a.quotes) if (q.speakerKey) assert.ok(keys.has(q.speakerKey));
});
