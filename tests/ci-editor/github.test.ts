// --format github: workflow commands that annotate pull requests. Properties
// escape % CR LF : and , ; data escapes % CR LF; info findings are notices.
import { afterAll, describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/github.js';
import type { CheckResult } from '../../src/pipeline.js';
import type { Finding, Severity } from '../../src/types.js';
import { fixture, positionOf, readText, removeFolders, requireBuild, runCli } from './support.js';

afterAll(removeFolders);

function finding(severity: Severity, path: string, message: string, related: Finding['related'] = []): Finding {
  return { ruleId: 'conflicting-date', severity, message, path, span: { start: 10, end: 20 }, line: 4, column: 7, endLine: 5, endColumn: 2, excerpt: '', related };
}

function result(messages: Finding[], errors: CheckResult['errors'] = []): CheckResult {
  return { files: [{ path: messages[0]?.path ?? 'x', messages }], errors, stats: { articles: 1, claims: 0, candidatePairs: 0, links: 0, timings: {} }, unusedDisables: [] };
}

describe('formatGithub', () => {
  it('maps error / warning / info to ::error / ::warning / ::notice with the full range', () => {
    const out = formatGithub(result([finding('error', 'a.txt', 'e'), finding('warning', 'a.txt', 'w'), finding('info', 'a.txt', 'i')]));
    expect(out.split('\n')).toEqual([
      '::error file=a.txt,line=4,col=7,endLine=5,endColumn=2,title=briefcheck conflicting-date::e',
      '::warning file=a.txt,line=4,col=7,endLine=5,endColumn=2,title=briefcheck conflicting-date::w',
      '::notice file=a.txt,line=4,col=7,endLine=5,endColumn=2,title=briefcheck conflicting-date::i',
      '',
    ]);
  });

  it('escapes properties (%, CR, LF, colon, comma) and data (%, CR, LF), keeping : and , in data', () => {
    const out = formatGithub(result([finding('warning', 'desk/100%, final: v2.md', 'Says 40%, not 45%:\r\nsee the wire copy')]));
    expect(out).toBe('::warning file=desk/100%25%2C final%3A v2.md,line=4,col=7,endLine=5,endColumn=2,title=briefcheck conflicting-date::Says 40%25, not 45%25:%0D%0Asee the wire copy\n');
  });

  it('names the other articles of a cross-source finding in the message', () => {
    const related = [{ path: 'archive/x.txt', line: 12, column: 3, endLine: 12, endColumn: 9, excerpt: 'x', message: 'x' }];
    const out = formatGithub(result([finding('error', 'new/a.txt', 'Dates differ.', related)]));
    expect(out.endsWith('::Dates differ. (see archive/x.txt:12)\n')).toBe(true);
  });

  it('turns input errors into ::error annotations and prints nothing for a clean run', () => {
    expect(formatGithub(result([], [{ path: 'new/b.md', line: 2, message: 'front matter: bad date', kind: 'input' }]))).toBe('::error file=new/b.md,line=2,title=briefcheck::front matter: bad date\n');
    expect(formatGithub(result([]))).toBe('');
  });
});

describe('--format github from the CLI', () => {
  it('annotates the new articles only, with positions taken from the text', () => {
    requireBuild();
    const dir = fixture('newsroom');
    const run = runCli(dir, ['new/', '--against', 'archive/', '--format', 'github']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) file=new\//.test(l))).toBe(true);
    const number = lines.filter((l) => l.includes('title=briefcheck conflicting-number'));
    expect(number).toHaveLength(1);
    const at = positionOf(readText(dir, 'new/harbor-followup.txt'), 'five new container berths');
    expect(number[0]).toBe(
      `::error file=new/harbor-followup.txt,line=${at.line},col=${at.column},endLine=${at.endLine},endColumn=${at.endColumn},title=briefcheck conflicting-number::` +
        `This says "five new container berths", but harbor-approval.txt says "three new container berths" for the same thing. (see archive/harbor-approval.txt:${positionOf(readText(dir, 'archive/harbor-approval.txt'), 'three new').line})`,
    );
    expect(lines.filter((l) => l.startsWith('::notice')).map((l) => /title=briefcheck ([\w-]+)/.exec(l)![1])).toEqual(['hedged-claim']);
  });
});
