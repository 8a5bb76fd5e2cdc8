// Inline suppression: `briefcheck-disable-next-line`, `-disable` … `-enable`
// ranges, HTML comments in Markdown, bare lines (or after # and //) in .txt,
// `-- reason` ignored, and `--report-unused-disable`. Each case is checked
// against a control copy whose directives are defused, so we know the
// suppressed findings are real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, jsonMessages, positionOf, removeFolders, requireBuild, runCli, type JsonMessage } from './support.js';

afterAll(removeFolders);
beforeAll(requireBuild);

// The hedges are the writer's own (no source), which hedged-claim reports.
const MARKDOWN = `---
date: 2024-05-15
source: Harbor Desk
---

<!-- briefcheck-disable-next-line conflicting-number -- the authority revised the figure on Tuesday -->
The Valmora Harbor Authority approved five new container berths at the southern terminal on Monday, its director Elena Ruiz said.

<!-- briefcheck-disable hedged-claim -->
The authority is thought to have rejected a rival bid from a Danish operator.

The cranes came from a Finnish supplier, two port officials said on condition of anonymity.

Dock workers reportedly staged a short strike in March.
<!-- briefcheck-enable -->

The terminal is believed to have lost money in 2023.

<!-- briefcheck-disable-next-line anonymous-source -- nothing to hide here -->
Ruiz told reporters that the terminal would hire 400 workers.
`;

const PLAIN = ` date 2024-05-15 Harbor expansion moves ahead

briefcheck-disable-next-line hedged-claim -- the desk could not confirm it either
The authority is thought to have rejected a rival bid from a Danish operator.

The terminal is believed to have lost money in 2023.

# briefcheck-disable-next-line conflicting-number
The Valmora Harbor Authority approved five new container berths at the southern terminal on Monday, its director Elena Ruiz said.

// briefcheck-disable
The cranes reportedly came from a Finnish supplier, two port officials said on condition of anonymity.
// briefcheck-enable

Dock workers reportedly staged a short strike in March.
`;

// Same words without the directives: what briefcheck reports when nothing is suppressed.
// (An HTML comment stays a comment; a plain-text directive line becomes an empty line, so lines keep their numbers.)
const defuse = (text: string) => text.replace(/briefcheck-(disable|enable)/g, 'note-$1');
const blankDirectives = (text: string) => text.replace(/^.*briefcheck-(disable|enable).*$/gm, '');

const line = (text: string, needle: string) => positionOf(text, needle).line;
const at = (messages: JsonMessage[], ruleId: string, lineNo: number) => messages.filter((m) => m.ruleId === ruleId && m.line === lineNo);

describe('suppression comments in Markdown', () => {
  let dir: string;
  beforeAll(() => {
    dir = fixture('newsroom', { 'drafts/harbor.md': MARKDOWN, 'control/harbor.md': defuse(MARKDOWN) });
  });

  const berths = line(MARKDOWN, 'five new container berths');
  const rival = line(MARKDOWN, 'is thought to have rejected');
  const cranes = line(MARKDOWN, 'The cranes came');
  const strike = line(MARKDOWN, 'Dock workers reportedly');
  const losses = line(MARKDOWN, 'is believed to have lost');

  it('the control copy has the findings the comments are meant to hide', () => {
    const control = jsonMessages(runCli(dir, ['control/', '--against', 'archive/', '--format', 'json']));
    expect(at(control, 'conflicting-number', berths)).toHaveLength(1);
    expect(at(control, 'hedged-claim', rival)).toHaveLength(1);
    expect(at(control, 'hedged-claim', strike)).toHaveLength(1);
    expect(at(control, 'hedged-claim', losses)).toHaveLength(1);
    expect(at(control, 'anonymous-source', cranes)).toHaveLength(1);
  });

  it('disable-next-line (with a -- reason) hides its rule on the next line only', () => {
    const messages = jsonMessages(runCli(dir, ['drafts/', '--against', 'archive/', '--format', 'json']));
    expect(messages.filter((m) => m.ruleId === 'conflicting-number')).toEqual([]);
  });

  it('disable … enable hides the named rule inside the range, not other rules, not after it', () => {
    const messages = jsonMessages(runCli(dir, ['drafts/', '--against', 'archive/', '--format', 'json']));
    expect(at(messages, 'hedged-claim', rival)).toEqual([]);
    expect(at(messages, 'hedged-claim', strike)).toEqual([]);
    expect(at(messages, 'anonymous-source', cranes)).toHaveLength(1);
    expect(at(messages, 'hedged-claim', losses)).toHaveLength(1);
  });

  it('--report-unused-disable reports the directive that hides nothing, and only with the flag', () => {
    const unusedLine = line(MARKDOWN, 'briefcheck-disable-next-line anonymous-source');
    const withFlag = jsonMessages(runCli(dir, ['drafts/', '--against', 'archive/', '--format', 'json', '--report-unused-disable']));
    const unused = withFlag.filter((m) => m.ruleId === 'unused-disable');
    expect(unused.map((m) => [m.line, m.severity])).toEqual([[unusedLine, 'warning']]);
    expect(unused[0]!.message).toContain('anonymous-source');
    expect(jsonMessages(runCli(dir, ['drafts/', '--against', 'archive/', '--format', 'json'])).some((m) => m.ruleId === 'unused-disable')).toBe(false);
  });

  it('a bare directive line is prose in Markdown, not a directive', () => {
    const text = MARKDOWN.replace('<!-- briefcheck-disable-next-line conflicting-number -- the authority revised the figure on Tuesday -->', 'briefcheck-disable-next-line conflicting-number');
    const d = fixture('newsroom', { 'drafts/bare.md': text });
    const messages = jsonMessages(runCli(d, ['drafts/', '--against', 'archive/', '--format', 'json']));
    expect(at(messages, 'conflicting-number', line(text, 'five new container berths'))).toHaveLength(1);
  });
});

describe('suppression lines in plain text', () => {
  let dir: string;
  beforeAll(() => {
    dir = fixture('newsroom', { 'drafts/harbor.txt': PLAIN, 'control/harbor.txt': blankDirectives(PLAIN) });
  });

  it('bare, # and // directive lines suppress as the HTML form does', () => {
    const control = jsonMessages(runCli(dir, ['control/', '--against', 'archive/', '--format', 'json']));
    const messages = jsonMessages(runCli(dir, ['drafts/', '--against', 'archive/', '--format', 'json', '--report-unused-disable']));
    const rival = line(PLAIN, 'is thought to have rejected');
    const losses = line(PLAIN, 'is believed to have lost');
    const berths = line(PLAIN, 'five new container berths');
    const cranes = line(PLAIN, 'The cranes reportedly');
    const workers = line(PLAIN, 'Dock workers');
    // Bare line, with a reason.
    expect(at(control, 'hedged-claim', rival)).toHaveLength(1);
    expect(at(messages, 'hedged-claim', rival)).toEqual([]);
    expect(at(messages, 'hedged-claim', losses)).toHaveLength(1);
    // After #.
    expect(at(control, 'conflicting-number', berths)).toHaveLength(1);
    expect(at(messages, 'conflicting-number', berths)).toEqual([]);
    // After //, a range with no rule ids: every rule inside it.
    expect(at(control, 'anonymous-source', cranes)).toHaveLength(1);
    expect(messages.filter((m) => m.line === cranes)).toEqual([]);
    expect(at(messages, 'hedged-claim', workers)).toHaveLength(1);
    expect(messages.filter((m) => m.ruleId === 'unused-disable')).toEqual([]);
  });
});

describe('the -- reason is not a list of rules', () => {
  it('a rule id named in the reason is not suppressed, and the directive is reported unused', () => {
    const text = PLAIN.replace('# briefcheck-disable-next-line conflicting-number', '<!-- briefcheck-disable-next-line hedged-claim -- not conflicting-number, which is real -->');
    const dir = fixture('newsroom', { 'drafts/harbor.txt': text });
    const messages = jsonMessages(runCli(dir, ['drafts/', '--against', 'archive/', '--format', 'json', '--report-unused-disable']));
    expect(at(messages, 'conflicting-number', line(text, 'five new container berths'))).toHaveLength(1);
    const unused = messages.filter((m) => m.ruleId === 'unused-disable');
    expect(unused.map((m) => m.line)).toEqual([line(text, '<!-- briefcheck-disable-next-line hedged-claim')]);
    expect(unused[0]!.message).toContain('hedged-claim');
    expect(unused[0]!.message).not.toContain('conflicting-number');
  });
});
