// Workers send claims with their texts blanked; the main thread slices them
// again. The round trip must give back exactly the claims extracted.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { articleFromText } from '../../src/load/article.js';
import { blankSpanTexts, restoreSpanTexts } from '../../src/extract/span-texts.js';
import type { JobResult } from '../../src/extract/article-job.js';

const TEXT = ` date 2024-03-12
HARBOURTON, March 11 (Coastline News) - Port operator Delmare Logistics said on Monday it had laid off 240 dock workers, a figure the union disputed.

"We were not consulted," said union organiser Petra Vasko, who put the number at nearly 300.

The company is thought to be weighing a sale of its northern terminal, according to two people familiar with the talks.
`;

function job(): JobResult {
  const { text: _text, ...claims } = extractArticle(articleFromText('port.txt', TEXT));
  return { ok: true, claims };
}

describe('claim texts between threads', () => {
  it('blanks texts that are their span, and restores them exactly', () => {
    const original = job();
    const sent = blankSpanTexts(job(), TEXT);
    if (!sent.ok || !original.ok) throw new Error('extraction failed');
    const claim = sent.claims.claims.find((c) => c.quantities.length > 0)!;
    expect(claim.text).toBe('');
    expect(claim.quantities[0]!.text).toBe('');
    expect(claim.entities.every((e) => e.text === '')).toBe(true);
    expect(restoreSpanTexts(sent, TEXT)).toEqual(original);
  });

  it('keeps a text that is not its slice of the article', () => {
    const sent = job();
    if (!sent.ok) throw new Error('extraction failed');
    const entity = sent.claims.claims.flatMap((c) => c.entities)[0]!;
    entity.text = 'Delmare';
    entity.end = entity.start + 20;
    blankSpanTexts(sent, TEXT);
    expect(entity.text).toBe('Delmare');
    restoreSpanTexts(sent, TEXT);
    expect(entity.text).toBe('Delmare');
  });
});
