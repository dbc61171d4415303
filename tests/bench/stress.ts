/**
 * `npm run stress`: time per KB of the extraction pipeline on growing adversarial inputs, so a
 * step that grows with the square of the input shows as a rising ms/KB line. Runs the pure
 * pipeline on this thread (the service runs it on worker threads within EXTRACTION_BUDGET_MS).
 * Each input is cut at the size given; every kind is general (no text from any article).
 */
import { performance } from 'node:perf_hooks';
import { extract } from '../../src/ingest/ingest.service';

const repeat = (unit: string, kb: number) => unit.repeat(Math.ceil((kb * 1024) / unit.length)).slice(0, kb * 1024);

/** A dense article: short paragraphs, each a quote with a named, titled speaker. */
function dense(kb: number): string {
  const names = ['Anna Kovac', 'Erik Lindqvist', 'Claire Moreau', 'Chidi Okafor', 'Layla Haddad', 'Ivo Brandt'];
  const paras: string[] = ['Harbour talks continue', ''];
  for (let i = 0; paras.join('\n').length < kb * 1024; i++) {
    const who = names[i % names.length];
    paras.push(`"The pier ${i} plan is on schedule," said Deputy Minister ${who} of the Velmora Harbour Authority (VHA).`, '');
  }
  return paras.join('\n').slice(0, kb * 1024);
}

const KINDS: Record<string, (kb: number) => { text: string; format?: 'html' | 'text' }> = {
  'said x N': (kb) => ({ text: `Title line here\n\n${repeat('said ', kb)}` }),
  'said that x N': (kb) => ({ text: `Title line here\n\n${repeat('said that ', kb)}` }),
  'Dr. Mr. U.S. A. B. x N': (kb) => ({ text: `Title line here\n\n${repeat('Dr. Mr. U.S. A. B. ', kb)}` }),
  'nested divs': (kb) => {
    const depth = Math.floor((kb * 1024) / 11);
    return { text: `<html><body>${'<div>'.repeat(depth)}Some words of a story.${'</div>'.repeat(depth)}</body></html>`, format: 'html' };
  },
  'quote- and name-dense article': (kb) => ({ text: dense(kb) }),
};

function time(input: { text: string; format?: 'html' | 'text' }): { ms: number; outcome: string } {
  const started = performance.now();
  let outcome = 'ok';
  try { extract(input); } catch (err) { outcome = `error: ${(err as Error).message.slice(0, 60)}`; }
  return { ms: performance.now() - started, outcome };
}

function main(): void {
  const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '10,20,40,80,160').split(',').map(Number);
  for (const [kind, make] of Object.entries(KINDS)) {
    console.log(`\n${kind}`);
    console.log('   KB        ms     ms/KB  outcome');
    for (const kb of sizes) {
      const { ms, outcome } = time(make(kb));
      console.log(`${String(kb).padStart(5)} ${ms.toFixed(0).padStart(9)} ${(ms / kb).toFixed(2).padStart(9)}  ${outcome}`);
    }
  }
}

main();
