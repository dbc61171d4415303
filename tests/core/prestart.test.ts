import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../helpers/paths';

/** A tree shaped like the project, with a stand-in tsc that records that it ran. */
function fakeTree(withTypeScript: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-prestart-'));
  for (const d of ['scripts', 'src', 'tests', 'dist/src']) mkdirSync(join(dir, d), { recursive: true });
  copyFileSync(join(repoRoot, 'scripts', 'build-if-stale.sh'), join(dir, 'scripts', 'build-if-stale.sh'));
  for (const f of ['src/index.ts', 'ormconfig.ts', 'tsconfig.json', 'package.json']) writeFileSync(join(dir, f), '');
  if (withTypeScript) {
    mkdirSync(join(dir, 'node_modules/typescript/bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/typescript/bin/tsc'), "require('fs').writeFileSync('built', '')");
  }
  return dir;
}

const prestart = (dir: string) => execFileSync('sh', [join(dir, 'scripts', 'build-if-stale.sh')], { cwd: dir });

describe('npm start builds only when it must (scripts/build-if-stale.sh)', () => {
  test('builds when dist is missing, skips when it is newer than the sources, builds again when a source changes', () => {
    const dir = fakeTree(true);
    try {
      prestart(dir);
      assert.ok(existsSync(join(dir, 'built')), 'no dist: compiled');
      rmSync(join(dir, 'built'));
      writeFileSync(join(dir, 'dist/src/index.js'), '');
      prestart(dir);
      assert.ok(!existsSync(join(dir, 'built')), 'fresh dist: not compiled');
      const later = new Date(Date.now() + 5000);
      utimesSync(join(dir, 'src/index.ts'), later, later);
      prestart(dir);
      assert.ok(existsSync(join(dir, 'built')), 'a newer source: compiled');
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  test('after npm ci --omit=dev (no TypeScript) it starts the built dist as it is', () => {
    const dir = fakeTree(false);
    try {
      const later = new Date(Date.now() + 5000);
      utimesSync(join(dir, 'src/index.ts'), later, later);
      prestart(dir);
      assert.ok(!existsSync(join(dir, 'built')));
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
