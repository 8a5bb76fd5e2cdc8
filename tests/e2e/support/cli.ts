// Run the built CLI (dist/) as a user would: a child process, no TTY.
import { spawnCli } from '../../support/cli.js';
import { readFileSync } from 'node:fs';
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

/** `briefcheck ...args` in `cwd` (default: the fixtures folder); colour decided by the TTY check alone. */
export function runCli(args: string[], cwd = FIXTURES): Run {
  return spawnCli(cwd, args, { color: 'tty' });
}

export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}
