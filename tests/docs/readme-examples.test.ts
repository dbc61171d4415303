import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestServer } from '../helpers/test-server';
import { readExamples, runExample, startSampleServer } from './readme-examples';

describe('README example queries', () => {
  const examples = readExamples();
  let server: TestServer;
  before(async () => { server = await startSampleServer(); });
  after(() => server.close());

  test('there are at least five, each with the output it shows', () => {
    assert.ok(examples.length >= 5, `found ${examples.length} examples`);
    assert.ok(examples.every((e) => e.shown), 'an example has no ```json output block after it');
  });

  examples.forEach((example, i) => {
    test(`example ${i + 1} returns what the README shows (\`npm run docs:examples\` rewrites them)`, async () => {
      const actual = JSON.parse(await runExample(server, example.query));
      assert.equal(actual.errors, undefined, JSON.stringify(actual.errors));
      assert.deepEqual(actual, JSON.parse(example.shown ?? 'null'));
    });
  });
});
