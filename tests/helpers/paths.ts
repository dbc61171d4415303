import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above the compiled test holding package.json. */
function findRepoRoot(): string {
  let dir = __dirname;
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export const repoRoot = findRepoRoot();
/** The shared folder beside the checkout (present in CI, absent in some clones). */
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const seedsDir = join(sharedDir, 'seeds');
/** The canonical acceptance article. */
export const seedArticlePath = join(seedsDir, '000_e778865070352e9d.txt');
export const fixturesDir = join(repoRoot, 'tests', 'fixtures');

/** Message for tests that skip because ../shared is not beside the checkout. */
export const SEED_MISSING = `seed article not found at ${seedArticlePath}: put the shared folder beside the checkout to run this test`;
