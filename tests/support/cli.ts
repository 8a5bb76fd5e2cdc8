// One way to run the built CLI (dist/) as a user would, shared by every suite
// that spawns it: a child process with no TTY, a time limit so that a hang is a
// failure and not a stuck suite, and the colour variables under control.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(PROJECT, 'dist', 'src', 'cli', 'main.js');

export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first with "npx tsc -p tsconfig.json" ("npm test" does it)`);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  /** Milliseconds before the run counts as a hang (default 60 s). */
  timeout?: number;
  /** Node flags before the script (e.g. --import a test hook). */
  nodeArgs?: string[];
  uid?: number;
  gid?: number;
  input?: string;
  /** 'off' sets NO_COLOR; 'tty' leaves the decision to the TTY check alone (default 'off'). */
  color?: 'off' | 'tty';
}

/** `briefcheck ...args` in `cwd`. */
export function spawnCli(cwd: string, args: string[], options: RunOptions = {}): Run {
  requireBuild();
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  if ((options.color ?? 'off') === 'off') env.NO_COLOR = '1';
  else delete env.NO_COLOR;
  const spawnOptions: SpawnSyncOptions = {
    cwd,
    env,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
    ...(options.input !== undefined ? { input: options.input } : {}),
  };
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], spawnOptions);
  const ms = Date.now() - t0;
  if (r.error || r.signal) throw new Error(`briefcheck ${args.join(' ')} did not finish: ${r.error?.message ?? `killed by ${r.signal}`} after ${ms} ms (a hang?)\nstderr: ${String(r.stderr).slice(0, 2000)}`);
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr), ms };
}
