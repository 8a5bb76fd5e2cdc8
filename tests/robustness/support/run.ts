// Support for the robustness tests: temp folders, running the built CLI as a
// user would (with a time limit, so a hang is a failure and not a stuck
// suite), positions computed from the text itself, and file snapshots.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { spawnCli, type ReportFinding, type Run, type RunOptions } from '../../support/cli.js';

export { CLI, PROJECT, requireBuild } from '../../support/cli.js';
/** Heavy cases (50 MB article, 50,000 files, long fuzz) run only with BRIEFCHECK_HEAVY=1. */
export const HEAVY = process.env.BRIEFCHECK_HEAVY === '1';
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

const made: string[] = [];

/** A fresh temp folder (real path, so displayed paths are predictable). */
export function tempDir(prefix = 'bc-robust-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Write `files` (relative path → text or bytes) under `dir`, creating folders. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

export type { Run, RunOptions } from '../../support/cli.js';

/** `briefcheck ...args` in `cwd`, as a child process with no TTY. A time-out fails loudly. */
export function runCli(cwd: string, args: string[], options: RunOptions = {}): Run {
  return spawnCli(cwd, args, options);
}

export type JsonFinding = ReportFinding;
export { parseReport as parseJson, reportFindings as findings } from '../../support/cli.js';

/** Non-empty lines of a stream. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

/** Lines that look like a JavaScript stack trace. */
export function stackLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s+at\s.+(\(|:\d+:\d+)/.test(l));
}

/**
 * 1-based line/column of a character offset, counting \r\n, lone \r and \n
 * as one line break each: an independent oracle for the tool's positions.
 */
export function pointOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: offset - (lastBreak + 1) + 1 };
}

/** Where `needle` starts and ends in `text` (nth occurrence, default first). */
export function rangeOf(text: string, needle: string, nth = 0): { line: number; column: number; endLine: number; endColumn: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" is not in the text`);
  }
  const s = pointOf(text, at);
  const e = pointOf(text, at + needle.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

export interface EntryState {
  type: 'file' | 'dir' | 'link' | 'other';
  size: number;
  mtimeMs: number;
  mode: number;
  /** sha1 of a file's bytes, or a link's target. */
  content: string;
}

/** Every entry under `dir` (links not followed), with its bytes' hash, size, mtime and mode. */
export function snapshot(dir: string, skip: (rel: string) => boolean = () => false): Map<string, EntryState> {
  const out = new Map<string, EntryState>();
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      const path = join(abs, name);
      const rel = relative(dir, path);
      if (skip(rel)) continue;
      const st = lstatSync(path);
      const base = { size: st.size, mtimeMs: st.mtimeMs, mode: st.mode };
      if (st.isSymbolicLink()) out.set(rel, { type: 'link', ...base, content: readlinkSync(path) });
      else if (st.isDirectory()) {
        out.set(rel, { type: 'dir', ...base, size: 0, content: '' });
        walk(path);
      } else if (st.isFile()) out.set(rel, { type: 'file', ...base, content: st.mode & 0o444 ? sha1(readFileSync(path)) : '' });
      else out.set(rel, { type: 'other', ...base, content: '' });
    }
  };
  walk(dir);
  return out;
}

export function sha1(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}
