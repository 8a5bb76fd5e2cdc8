// Test support shared by the rule tests (rules/*.test.ts) and the CLI tests:
// write a small folder of articles into a temp dir, lint it through the
// library entry point, and work out expected positions from the text itself
// (indexOf), never from the tool's output.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { check, type CheckResult } from '../../../src/pipeline.js';
import type { Finding } from '../../../src/types.js';

const made: string[] = [];

/**
 * A fresh folder holding `files` (path → text). A `.briefcheckrc.yaml` with
 * `root: true` is always written so no config above the temp dir leaks in;
 * `config` is appended to it (e.g. a `rules:` block).
 */
export function writeCorpus(files: Record<string, string>, config = ''): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'briefcheck-test-')));
  made.push(dir);
  writeFileSync(join(dir, '.briefcheckrc.yaml'), `root: true\n${config}`);
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

/** Remove every folder made by writeCorpus (call from afterAll). */
export function removeCorpora(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A `rules:` config block setting one rule's level and options. */
export function ruleConfig(ruleId: string, level: string, options?: Record<string, unknown>): string {
  return options ? `rules:\n  ${ruleId}: [${level}, ${JSON.stringify(options)}]\n` : `rules:\n  ${ruleId}: ${level}\n`;
}

export interface Linted {
  dir: string;
  result: CheckResult;
  /** Findings of one rule (optionally in one file), in report order. */
  findings(ruleId: string, path?: string): Finding[];
  /** Every finding of every file. */
  all(): Finding[];
}

export async function lint(files: Record<string, string>, config = ''): Promise<Linted> {
  const dir = writeCorpus(files, config);
  const result = await check([dir], { cwd: dir });
  const all = () => result.files.flatMap((f) => f.messages.map((m) => m));
  return {
    dir,
    result,
    all,
    findings: (ruleId, path) => all().filter((m) => m.ruleId === ruleId && (path === undefined || m.path === path)),
  };
}

export interface Place {
  offset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where `needle` stands in `text` (1-based line/column, end exclusive), found
 * with indexOf; `after` skips to the first occurrence after that string.
 */
export function place(text: string, needle: string, after?: string): Place {
  const from = after === undefined ? 0 : text.indexOf(after);
  if (from < 0) throw new Error(`"${after}" is not in the text`);
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const start = pointOf(text, offset);
  const end = pointOf(text, offset + needle.length);
  return { offset, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The position fields of a finding or related location, for toEqual against place(). */
export function span(f: { line: number; column: number; endLine: number; endColumn: number }) {
  return { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

/** place() without the offset, to compare with span(). */
export function expectedSpan(text: string, needle: string, after?: string) {
  const { offset: _offset, ...rest } = place(text, needle, after);
  return rest;
}
