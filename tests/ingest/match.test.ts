import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AliasReason, EntityType } from '../../src/entities/enums';
import { compatibleExpansions, isDistinctiveName } from '../../src/ingest/distinctive';
import { chooseMatch, KnownAlias, MatchEvidence, namesOf } from '../../src/ingest/match';
import { sameRole } from '../../src/ingest/role-evidence';
import { nameKey } from '../../src/text/fold';

const { ORGANIZATION: ORG, PERSON, EVENT } = EntityType;
const alias = (entityType: EntityType, entityId: number, name: string, reason: AliasReason): KnownAlias => ({ entityType, entityId, name, key: nameKey(name), reason });
const evidence = (e: Partial<MatchEvidence>): MatchEvidence => ({ expansions: new Map(), roles: new Map(), ownRoles: [], ...e });

describe('distinctive names', () => {
  test('a name made only of generic heads, fields, legal forms and modifiers is not distinctive', () => {
    for (const name of ['Academy of Sciences', 'the Ministry', 'Committee', 'Agency', 'Union', 'Inc', 'Corp', 'National Academy of Sciences',
      'Ministry of Foreign Affairs', 'State Committee', 'the Belarusian ministry', 'Supreme Court', 'Holding Group Ltd']) {
      assert.equal(isDistinctiveName(ORG, name), false, name);
    }
  });

  test('a word of its own, a well-known body, or a country with a field makes an organization name distinctive', () => {
    for (const name of ['Nordlys ASA', 'Tirelian Academy of Sciences', 'United Nations', 'National Academy of Sciences of Belarus',
      'Ministry of Health of Norway', 'Velorian Institute for Water Research', 'Kessler Corp']) {
      assert.equal(isDistinctiveName(ORG, name), true, name);
    }
  });

  test('generic occasions are not distinctive events; a one-word name is no full personal name', () => {
    assert.equal(isDistinctiveName(EVENT, 'signing ceremony'), false);
    assert.equal(isDistinctiveName(EVENT, '2nd annual general meeting'), false);
    assert.equal(isDistinctiveName(EVENT, 'Arven Basin Water Forum'), true);
    assert.equal(isDistinctiveName(PERSON, 'Marek'), false);
    assert.equal(isDistinctiveName(PERSON, 'Teodor Marek'), true);
  });

  test('expansions are compatible when the words of one are all words of the other', () => {
    assert.equal(compatibleExpansions('Academy of Sciences of Norway', 'Norwegian Academy of Sciences'), true);
    assert.equal(compatibleExpansions('Academy of Sciences', 'Tirelian Academy of Sciences'), true);
    assert.equal(compatibleExpansions('Norland Coastal Administration', 'National Cyber Agency'), false);
  });
});

describe('chooseMatch across articles', () => {
  const academy = [alias(ORG, 5, 'Tirelian Academy of Sciences', AliasReason.CANONICAL), alias(ORG, 5, 'Academy of Sciences', AliasReason.SHORT_FORM), alias(ORG, 5, 'TAS', AliasReason.ACRONYM)];

  test('a short form never matches, even with the same words', () => {
    const names = namesOf(ORG, 'Royal Academy of Sciences of Sweden', [{ name: 'Academy of Sciences', reason: 'SHORT_FORM' }]);
    assert.equal(chooseMatch(ORG, names, academy), null);
    assert.equal(chooseMatch(ORG, namesOf(ORG, 'Academy of Sciences', []), academy), null);
  });

  test('a distinctive full name matches, through transliteration folding', () => {
    const known = [alias(PERSON, 3, 'Aleksei Varga', AliasReason.CANONICAL)];
    assert.deepEqual(chooseMatch(PERSON, namesOf(PERSON, 'Alexei Varga', []), known)?.entityId, 3);
  });

  test('an acronym matches only with a compatible expansion', () => {
    const expansions = new Map([[5, ['Tirelian Academy of Sciences']]]);
    const tas = (name: string) => chooseMatch(ORG, namesOf(ORG, name, [], 'TAS'), academy, evidence({ expansions }));
    assert.equal(tas('Academy of Sciences')?.pass, 'ACRONYM_WITH_EXPANSION');
    assert.equal(tas('Tirel Aviation Services'), null);
    assert.equal(tas('TAS'), null, 'an acronym alone has no expansion');
  });

  test('a surname alone matches only a person sharing an organization or a title', () => {
    const known = [alias(PERSON, 1, 'Marek', AliasReason.SURNAME), alias(PERSON, 2, 'Marek', AliasReason.SURNAME)];
    const roles = new Map([[1, [{ title: 'Foreign Minister', organizationId: null }]], [2, [{ title: 'Chief Executive', organizationId: 9 }]]]);
    const marek = (ownRoles: MatchEvidence['ownRoles']) => chooseMatch(PERSON, namesOf(PERSON, 'Marek', []), known, evidence({ roles, ownRoles }))?.entityId ?? null;
    assert.equal(marek([]), null);
    assert.equal(marek([{ title: 'Velorian Foreign Minister', organizationId: null }]), 1);
    assert.equal(marek([{ title: 'spokesman', organizationId: 9 }]), 2);
    assert.equal(marek([{ title: 'Deputy Foreign Minister', organizationId: null }]), null);
  });

  test('titles agree on office and rank; other words of one are among the other\'s', () => {
    assert.equal(sameRole({ title: 'President', organizationId: null }, { title: 'President of Norland', organizationId: null }), true);
    assert.equal(sameRole({ title: 'Minister', organizationId: null }, { title: 'Deputy Minister', organizationId: null }), false);
    assert.equal(sameRole({ title: 'Health Minister', organizationId: null }, { title: 'Finance Minister', organizationId: null }), false);
  });
});
