import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../src/extract/attribution.js';
import { findCertainty } from '../../src/extract/certainty.js';

const cases: Array<[string, string, string | undefined, string | undefined]> = [
  ['The dam was breached overnight, the regional governor said.', 'named', 'the regional governor', 'said'],
  ['"We will rebuild," said Amara Osei, the mayor of the town.', 'named', 'Amara Osei, the mayor of the town', 'said'],
  ['According to local media, the ferry had been overloaded.', 'media', 'local media', 'According to'],
  ['Two people familiar with the matter said the deal was signed.', 'anonymous', 'Two people familiar with the matter', 'said'],
  ['A senior official, who asked not to be named, said talks had stalled.', 'anonymous', 'A senior official, who asked not to be named', 'said'],
  ['The audit found that funds were misused.', 'document', 'The audit', 'found'],
  ['Prices declined sharply in the spring.', 'none', undefined, undefined],
  ['The company said in a statement that output rose.', 'named', 'The company', 'said in a statement'],
];

describe('attribution', () => {
  it.each(cases)('%s', (sentence, kind, source, cue) => {
    const a = findAttribution(sentence, 100);
    expect(a.kind).toBe(kind);
    expect(a.source?.text).toBe(source);
    expect(a.cue?.text).toBe(cue);
    if (a.source) expect(a.source.start).toBe(100 + sentence.indexOf(a.source.text));
  });
});

describe('certainty', () => {
  const level = (s: string) => {
    const a = findAttribution(s, 0);
    return findCertainty(s, 0, a.kind !== 'none', a.cue).level;
  };
  it('orders denial over non-confirmation over hedging over reporting', () => {
    expect(level('The ministry denied that troops had crossed the border.')).toBe('denied');
    expect(level('The agency declined to comment on the report.')).toBe('unconfirmed');
    expect(level('The suspect is believed to have fled abroad.')).toBe('hedged');
    expect(level('Police said the suspect fled abroad.')).toBe('reported');
    expect(level('The bridge reopened on Sunday.')).toBe('asserted');
  });
  it('keeps the cue that decided', () => {
    const s = 'The claims could not be independently verified.';
    const c = findCertainty(s, 10, false);
    expect(c.cue?.text).toBe('could not be independently verified');
    expect(c.cue?.start).toBe(10 + s.indexOf('could'));
  });
});
