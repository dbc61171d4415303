import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extraction/pipeline';

const extract = (body: string) => extractArticle({ text: `Headline for the test story\n\n${body}` });
const roles = (body: string) => Object.fromEntries(extract(body).people.map((p) => [p.name, p.roles.map((r) => r.title)]));

test('a role description opening the next sentence is a title of the person named before it', () => {
  const r = roles('Tarrow Rovers boss Ivo Brandt opened the press conference with a short speech.\n\nThe veteran head coach was gracious in defeat and praised the visitors.');
  assert.deepEqual(r['Ivo Brandt'], ['Tarrow Rovers boss', 'veteran head coach']);
});

test('a role description after an opening clause, with an "of" tail, names the person before it', () => {
  const r = roles('Velorix’s Dena Marlo has played down talk of a cheaper handset.\n\nIn an interview with a local paper, the senior vice president of Velorix sales stated that quality came first.');
  assert.deepEqual(r['Dena Marlo'], ['senior vice president of Velorix sales']);
});

test('in a lede the role description before any name belongs to the person opening the next sentence', () => {
  const r = roles('The Tarrow Fisheries Minister has been mocked by the opposition after a hearing on river quotas.\n\nNora Brel was questioned at the Tarrow parliament for three hours.');
  assert.deepEqual(r['Nora Brel'], ['Tarrow Fisheries Minister']);
});

test('no title when the sentence before names two people who could hold it, or only one holding another office', () => {
  const r = roles('Sen. Ana Ruiz and Sen. Olav Berg met on Monday.\n\nThe senator was upbeat afterwards.\n\nTarrow coach Ivo Brandt praised his midfielder Tomas Vey.\n\nThe striker came on late in the second half.');
  assert.deepEqual([r['Ana Ruiz'], r['Olav Berg'], r['Ivo Brandt']], [['Sen.'], ['Sen.'], ['Tarrow coach']]);
});

test('a person joined to the role by "and" is someone else', () => {
  const r = roles('Nora Brel chaired the hearing. "We keep our promises," Ms Brel said.\n\nThe Minister and Mr Vey then argued over the river act.');
  assert.ok(r['Nora Brel'].includes('Minister'));
  assert.ok(!(r['Vey'] ?? []).includes('Minister'));
});

test('a plural role before joined names gives each person the singular role', () => {
  const r = roles('"It was a long road," said co-founders Ann Brill and Tom Vasko. Tarrow directors Olav Berg, Ana Ruiz and Dena Marlo resigned on Monday.');
  assert.deepEqual([r['Ann Brill'], r['Tom Vasko']], [['co-founder'], ['co-founder']]);
  assert.deepEqual([r['Olav Berg'], r['Ana Ruiz'], r['Dena Marlo']], [['Tarrow director'], ['Tarrow director'], ['Tarrow director']]);
});

test('a given name alone in a plural-role list shares the surname of the last name', () => {
  const r = roles('"Founders Peter and Mark Brandt built the bakery from nothing," the buyer said.\n\n"We are glad," said Mr. Peter Brandt.');
  assert.ok(r['Peter Brandt']?.includes('Founder'));
  assert.ok(r['Mark Brandt']?.includes('Founder'));
});

test('"As the <role>, Name" gives the role, past a courtesy honorific and with a party member as head', () => {
  const r = roles('As the chief executive of Velorix, Ana Vey had pushed for the merger. As the ranking Republican on the Tarrow Committee on Rivers, Mr. Ivo Brandt had been a critic of the plan. The longest-serving Democrat in the Tarrow Assembly, Nora Brel, said no.');
  assert.deepEqual(r['Ana Vey'], ['chief executive of Velorix']);
  assert.deepEqual(r['Ivo Brandt'], ['ranking Republican on the Tarrow Committee on Rivers', 'Mr.']);
  assert.deepEqual(r['Nora Brel'], ['longest-serving Democrat in the Tarrow Assembly']);
});

test('an appositive "one of the <plural role>" is a title as written', () => {
  const r = roles('"That says it all," said Ana Vey, one of the project’s senior engineers. "It is fine."');
  assert.deepEqual(r['Ana Vey'], ['one of the project’s senior engineers']);
});
