import type { IngestResult } from './ingest-bench';
import type { LoadResult } from './load';
import { VARIANTS, Variant } from './variants';

/** Everything measured on one corpus size. */
export interface SizeResult {
  label: string;
  ingest: IngestResult | null;
  extraction: { articles: number; perSecond: number };
  statements: Record<string, Record<Variant, number>>;
  load: Record<string, Record<Variant, LoadResult>>;
  /** The service paced at half its measured maximum, per query. */
  halfRate: Record<string, LoadResult & { rate: number }>;
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

/** Markdown table of ingestion figures. */
function ingestTable(sizes: SizeResult[]): string {
  const rows = sizes.map((s) => {
    const i = s.ingest;
    return `| ${s.label} | ${i ? i.articles : '-'} | ${i ? f(i.perSecond) : '-'} | ${i ? f(i.seconds / 60, 2) : '-'} | ${f(s.extraction.perSecond)} (first ${s.extraction.articles}) | ${i ? i.peakRssMb : '-'} |`;
  });
  return ['| size | articles | end to end (articles/s) | wall time (min) | extraction alone (articles/s) | peak RSS (MB, VmHWM) |', '|---|---:|---:|---:|---:|---:|', ...rows].join('\n');
}

/** Markdown table of the HTTP runs: every query on every variant. */
function queryTable(sizes: SizeResult[]): string {
  const rows: string[] = [];
  for (const s of sizes) {
    for (const [q, byVariant] of Object.entries(s.load)) {
      for (const v of VARIANTS) {
        const r = byVariant[v];
        if (!r) continue;
        const ofCeiling = byVariant.ceiling ? `${f((r.rps / byVariant.ceiling.rps) * 100, 0)}%` : '-';
        rows.push(`| ${s.label} | ${q} | ${v} | ${f(r.rps)} | ${r.p50} | ${r.p99} | ${s.statements[q]?.[v] ?? '-'} | ${ofCeiling} | ${r.failed} |`);
      }
    }
  }
  return ['| size | query | variant | req/s | p50 ms | p99 ms | SQL/request | % of ceiling req/s | failed |', '|---|---|---|---:|---:|---:|---:|---:|---:|', ...rows].join('\n');
}

function halfRateTable(sizes: SizeResult[]): string {
  const rows = sizes.flatMap((s) => Object.entries(s.halfRate).map(([q, r]) => `| ${s.label} | ${q} | ${f(r.rate)} | ${f(r.rps)} | ${r.p50} | ${r.p99} |`));
  return ['| size | query | paced at (req/s) | achieved req/s | p50 ms | p99 ms |', '|---|---|---:|---:|---:|---:|', ...rows].join('\n');
}

/** Each target of the issue, with the figure it was judged on and whether it was met. */
export function targets(sizes: SizeResult[]): [string, string, boolean | null][] {
  const out: [string, string, boolean | null][] = [];
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  for (const s of sizes) {
    for (const q of ['Q1 first 20', 'Q1 first 50', 'Q2 article', 'Q4 events']) {
      const l = s.load[q];
      if (l?.service && l.ceiling) out.push([`${s.label} ${q}: service ≥ 60% of ceiling req/s`, `${f((l.service.rps / l.ceiling.rps) * 100, 0)}%`, l.service.rps >= 0.6 * l.ceiling.rps]);
    }
    const jit = s.load['Q1 first 50'];
    if (jit?.service && jit['graphql-js']) out.push([`${s.label} Q1 first 50: graphql-jit (service) faster than graphql-js`, `${f(jit.service.rps)} vs ${f(jit['graphql-js'].rps)} req/s`, jit.service.rps > jit['graphql-js'].rps]);
    const q50 = s.load['Q1 first 50'];
    if (q50?.service && q50.naive) {
      const got = q50.naive.rps > 0 ? `${f(q50.service.rps / q50.naive.rps)}x` : `naive completed no request in the window; service ${f(q50.service.rps)} req/s`;
      out.push([`${s.label} Q1 first 50: service ≥ 10x naive req/s`, got, q50.service.rps >= 10 * q50.naive.rps && q50.service.rps > 0]);
    }
    const st = s.statements;
    out.push([`${s.label} Q1: SQL/request at first 50 = at first 20 (service)`, `${st['Q1 first 20']?.service} vs ${st['Q1 first 50']?.service}`, st['Q1 first 20']?.service === st['Q1 first 50']?.service]);
  }
  for (const [q, r] of Object.entries(last.halfRate)) out.push([`${last.label} ${q}: p99 ≤ 50 ms at half max throughput`, `${r.p99} ms at ${f(r.rate)} req/s`, r.p99 <= 50]);
  if (sizes.length > 1) {
    for (const q of Object.keys(first.load)) {
      const a = first.load[q]?.service?.p50;
      const b = last.load[q]?.service?.p50;
      if (a !== undefined && b !== undefined) out.push([`${q}: p50 ${first.label} → ${last.label} grows ≤ 2x`, `${a} → ${b} ms`, b <= 2 * Math.max(a, 1)]);
    }
  }
  for (const s of sizes) {
    if (!s.ingest || s.ingest.articles < 10_000) continue;
    out.push([`${s.label} ingestion ≥ 100 articles/s end to end`, `${f(s.ingest.perSecond)}/s`, s.ingest.perSecond >= 100]);
    out.push([`${s.label} ingestion peak RSS ≤ 1 GB`, `${s.ingest.peakRssMb} MB`, s.ingest.peakRssMb <= 1024]);
    if (s.ingest.articles >= 100_000) out.push([`${s.label} ingested in ≤ 20 min`, `${f(s.ingest.seconds / 60)} min`, s.ingest.seconds <= 1200]);
  }
  return out;
}

/** The whole report as markdown: machine, ingestion, queries, paced runs, targets. */
export function renderReport(sizes: SizeResult[], machine: string): string {
  const t = targets(sizes).map(([what, got, ok]) => `| ${what} | ${got} | ${ok === null ? '-' : ok ? 'met' : '**missed**'} |`);
  return [
    '# Newsgraph benchmark results', '', machine, '',
    '## Ingestion (CLI path: `node dist/src/cli/ingest.js <corpus.jsonl>`)', '', ingestTable(sizes), '',
    '## Queries over HTTP (autocannon on core 1, server on core 0)', '', queryTable(sizes), '',
    '## Service paced at half its maximum throughput', '', halfRateTable(sizes), '',
    '## Targets', '', '| target | result | |', '|---|---|---|', ...t, '',
  ].join('\n');
}
