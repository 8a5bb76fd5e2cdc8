// The rule docs (rules/<id>.md) stay true: their metadata matches the rule's
// meta, their "Incorrect" examples produce the finding they show, and their
// "Correct" examples do not produce it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesById } from '../../rules/index.js';
import { ROOT } from './support/cli.js';
import { lint, removeCorpora } from './support/corpus.js';

afterAll(removeCorpora);

// Every registered rule: a new rule is covered the day it is added.
const DOCUMENTED = [...rulesById.keys()];

interface Example {
  files: Record<string, string>;
  /** Findings shown in the example's output blocks: path ('' when the block names none), line, column, severity, message. */
  shown: Array<{ path: string; line: number; column: number; severity: string; message: string }>;
}

const FENCE = /^```(\w*)\n([\s\S]*?)^```$/gm;
const NAMED = /`([\w./-]+\.(?:txt|md))`:\s*$/;
const SHOWN = /^\s*(\d+):(\d+)\s+(error|warning|info)\s{2,}(.+?)\s{2}([a-z-]+)$/;

/** The code blocks of one section: articles (named by a "`file`:" line before them, else article.<ext>) and output blocks. */
function section(doc: string, heading: string): Example {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = doc.indexOf('\n## ', start + 1);
  const text = doc.slice(start, end < 0 ? undefined : end);
  const files: Record<string, string> = {};
  const shown: Example['shown'] = [];
  for (const m of text.matchAll(FENCE)) {
    const [, lang, body] = m;
    if (lang === 'text' || lang === 'markdown') {
      const before = text.slice(0, m.index).trimEnd().split('\n').pop() ?? '';
      const name = NAMED.exec(before)?.[1] ?? (lang === 'markdown' ? 'article.md' : 'article.txt');
      files[name] = body!;
    } else if (lang === '') {
      let path = '';
      for (const line of body!.split('\n')) {
        const f = SHOWN.exec(line);
        if (f) shown.push({ path, line: Number(f[1]), column: Number(f[2]), severity: f[3]!, message: f[4]! });
        else if (/^\S+\.(?:txt|md)$/.test(line)) path = line;
      }
    }
  }
  return { files, shown };
}

describe.each(DOCUMENTED)('rules/%s.md', (id) => {
  const rule = rulesById.get(id)!;
  const doc = readFileSync(join(ROOT, 'rules', `${id}.md`), 'utf8');

  it('is the docs path the rule names, titled by the id, with its severity, scope and options', () => {
    expect(rule.meta.docs).toBe(`rules/${id}.md`);
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    expect(doc).toContain(`| Default severity | \`${rule.meta.defaultSeverity}\` |`);
    expect(doc).toContain(`| Scope | \`${rule.meta.scope}\``);
    for (const [name, spec] of Object.entries(rule.meta.options ?? {})) {
      expect(doc).toContain(`| \`${name}\` | ${spec.type} | \`${JSON.stringify(spec.default)}\` |`);
    }
    if (!rule.meta.options) expect(doc).toMatch(/## Options\n\nNone\./);
    expect(doc).toContain(`<!-- briefcheck-disable-next-line ${id} -- `);
  });

  it('has an "Incorrect" example that gives the finding it shows', async () => {
    const example = section(doc, 'Incorrect');
    expect(Object.keys(example.files).length).toBeGreaterThan(0);
    const found = (await lint(example.files)).findings(id);
    expect(found.length).toBeGreaterThan(0);
    for (const s of example.shown) {
      const match = found.find((f) => f.line === s.line && f.column === s.column && (s.path === '' || f.path === s.path));
      expect(match, `${s.path}:${s.line}:${s.column} ${s.message}`).toBeDefined();
      expect(match!.message).toBe(s.message);
      expect(match!.severity).toBe(s.severity);
    }
  });

  it('has a "Correct" example (replacing the files of the same name) without that finding', async () => {
    const incorrect = section(doc, 'Incorrect');
    const correct = section(doc, 'Correct');
    expect(Object.keys(correct.files).length).toBeGreaterThan(0);
    const files = { ...incorrect.files, ...correct.files };
    // The rule is silent on the files the Correct example gives.
    const found = (await lint(files)).findings(id).filter((f) => f.path in correct.files);
    expect(found).toEqual([]);
  });
});
