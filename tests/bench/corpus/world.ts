import { Rng } from './prng';

/** A fictional person: quoted by surname after the first mention, with an office at an organization. */
export interface WorldPerson { given: string; surname: string; female: boolean; title: string; org: WorldOrg; country: WorldCountry }
export interface WorldOrg { name: string; acronym: string; city: string }
export interface WorldCountry { name: string; capital: string; cities: string[] }
export interface WorldEvent { ordinal: number; theme: string; kind: string; city: string }

/** The fictional world every article of a corpus draws from. */
export interface World { countries: WorldCountry[]; orgs: WorldOrg[]; people: WorldPerson[]; events: WorldEvent[] }

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'vel', 'mar', 'ol', 'gor'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ia', 'ei'];
const SURNAME_ENDS = ['ov', 'ic', 'sky', 'ari', 'enko', 'ada', 'elli', 'son', 'ek', 'uya'];
const PLACE_ENDS = ['grad', 'ia', 'ova', 'stan', 'mar', 'heim', 'polis', 'ora'];
const MALE = ['Anton', 'Marek', 'Pavel', 'Tomas', 'Viktor', 'Lukas', 'Oren', 'Dario', 'Emil', 'Rafael', 'Stefan', 'Ilya', 'Jonas', 'Nikolai', 'Andrei'];
const FEMALE = ['Irena', 'Lena', 'Marta', 'Sofia', 'Daria', 'Elena', 'Nadia', 'Vera', 'Katya', 'Ines', 'Mila', 'Ana', 'Olga', 'Zora', 'Lidia'];
const PORTFOLIOS = ['Economy', 'Foreign Affairs', 'Health', 'Energy', 'Education', 'Transport', 'Agriculture', 'Finance', 'Justice', 'Culture'];
const ORG_KINDS = ['National Academy of Sciences', 'State Energy Agency', 'Shipping Authority', 'Chamber of Commerce', 'Union of Industrialists', 'Institute of Economic Research', 'Central Bank', 'Rail Company', 'Writers Union', 'Health Inspectorate'];
const ORG_ROLES = ['chairman', 'director', 'president', 'spokesperson', 'chief economist', 'deputy head', 'secretary general'];
const THEMES = ['Baltic Trade', 'Eurasian Economic', 'Northern Energy', 'Digital Innovation', 'Regional Security', 'Agricultural', 'Book', 'Investment', 'Maritime', 'Youth'];
const EVENT_KINDS = ['Forum', 'Summit', 'Conference', 'Exhibition', 'Congress'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const word = (rng: Rng, parts: number, ends: string[]) =>
  cap(Array.from({ length: parts }, () => rng.pick(ONSETS) + rng.pick(VOWELS)).join('') + rng.pick(ends));
const acronymOf = (name: string) => name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
/** "5th", "21st", "12th". */
export const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

function uniqueNames(count: number, make: () => string): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(make());
  return [...seen];
}

/**
 * Build a fictional world: countries with cities, organizations with acronyms, people with
 * offices (ministers of a country or officers of an organization), and numbered events.
 */
export function buildWorld(rng: Rng, sizes = { countries: 12, orgs: 100, people: 3000, events: 400 }): World {
  const countryNames = uniqueNames(sizes.countries, () => word(rng, 1, PLACE_ENDS));
  const cityNames = uniqueNames(sizes.countries * 5, () => word(rng, 2, PLACE_ENDS));
  const countries = countryNames.map((name, i) => {
    const cities = cityNames.slice(i * 5, i * 5 + 5);
    return { name, capital: cities[0], cities };
  });
  const orgNames = uniqueNames(sizes.orgs, () => `${rng.pick(countries).name} ${rng.pick(ORG_KINDS)}`);
  const orgs = orgNames.map((name) => ({ name, acronym: acronymOf(name), city: rng.pick(rng.pick(countries).cities) }));
  const fullNames = new Set<string>();
  const people: WorldPerson[] = [];
  while (people.length < sizes.people) {
    const female = rng.chance(0.4);
    const given = rng.pick(female ? FEMALE : MALE);
    const surname = word(rng, rng.int(1, 2), SURNAME_ENDS);
    if (fullNames.has(`${given} ${surname}`)) continue;
    fullNames.add(`${given} ${surname}`);
    const country = rng.pick(countries);
    const org = rng.pick(orgs);
    const title = rng.chance(0.3) ? `Minister of ${rng.pick(PORTFOLIOS)}` : rng.pick(ORG_ROLES);
    people.push({ given, surname, female, title, org, country });
  }
  const events = Array.from({ length: sizes.events }, () => ({
    ordinal: rng.int(2, 30), theme: rng.pick(THEMES), kind: rng.pick(EVENT_KINDS), city: rng.pick(rng.pick(countries).cities),
  }));
  return { countries, orgs, people, events };
}
