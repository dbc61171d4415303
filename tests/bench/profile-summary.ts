/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time.
 * Usage: node dist/tests/bench/profile-summary.js <file.cpuprofile> [top=15]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** One row of the summary: a function, where it is, and its share of self time. */
export interface SelfTimeRow { fn: string; where: string; ms: number; percent: number }

/**
 * The `top` functions by self time (sample time attributed to the function itself, not its callees),
 * grouped by name and location; samples in the first `skipMs` (start-up, warm-up) are left out.
 */
export function topSelfTime(profile: CpuProfile, top = 15, skipMs = 0): SelfTimeRow[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  let total = 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    elapsed += (profile.timeDeltas[i] ?? 0) / 1000;
    if (elapsed < skipMs) return;
    const node = byNode.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'}\t${url ? `${relative(process.cwd(), url.replace('file://', ''))}:${lineNumber + 1}` : ''}`;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    ms.set(key, (ms.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...ms.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, t]) => {
    const [fn, where] = key.split('\t');
    return { fn, where, ms: Math.round(t), percent: Math.round((t / total) * 1000) / 10 };
  });
}

/** Render rows as a markdown table. */
export function selfTimeTable(rows: SelfTimeRow[]): string {
  return ['| self % | self ms | function | where |', '|---:|---:|---|---|', ...rows.map((r) => `| ${r.percent} | ${r.ms} | ${r.fn} | ${r.where} |`)].join('\n');
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  console.log(selfTimeTable(topSelfTime(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top ?? 15))));
}
