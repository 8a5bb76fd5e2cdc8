// The built `briefcheck` command, run as a child process on fixture folders:
// exit codes, the stylish report, the findings JSON, determinism and inputs.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureText, runCli } from './support/cli.js';
import { place, removeCorpora, writeCorpus } from './support/corpus.js';
import type { JsonReport } from '../support/cli.js';

afterAll(removeCorpora);

const BRIEF = 'newsroom/desk/morning-brief.md';
const WIRE = 'newsroom/wire/plant-leak.txt';
const brief = fixtureText(BRIEF);
const wire = fixtureText(WIRE);

const FINDING = /^ {2}(\d+):(\d+) +(error|warning|info) {2,}(.+?) {2}([a-z][a-z0-9-]*)$/;
const RELATED = /^ +↳ (\S+):(\d+):(\d+) {2}(.*)$/;
const SUMMARY = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?, (\d+) info\)$/;


function json(args: string[], cwd?: string): { code: number | null; report: JsonReport; stderr: string } {
  const r = runCli([...args, '--format', 'json'], cwd);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

describe('exit codes', () => {
  it('0 and a one-line all-clear on a clean article', () => {
    const r = runCli(['clean/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 1 article checked, no problems\n');
    expect(r.stderr).toBe('');
  });

  it('0 when there are only warnings and info', () => {
    expect(runCli(['newsroom/']).code).toBe(0);
  });

  it('1 when a folder\'s config sets a rule to error and it fires', () => {
    const r = runCli(['strict/']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error    This claim rests on an unnamed source ("a senior port executive").  anonymous-source');
    // The same config turned hedged-claim off for that folder.
    expect(r.stdout).not.toContain('hedged-claim');
  });

  it('1 over --max-warnings, 0 at it', () => {
    const warnings = json(['newsroom/']).report.files.reduce((n, f) => n + f.warningCount, 0);
    expect(warnings).toBeGreaterThan(1);
    const over = runCli(['newsroom/', '--max-warnings', String(warnings - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`too many warnings (maximum: ${warnings - 1})`);
    expect(runCli(['newsroom/', '--max-warnings', String(warnings)]).code).toBe(0);
  });

  it('2 for a path that does not exist, naming it', () => {
    const r = runCli(['clean/', 'no-such-folder/']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('no-such-folder/: error: no such file or folder');
    const j = json(['no-such-folder/']);
    expect(j.code).toBe(2);
    expect(j.report.errors).toEqual([{ path: 'no-such-folder/', kind: 'usage', message: 'no such file or folder' }]);
  });

  it('2 for a glob that matches nothing', () => {
    const r = runCli(['newsroom/**/*.rst']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('the pattern matched no files');
  });

  it('2 for a bad config value, naming file, line and key', () => {
    const dir = writeCorpus({ 'story.txt': ' date 2025-01-01 The ferry sank on Monday, the coast guard said.\n' }, 'rules:\n  hedged-claim: warning\n  anonymous-source: loud\n');
    const r = runCli(['story.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${join(dir, '.briefcheckrc.yaml')}:4: error: bad severity "loud" for rules.anonymous-source`);
  });

  it('2 for an unknown config key, naming file, line and key', () => {
    const dir = writeCorpus({ 'story.txt': ' date 2025-01-01 The ferry sank on Monday, the coast guard said.\n' }, 'rules:\n  hedged-claim: warning\nrulez:\n  anonymous-source: off\n');
    const r = runCli(['.', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ path: join(dir, '.briefcheckrc.yaml'), line: 4, kind: 'config' });
    expect(report.errors[0]!.message).toContain('unknown key "rulez"');
    expect(r.stderr).toContain(`${join(dir, '.briefcheckrc.yaml')}:4: unknown key "rulez"`);
  });

  it('2 for an unknown rule in --rule, listing the known ones', () => {
    const r = runCli(['clean/', '--rule', 'no-such-rule:error']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "no-such-rule" in --rule');
    expect(r.stderr).toContain('unconfirmed-as-fact');
    expect(r.stdout).toBe('');
  });

  it('2 for a bad --rule level', () => {
    const r = runCli(['clean/', '--rule', 'hedged-claim:loud']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rule takes id:level');
  });
});

describe('stylish output', () => {
  const out = runCli(['newsroom/']).stdout;
  const lines = out.split('\n');

  it('has a block per file: the path, then `line:col  severity  message  rule-id` lines', () => {
    expect(lines[0]).toBe(BRIEF);
    const blockStarts = lines.map((l, i) => (l === BRIEF || l === WIRE ? i : -1)).filter((i) => i >= 0);
    expect(blockStarts).toHaveLength(2);
    expect(lines[blockStarts[1]! - 1]).toBe('');
    const findings = lines.filter((l) => FINDING.test(l));
    expect(findings.length).toBeGreaterThanOrEqual(5);
    const leak = place(brief, 'The Lakeside chemical plant leaked');
    expect(out).toContain(`  ${leak.line}:${leak.column} `);
    const line = lines.find((l) => l.endsWith('  unconfirmed-as-fact'))!;
    const [, l, c, severity, message] = FINDING.exec(line)!;
    expect([Number(l), Number(c), severity]).toEqual([leak.line, leak.column, 'warning']);
    expect(message).toBe('Stated here as fact, but plant-leak.txt only hedges it ("is believed to").');
  });

  it('lists related locations as `↳ path:line:col  excerpt` under cross-source findings', () => {
    const i = lines.findIndex((l) => l.endsWith('  unconfirmed-as-fact'));
    const related = RELATED.exec(lines[i + 1]!)!;
    expect(related).not.toBeNull();
    const there = place(wire, 'MERSA (Reuters)');
    expect([related[1], Number(related[2]), Number(related[3])]).toEqual([WIRE, there.line, there.column]);
    expect(related[4]!.startsWith('MERSA (Reuters) - The Lakeside chemical plant is believed to')).toBe(true);
  });

  it('ends with a summary line whose counts match the findings', () => {
    const findings = lines.filter((l) => FINDING.test(l)).map((l) => FINDING.exec(l)![3]);
    const summary = lines.find((l) => SUMMARY.test(l))!;
    const [, total, errors, warnings, info] = SUMMARY.exec(summary)!.map(Number);
    expect(total).toBe(findings.length);
    expect(errors).toBe(findings.filter((s) => s === 'error').length);
    expect(warnings).toBe(findings.filter((s) => s === 'warning').length);
    expect(info).toBe(findings.filter((s) => s === 'info').length);
    expect(out.endsWith(`${summary}\n\n`)).toBe(true);
  });

  it('has no ANSI colour codes when stdout is not a terminal, unless --color', () => {
    expect(out).not.toMatch(/\u001b\[/);
    expect(runCli(['newsroom/', '--color']).stdout).toMatch(/\u001b\[\d+m/);
  });
});

describe('json output', () => {
  const { report } = json(['newsroom/', 'clean/']);

  it('carries the version, the tool and every checked file, sorted by path', () => {
    expect(report.version).toBe('1.0');
    expect(report.tool).toBe('briefcheck');
    expect(report.files.map((f) => f.path)).toEqual(['clean/library-vote.txt', BRIEF, WIRE]);
    expect(report.files[0]!.messages).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it('gives each message ruleId, severity, message, 1-based positions, excerpt and related[]', () => {
    const file = report.files.find((f) => f.path === BRIEF)!;
    const m = file.messages.find((x) => x.ruleId === 'unconfirmed-as-fact')!;
    const sentence = 'The Lakeside chemical plant leaked chlorine into the Mersa river on Saturday.';
    const at = place(brief, sentence);
    expect(m).toMatchObject({ severity: 'warning', line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, excerpt: sentence });
    expect(m.message).toBe('Stated here as fact, but plant-leak.txt only hedges it ("is believed to").');
    expect(m.related).toHaveLength(1);
    const wireSentence = wire.slice(wire.indexOf('MERSA'), wire.indexOf('officials said.') + 'officials said.'.length);
    const there = place(wire, wireSentence);
    expect(m.related[0]).toMatchObject({ path: WIRE, line: there.line, column: there.column, endLine: there.endLine, endColumn: there.endColumn });
    expect(m.related[0]!.message).toContain('plant-leak.txt only hedges it');
    expect(m.related[0]!.excerpt.endsWith('…')).toBe(true);
    expect(m.related[0]!.excerpt.length).toBeLessThanOrEqual(120);
  });

  it('keeps per-file counts that match the messages, and messages sorted by position', () => {
    for (const f of report.files) {
      expect(f.errorCount).toBe(f.messages.filter((m) => m.severity === 'error').length);
      expect(f.warningCount).toBe(f.messages.filter((m) => m.severity === 'warning').length);
      expect(f.infoCount).toBe(f.messages.filter((m) => m.severity === 'info').length);
      const keys = f.messages.map((m) => m.line * 10_000 + m.column);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it('reports a number conflict at the number, with the other number as related location', () => {
    const m = report.files.find((f) => f.path === WIRE)!.messages.find((x) => x.ruleId === 'conflicting-number')!;
    const here = place(wire, 'Fourteen people');
    const there = place(brief, 'Forty-one people');
    expect(m).toMatchObject({ line: here.line, column: here.column, endColumn: here.endColumn, excerpt: 'Fourteen people' });
    expect(m.related[0]).toMatchObject({ path: BRIEF, line: there.line, column: there.column, endColumn: there.endColumn, excerpt: 'Forty-one people' });
  });
});

describe('determinism and inputs', () => {
  it('gives the same bytes on two runs, in both formats', () => {
    expect(runCli(['newsroom/', '--format', 'json']).stdout).toBe(runCli(['newsroom/', '--format', 'json']).stdout);
    expect(runCli(['newsroom/', 'clean/']).stdout).toBe(runCli(['clean/', 'newsroom/']).stdout);
  });

  it('takes files, folders and globs together, without duplicates', () => {
    const { report } = json([WIRE, 'clean/', 'newsroom/desk/*.md', 'newsroom/wire/']);
    expect(report.files.map((f) => f.path)).toEqual(['clean/library-vote.txt', BRIEF, WIRE]);
    // The cross-source finding needs both articles: it is there.
    expect(report.files.find((f) => f.path === BRIEF)!.messages.some((m) => m.ruleId === 'unconfirmed-as-fact')).toBe(true);
  });

  it('checks only what it is given: one file alone has no cross-source findings', () => {
    const { report } = json([BRIEF]);
    expect(report.files.map((f) => f.path)).toEqual([BRIEF]);
    expect(report.files[0]!.messages.filter((m) => m.related.length > 0)).toEqual([]);
  });
});
