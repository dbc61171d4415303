import type { Database } from '../../src/data-source';
import { fixtureArticle } from '../helpers/graph-fixture';
import { persistFixture } from '../helpers/persist-fixture';

/** One fictional article through the real persist path: a minister, two quotes of theirs. */
export async function graphFixtureStory(db: Database): Promise<void> {
  await persistFixture(db, fixtureArticle(0));
}
