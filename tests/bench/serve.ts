/**
 * Child entry of the benchmark: serve one variant over one database until killed, and print
 * `{"url": ...}` on stdout once listening. Usage: node dist/tests/bench/serve.js <variant> <SQLite path or postgres:// URL>
 */
import 'reflect-metadata';
import { openTargetArg } from './target';
import { startVariant, Variant, VARIANTS } from './variants';

async function main(variant: string, database: string): Promise<void> {
  if (!VARIANTS.includes(variant as Variant)) throw new Error(`variant must be one of ${VARIANTS.join(', ')}, got ${JSON.stringify(variant)}`);
  const db = await openTargetArg(database);
  const running = await startVariant(variant as Variant, db);
  process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
  const stop = () => { running.stop().then(() => db.close()).finally(() => process.exit(0)); };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main(process.argv[2], process.argv[3]).catch((err) => { console.error(err); process.exit(1); });
