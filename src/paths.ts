import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package root: the nearest folder above `from` with package.json and src/ (works from src/ and dist/). */
export function packageRoot(from = __dirname): string {
  let dir = from;
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** The bundled fictional sample articles loaded into an empty database. */
export const sampleArticlesDir = () => join(packageRoot(), 'src', 'sample', 'articles');
