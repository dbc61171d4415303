/** Re-run the README's example queries on the sample content and write their outputs in: `npm run docs:examples`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { README, readExamples, runExample, startSampleServer, withOutputs } from './readme-examples';

async function main(): Promise<void> {
  const server = await startSampleServer();
  try {
    const text = readFileSync(README, 'utf8');
    const outputs: string[] = [];
    for (const example of readExamples(text)) outputs.push(await runExample(server, example.query));
    writeFileSync(README, withOutputs(text, outputs));
    console.log(`updated ${outputs.length} example outputs in ${README}`);
  } finally {
    await server.close();
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
