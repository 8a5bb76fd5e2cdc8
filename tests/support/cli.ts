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

/** The findings JSON (docs/json-format.md), as the CLI prints it with --format json. */
export interface JsonReport {
  version: string;
  tool: string;
  files: Array<{
    path: string;
    errorCount: number;
    warningCount: number;
    infoCount: number;
    messages: Array<Omit<ReportFinding, 'path'>>;
  }>;
  errors: Array<{ path: string; line?: number; kind: string; message: string }>;
}

/** One message of the report, with the path of its file. */
export interface ReportFinding {
  path: string;
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  related: Array<{ path: string; line: number; column: number; endLine: number; endColumn: number; excerpt: string; message: string }>;
}

/** Parse a run's JSON report; a failure says what the CLI printed. */
export function parseReport(run: Pick<Run, 'stdout' | 'stderr' | 'code'> | string): JsonReport {
  const stdout = typeof run === 'string' ? run : run.stdout;
  try {
    return JSON.parse(stdout) as JsonReport;
  } catch {
    const why = typeof run === 'string' ? '' : ` (exit ${run.code}) | stderr: ${run.stderr.slice(0, 1000)}`;
    throw new Error(`not a JSON report${why}: ${stdout.slice(0, 300)}`);
  }
}

/** Every message of a JSON report, flattened, with its file's path. */
export function reportFindings(run: Pick<Run, 'stdout' | 'stderr' | 'code'> | string): ReportFinding[] {
  return parseReport(run).files.flatMap((f) => f.messages.map((m) => ({ ...m, path: f.path })));
}
