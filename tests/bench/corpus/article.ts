import { Rng, zipfSampler } from './prng';
import { ordinal, World, WorldEvent, WorldPerson } from './world';

/** One corpus line, as `npm run ingest` reads .jsonl. */
export interface CorpusRecord { text: string; url: string; source: string; publishedAt: string }

const AGENCIES = ['Norpress', 'Baltinfo', 'Meridian News Agency', 'Continental Wire', 'Eastport Press'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const SAID = ['said', 'told reporters', 'added', 'noted', 'stressed'];
const SUBJECTS = ['The government', 'Our industry', 'The new programme', 'This agreement', 'The port', 'Our partners', 'The budget', 'The reform'];
const PREDICATES = ['will not wait for the crisis to come to us', 'must be ready for a difficult winter', 'has already created thousands of jobs',
  'is the heart of our trade', 'will double investment in the regions', 'cannot succeed without the support of business', 'is open to every partner',
  'will be reviewed again next spring', 'remains our first priority', 'has shown what cooperation can achieve'];
const CLAUSES = ['exports grew for the third month in a row', 'the talks would continue next week', 'the agreement would be signed before the end of the year',
  'new funding would reach the regions in the autumn', 'prices for fuel were expected to fall', 'the railway line would reopen in June'];
const TOPICS = ['pledges new port funds', 'warns of slower growth', 'backs energy deal', 'opens trade talks', 'announces grants for science', 'criticises budget cuts'];

const eventName = (e: WorldEvent) => `${ordinal(e.ordinal)} ${e.theme} ${e.kind}`;
const full = (p: WorldPerson) => `${p.given} ${p.surname}`;
/** "Minister of Economy of Valdoria Anton Kresky" or "Anton Kresky, director of the X Academy (XA),". */
const introduce = (p: WorldPerson) => (p.title.startsWith('Minister')
  ? `${p.title} of ${p.country.name} ${full(p)}`
  : `${full(p)}, ${p.title} of the ${p.org.name} (${p.org.acronym}),`);

/** A quotable sentence, varied and tagged with a figure so bodies rarely repeat. */
function utterance(rng: Rng): string {
  const base = `${rng.pick(SUBJECTS)} ${rng.pick(PREDICATES)}`;
  return rng.chance(0.5) ? `${base}, and ${rng.int(2, 900)} million will go to it` : base;
}

/** One quote paragraph by `p` (introduced in full when `first`): name, colon, pronoun, according-to or at-an-event patterns. */
function quoteParagraph(rng: Rng, p: WorldPerson, event: WorldEvent | null, first: boolean): string {
  const pron = p.female ? 'she' : 'he';
  if (first) {
    return rng.chance(0.5) ? `${introduce(p)} said: "${utterance(rng)}."` : `"${utterance(rng)}," said ${full(p)}. "${utterance(rng)}," ${pron} added.`;
  }
  switch (rng.int(0, 4)) {
    case 0: return `"${utterance(rng)}," ${p.surname} ${rng.pick(SAID)}.`;
    case 1: return `${p.surname} said: "${utterance(rng)}."`;
    case 2: return `"${utterance(rng)}," ${p.surname} said. "${utterance(rng)}," ${pron} added.`;
    case 3: return `According to ${p.surname}, ${rng.pick(CLAUSES)}.`;
    default: return event
      ? `"${utterance(rng)}," ${p.surname} said at the ${eventName(event)} in ${event.city}.`
      : `${cap(pron)} said ${rng.pick(CLAUSES)}.`;
  }
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Makes articles from a world: speakers and organizations drawn with a Zipf-like skew. */
export function articleMaker(world: World) {
  const speaker = zipfSampler(world.people.length, 1.05);
  const org = zipfSampler(world.orgs.length, 0.9);
  const event = zipfSampler(world.events.length, 1.0);
  /** The `i`-th article of the corpus (its url and date depend on `i`). */
  return (rng: Rng, i: number): CorpusRecord => {
    const main = world.people[speaker(rng)];
    const second = world.people[speaker(rng)];
    const ev = rng.chance(0.5) ? world.events[event(rng)] : null;
    const other = world.orgs[org(rng)];
    const date = new Date(Date.UTC(2020, 0, 1) + i * 54 * 60_000 + rng.int(0, 3_600_000));
    const source = rng.pick(AGENCIES);
    const city = ev && rng.chance(0.6) ? ev.city : rng.pick(main.country.cities);
    const dateline = rng.chance(0.5)
      ? `${city.toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} (${source}) - `
      : `${city} (${source}) — `;
    const lead = ev
      ? `${introduce(main)} said on ${rng.pick(DAYS)} at the ${eventName(ev)} in ${ev.city} that ${rng.pick(CLAUSES)}.`
      : `${introduce(main)} said on ${rng.pick(DAYS)} that ${rng.pick(CLAUSES)}.`;
    const paragraphs = [dateline + lead];
    for (let k = rng.int(1, 4); k > 0; k -= 1) paragraphs.push(quoteParagraph(rng, main, ev, false));
    paragraphs.push(`The ${other.name} (${other.acronym}) said ${rng.pick(CLAUSES)}; the ${other.acronym} has offices in ${other.city}.`);
    if (second !== main) paragraphs.push(quoteParagraph(rng, second, ev, true));
    const headline = `${main.surname} ${rng.pick(TOPICS)}`;
    return { text: `${headline}\n\n${paragraphs.join('\n\n')}`, url: `https://bench.example/${source.toLowerCase().replace(/\W+/g, '-')}/${i}`, source, publishedAt: date.toISOString() };
  };
}
