// naming-variant runs through the real pipeline (load, extract, entity
// resolution via claims()) and the real rule engine (runRules), on small
// article folders written to a temp dir.
import { afterAll, describe, expect, it } from 'vitest';
import { claims } from '../src/pipeline.js';
import { runRules } from '../src/rules/engine.js';
import type { RuleSetting } from '../src/config/load.js';
import type { Finding } from '../src/types.js';
import { expectedSpan, removeCorpora, span, writeCorpus } from '../tests/e2e/support/corpus.js';
import rule from './naming-variant.js';

afterAll(removeCorpora);

async function run(files: Record<string, string>, options: Record<string, unknown> = {}, config = ''): Promise<Finding[]> {
  const dir = writeCorpus(files, config);
  const result = await claims(['.'], { cwd: dir });
  expect(result.errors.filter((e) => e.kind !== 'notice')).toEqual([]);
  const setting: RuleSetting = { severity: 'info', options };
  const out = runRules({
    reported: result.articles,
    all: result.articles,
    links: result.links,
    rules: [rule],
    settingsFor: () => new Map([[rule.meta.id, setting]]),
    entityKey: (s) => s,
  });
  return out.files.flatMap((f) => f.messages);
}

const first = ` date 2024-03-11 DUSHANBE - Fighters of the Tahrir-e-Islami Front attacked a border post in the Rasht valley on Sunday, Tajik officials said.

The Tahrir-e-Islami Front, which has fought the government since 2015, is led by Ahmad Yousuf Rahimi.

Interior Minister Dmitry Sokolov said the attackers had crossed from Kyrgyzstan.
`;

const second = ` date 2024-03-12 Tajik security forces killed three members of the Tahrir-e-Islami Front on Monday.

The group's leader, Ahmed Yusuf Rahimi, said the fighters had been "martyred".

Interior minister Dmitry Sokolov said the operation was over.
`;

const third = ` date 2024-03-12 The Tahreer-i Islami Front claimed the attack in a statement.

Kyrgyz officials denied that the attackers had come from Kyrgyzstan.

Ahmed Ali Rahimi, a cousin of the group's leader, was arrested in Osh.
`;

describe('naming-variant', () => {
  it('flags the minority spelling of an organisation, pointing at the other articles', async () => {
    const found = (await run({ 'a.txt': first, 'b.txt': second, 'c.txt': third })).filter((f) => f.path === 'c.txt');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.ruleId).toBe('naming-variant');
    expect(f.severity).toBe('info');
    expect(span(f)).toEqual(expectedSpan(third, 'Tahreer-i Islami Front'));
    expect(f.message).toBe('"Tahreer-i Islami Front" is written "Tahrir-e-Islami Front" in a.txt and b.txt (3 times); use one spelling of this name throughout.');
    expect(f.related.map((r) => [r.path, r.line, r.column])).toEqual([
      ['a.txt', expectedSpan(first, 'Tahrir-e-Islami Front').line, expectedSpan(first, 'Tahrir-e-Islami Front').column],
      ['b.txt', expectedSpan(second, 'Tahrir-e-Islami Front').line, expectedSpan(second, 'Tahrir-e-Islami Front').column],
    ]);
    expect(f.related[0]!.message).toBe('a.txt writes "Tahrir-e-Islami Front"');
  });

  it('on a tie reports both spellings of a person, and never the majority form', async () => {
    const found = await run({ 'a.txt': first, 'b.txt': second, 'c.txt': third });
    const rahimi = found.filter((f) => f.message.includes('Rahimi'));
    expect(rahimi.map((f) => [f.path, f.excerpt])).toEqual([
      ['a.txt', 'Ahmad Yousuf Rahimi'],
      ['b.txt', 'Ahmed Yusuf Rahimi'],
    ]);
    expect(rahimi[0]!.message).toBe('"Ahmad Yousuf Rahimi" is written "Ahmed Yusuf Rahimi" in b.txt (once); use one spelling of this name throughout.');
    expect(found.some((f) => f.excerpt === 'Tahrir-e-Islami Front')).toBe(false);
  });

  it('does not flag a different person with the same surname, a demonym, case, or the same spelling everywhere', async () => {
    const found = await run({ 'a.txt': first, 'b.txt': second, 'c.txt': third });
    const excerpts = found.map((f) => f.excerpt);
    expect(excerpts).not.toContain('Ahmed Ali Rahimi');
    expect(excerpts).not.toContain('Tajik');
    expect(excerpts).not.toContain('Kyrgyz');
    expect(excerpts).not.toContain('Dmitry Sokolov');
    expect(found).toHaveLength(3);
  });

  it('flags acronym styles ("U.N." / "UN") unless acronyms: false', async () => {
    const files = {
      'a.txt': ' date 2024-01-02 The UN said aid had reached the valley. The UN also asked for funds.\n',
      'b.txt': ' date 2024-01-03 The U.N. said the road was closed.\n',
    };
    const config = 'aliases:\n  "United Nations": ["UN", "U.N."]\n';
    const found = await run(files, {}, config);
    expect(found.map((f) => [f.path, f.excerpt])).toEqual([['b.txt', 'U.N.']]);
    expect(found[0]!.message).toBe('"U.N." is written "UN" in a.txt (twice); use one spelling of this name throughout.');
    expect(await run(files, { acronyms: false }, config)).toEqual([]);
  });

  it('firstOnly reports one mention per variant form and article; maxRelated caps the related list', async () => {
    const files = {
      'a.txt': ' date 2024-01-02 Officials of the Hezb-e Wahdat met on Monday.\n',
      'b.txt': ' date 2024-01-02 Officials of the Hezb-e Wahdat met again.\n',
      'd.txt': ' date 2024-01-02 A leader of the Hezb-e Wahdat resigned.\n',
      'c.txt': ' date 2024-01-02 Officials of the Hizb-i Wahdat left. Later the Hizb-i Wahdat denied it.\n',
    };
    expect((await run(files)).map((f) => f.path)).toEqual(['c.txt', 'c.txt']);
    const once = await run(files, { firstOnly: true, maxRelated: 1 });
    expect(once.map((f) => f.path)).toEqual(['c.txt']);
    expect(once[0]!.related).toHaveLength(1);
  });
});
