import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../src/corpus/resolve-entities.js';
import type { ArticleClaims, EntityMention } from '../../src/types.js';
import { MERGE_PAIRS } from './merge-pairs.js';
import { article, mention, mentions } from './support.js';

const DEFAULT_CTX = 'Reporters spoke to {} on Monday.';

/** The mention that is `name` without its title (the longest mention that ends the name). */
function nameMention(a: ArticleClaims, name: string): EntityMention | undefined {
  return mentions(a)
    .filter((m) => name.endsWith(m.text))
    .sort((x, y) => y.text.length - x.text.length)[0];
}

describe('resolveEntities: labelled name pairs', () => {
  it('merges spelling variants and keeps look-alikes apart (precision / recall on the labelled list)', () => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    const wrong: string[] = [];
    for (const p of MERGE_PAIRS) {
      const A = article('a.txt', (p.ctxA ?? DEFAULT_CTX).replace('{}', p.a));
      const B = article('b.txt', (p.ctxB ?? p.ctxA ?? DEFAULT_CTX).replace('{}', p.b));
      resolveEntities([A, B]);
      const ma = nameMention(A, p.a), mb = nameMention(B, p.b);
      const merged = ma !== undefined && mb !== undefined && ma.key === mb.key;
      if (merged && p.merge) tp++;
      else if (merged) fp++;
      else if (p.merge) fn++;
      else tn++;
      if (merged !== p.merge) wrong.push(`${p.merge ? 'missed' : 'wrongly merged'}: "${p.a}" / "${p.b}" (${p.why})`);
    }
    const precision = tp / (tp + fp), recall = tp / (tp + fn);
    console.log(
      `entity merge decisions on ${MERGE_PAIRS.length} labelled pairs (${tp + fn} should merge, ${fp + tn} should not): ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})\n  ${wrong.join('\n  ')}`,
    );
    expect(MERGE_PAIRS.length).toBeGreaterThanOrEqual(60);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe('resolveEntities: alias definitions', () => {
  it('an acronym defined in one article keys the bare acronym in another', () => {
    const a = article('a.txt', 'Fighters of the Tahrir-e-Islami Front (TIF) attacked a border post on Sunday.');
    const b = article('b.txt', 'TIF fighters withdrew on Monday, officials said.');
    resolveEntities([a, b]);
    expect(mention(b, 'TIF').key).toBe(mention(a, 'Tahrir-e-Islami Front').key);
    expect(mention(a, 'TIF').key).toBe(mention(a, 'Tahrir-e-Islami Front').key);
  });

  it('joins a loose "X or ABC" definition to the strict expansion of the same acronym elsewhere', () => {
    const a = article('a.txt', 'The Harakat-e-Sahel Hifazat (HSH) has fought the army since 2012.');
    const b = article('b.txt', 'Sahel Harakat or HSH has demanded the release of prisoners.');
    resolveEntities([a, b]);
    const key = mention(a, 'Harakat-e-Sahel Hifazat').key;
    expect(mention(b, 'Sahel Harakat').key).toBe(key);
    expect(mention(b, 'HSH').key).toBe(key);
  });

  it('keeps an acronym per article when two articles expand it into two different names', () => {
    const a = article('a.txt', 'The Progressive Teachers Alliance (PTA) called a strike.');
    const b = article('b.txt', 'The Ports and Transport Authority (PTA) closed the harbour.');
    const c = article('c.txt', 'The PTA said on Friday it would appeal.');
    resolveEntities([a, b, c]);
    expect(mention(a, 'PTA').key).toBe(mention(a, 'Progressive Teachers Alliance').key);
    expect(mention(b, 'PTA').key).toBe(mention(b, 'Ports and Transport Authority').key);
    expect(mention(a, 'Progressive Teachers Alliance').key).not.toBe(mention(b, 'Ports and Transport Authority').key);
    expect(mention(c, 'PTA').key).toBe('pta');
  });

  it('"also known as" joins two names', () => {
    const a = article('a.txt', 'The Northern Shura, also known as the Mountain Council, rejected the offer.');
    const b = article('b.txt', 'The Mountain Council said it would keep fighting.');
    resolveEntities([a, b]);
    expect(mention(b, 'Mountain Council').key).toBe(mention(a, 'Northern Shura').key);
  });

  it('aliases from configuration join names no article links, and name the key', () => {
    const a = article('a.txt', 'The Islamic Liberation Front claimed the attack.');
    const b = article('b.txt', 'Fighters of the Tahreer-i Islami Front fled.');
    const c = article('c.txt', 'ILF gunmen were seen in the valley.');
    const index = resolveEntities([a, b, c], { 'Islamic Liberation Front': ['Tahrir-e-Islami Front', 'ILF'] });
    const key = mention(a, 'Islamic Liberation Front').key;
    expect(key).toBe('islamic liberation front');
    expect(mention(b, 'Tahreer-i Islami Front').key).toBe(key);
    expect(mention(c, 'ILF').key).toBe(key);
    expect(index.keyOf('the Tahrir-e-Islami Front')).toBe(key);
  });
});

describe('resolveEntities: people', () => {
  it('a bare surname takes the key of the one full name of its article, not across articles', () => {
    const a = article('a.txt', 'Interior Minister Dmitry Sokolov visited the post.\n\n"We will not negotiate," Sokolov said.');
    const b = article('b.txt', 'Sokolov declined to comment on Tuesday.');
    resolveEntities([a, b]);
    expect(mention(a, 'Sokolov').key).toBe(mention(a, 'Dmitry Sokolov').key);
    expect(mention(b, 'Sokolov').key).not.toBe(mention(a, 'Dmitry Sokolov').key);
  });

  it('a surname shared by two people of the article stays unresolved', () => {
    const a = article('a.txt', 'Ali Durrani met Asad Durrani in the capital.\n\nDurrani said the meeting went well.');
    resolveEntities([a]);
    expect(mention(a, 'Ali Durrani').key).not.toBe(mention(a, 'Asad Durrani').key);
    expect(mention(a, 'Durrani').key).toBe('durani');
  });

  it('keyOf folds titles and finds transliteration variants it has not seen', () => {
    const a = article('a.txt', 'The Tahrir-e-Islami Front is led by Ahmad Yousuf Rahimi, officials said.');
    const index = resolveEntities([a]);
    const key = mention(a, 'Ahmad Yousuf Rahimi').key;
    expect(index.keyOf('Commander Ahmad Yousuf Rahimi')).toBe(key);
    expect(index.keyOf('Ahmed Yusuf Rahimi')).toBe(key);
    expect(index.keyOf('Ahmed Ali Rahimi')).not.toBe(key);
  });

  it('sets mention.key in place on every mention', () => {
    const a = article('a.txt', 'Kenyan police said Dmitriy Sokolov had left Kenya.');
    const b = article('b.txt', 'Dmitry Sokolov arrived in Nairobi.');
    resolveEntities([a, b]);
    expect(mention(a, 'Kenyan').key).toBe(mention(a, 'Kenya').key);
    expect(mention(a, 'Dmitriy Sokolov').key).toBe(mention(b, 'Dmitry Sokolov').key);
  });
});

describe('EntityIndex.variants', () => {
  const a = article('a.txt', 'Fighters of the Tahrir-e-Islami Front attacked the post, Kenyan officials said.\n\nThe U.N. said Omar Bashiri had left.');
  const b = article('b.txt', 'The Tahreer-i Islami Front denied it. Officials in Kenya said the TAHRIR-E-ISLAMI FRONT lied.\n\nThe UN said Bashiri was in Nairobi.');
  const index = resolveEntities([a, b], { 'United Nations': ['UN', 'U.N.'] });
  const variants = index.variants();

  it('lists an entity written in two spellings, with every mention of both', () => {
    const front = variants.find((v) => v.key === mention(a, 'Tahrir-e-Islami Front').key);
    expect(front?.forms.map((f) => [f.path, f.text])).toEqual([
      ['a.txt', 'Tahrir-e-Islami Front'],
      ['b.txt', 'Tahreer-i Islami Front'],
      ['b.txt', 'TAHRIR-E-ISLAMI FRONT'],
    ]);
    expect(front?.forms[0]!.span).toEqual({ start: mention(a, 'Tahrir-e-Islami Front').start, end: mention(a, 'Tahrir-e-Islami Front').end });
  });

  it('lists acronym style variants ("U.N." / "UN")', () => {
    const un = variants.find((v) => v.key === 'united nations');
    expect(un?.forms.map((f) => f.text)).toEqual(['U.N.', 'UN']);
  });

  it('does not list case-only differences, a demonym beside its place, or a bare surname', () => {
    const keys = variants.map((v) => v.key);
    expect(keys).not.toContain(mention(a, 'Kenyan').key);
    expect(keys).not.toContain(mention(a, 'Omar Bashiri').key);
    expect(variants).toHaveLength(2);
  });
});
