// What a negated claim negates (Claim.negatedTerms): the word after "not",
// "never", "no longer", and the noun after a determiner "no". The corpus
// stage maps these through event classes to find "No arrests have been made"
// contradicting "Police arrested three men".
import { describe, expect, it } from 'vitest';
import { articleFromText, extractArticle } from '../../src/index.js';
import { stem } from '../../src/extract/terms.js';

function negated(sentence: string): string[] {
  const claims = extractArticle(articleFromText('n.txt', `${sentence}\n`)).claims;
  return claims[0]!.negatedTerms;
}

describe('negated terms', () => {
  it('takes the verb after not / never / no longer, skipping auxiliaries', () => {
    expect(negated('The minister did not attend the meeting.')).toContain(stem('attend'));
    expect(negated('The ferry has not yet been refloated.')).toContain(stem('refloated'));
    expect(negated('The mill no longer employs anyone.')).toContain(stem('employs'));
    expect(negated('The club cannot afford the fee.')).toContain(stem('afford'));
  });

  it('takes the noun after a determiner "no"', () => {
    expect(negated('No arrests have been made.')).toContain(stem('arrests'));
    expect(negated('There were no further casualties overnight.')).toContain(stem('casualties'));
  });

  it('leaves "no one", "no doubt" and "no comment" alone', () => {
    expect(negated('No one was hurt.')).not.toContain(stem('one'));
    expect(negated('There is no doubt the bridge is safe.')).toEqual([]);
    expect(negated('The company had no comment on Monday.')).toEqual([]);
  });
});
