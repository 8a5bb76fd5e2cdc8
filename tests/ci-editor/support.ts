// Support for the CI / editor tests: they run the built CLI (`dist/`, what CI
// and editors run) in a temp copy of a fixture folder, and compute expected
// positions from the fixture text itself, never from the tool's output.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { spawnCli, type ReportFinding } from '../support/cli.js';

const here = dirname(fileURLToPath(import.meta.url));
export { CLI, PROJECT, requireBuild } from '../support/cli.js';

const made: string[] = [];

/** A fresh temp copy of tests/ci-editor/fixtures/<name>, plus `extra` files (path → text). */
export function fixture(name: string, extra: Record<string, string> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `briefcheck-ci-${name}-`)));
  made.push(dir);
  cpSync(join(here, 'fixtures', name), dir, { recursive: true });
  for (const [path, text] of Object.entries(extra)) writeFile(dir, path, text);
  return dir;
}

/** Set the mtime of every file under `dir`/`folders` an hour back, as files that have sat in an archive. */
export function backdate(dir: string, folders: string[]): void {
  const past = new Date(Date.now() - 3_600_000);
  for (const folder of folders)
    for (const name of readdirSync(join(dir, folder), { recursive: true }) as string[]) {
      const path = join(dir, folder, name);
      if (statSync(path).isFile()) utimesSync(path, past, past);
    }
}

/** A fresh temp folder holding only `files`, with a root config. */
export function folder(files: Record<string, string>, config = 'root: true\n'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'briefcheck-ci-')));
  made.push(dir);
  writeFileSync(join(dir, '.briefcheckrc.yaml'), config);
  for (const [path, text] of Object.entries(files)) writeFile(dir, path, text);
  return dir;
}

export function writeFile(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

export function readText(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

export function removeFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(cwd: string, args: string[], input?: string): Run {
  return spawnCli(cwd, args, input !== undefined ? { input } : {});
}

/** The JSON report's messages, flattened, with the file path on each. */
export type JsonMessage = ReportFinding;
export { parseReport, reportFindings as jsonMessages } from '../support/cli.js';

/** 1-based line/column of the start and end (exclusive) of `needle` in `text`, as the reports give them. */
export function positionOf(text: string, needle: string, from = 0): { line: number; column: number; endLine: number; endColumn: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const s = at(start);
  const e = at(start + needle.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
