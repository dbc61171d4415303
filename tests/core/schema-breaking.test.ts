import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Kind, parse, print, visit } from 'graphql';
import { breakingChanges } from '../../src/cli/check-schema';
import { repoRoot } from '../helpers/paths';

const CLI = join(__dirname, '..', '..', 'src', 'cli', 'check-schema.js');
const current = readFileSync(join(repoRoot, 'schema.graphql'), 'utf8');

describe('schema breaking-change check (npm run schema:check)', () => {
  test('the committed schema has no breaking change since the previous release', async () => {
    const previous = readFileSync(join(repoRoot, 'schema.previous.graphql'), 'utf8');
    assert.deepEqual(await breakingChanges(previous, current), []);
  });

  test('a removed field fails the check, naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-schema-'));
    try {
      const removed = print(visit(parse(current), {
        FieldDefinition: (node, _key, _parent, _path, ancestors) => {
          const owner = ancestors[ancestors.length - 1] as { kind?: string; name?: { value: string } };
          return owner.kind === Kind.OBJECT_TYPE_DEFINITION && owner.name?.value === 'Quote' && node.name.value === 'text' ? null : undefined;
        },
      }));
      assert.notEqual(removed, current, 'the fixture removes Quote.text');
      writeFileSync(join(dir, 'new.graphql'), removed);
      let failed: { status: number; stderr: string } | undefined;
      try { execFileSync(process.execPath, [CLI, join(repoRoot, 'schema.graphql'), join(dir, 'new.graphql')], { stdio: 'pipe' }); } catch (err) {
        failed = { status: (err as { status: number }).status, stderr: String((err as { stderr: Buffer }).stderr) };
      }
      assert.equal(failed?.status, 1);
      assert.match(failed!.stderr, /BREAKING Quote\.text: Field 'text' .*removed/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  test('an added field is not breaking', async () => {
    const added = current.replace(/^(type Quote\b[^{]*\{)/m, '$1\n  extraNote: String');
    assert.deepEqual(await breakingChanges(current, added), []);
  });
});
