// Code runs both from src/ (vitest) and dist/src/ (built), so data files are
// found relative to the folder holding package.json, not to this module.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'lexicons'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('briefcheck: cannot find its install folder (package.json + lexicons/)');
    dir = up;
  }
}

export const projectRoot = findRoot();
