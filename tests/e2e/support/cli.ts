// Run the built CLI (dist/) as a user would: a child process, no TTY.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLI = join(ROOT, 'dist/src/cli/main.js');
export const FIXTURES = join(ROOT, 'tests/e2e/fixtures');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `briefcheck ...args` in `cwd` (default: the fixtures folder). */
export function runCli(args: string[], cwd = FIXTURES): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npx tsc -p tsconfig.json; "npm test" does it)`);
  const env = { ...process.env };
  // The colour decision must come from the TTY check alone.
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}
