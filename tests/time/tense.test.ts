import { describe, expect, it } from 'vitest';
import { tenseOfRange } from '../../src/extract/time/tense.js';

function tenseAt(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  const cue = tenseOfRange(text, start, start + phrase.length);
  return cue ? [cue.tense, cue.word] : undefined;
}

describe('tense around a time expression', () => {
  it('finds the governing verb before the expression', () => {
    expect(tenseAt('The minister resigned on Tuesday.', 'Tuesday')).toEqual(['past', 'resigned']);
    expect(tenseAt('The minister will resign on Tuesday.', 'Tuesday')).toEqual(['future', 'will']);
    expect(tenseAt('The summit is due to take place in Geneva on April 4.', 'April 4')).toEqual(['future', 'due']);
    expect(tenseAt('The trial opens on Monday.', 'Monday')).toEqual(['present', 'opens']);
  });

  it('lets the auxiliary decide passives and linking verbs', () => {
    expect(tenseAt('The ban will be lifted on May 15.', 'May 15')).toEqual(['future', 'will']);
    expect(tenseAt('The vote was held on Sunday.', 'Sunday')).toEqual(['past', 'was']);
    expect(tenseAt('Travel will remain banned until May 17.', 'May 17')).toEqual(['future', 'will']);
    expect(tenseAt('The minister is due to visit the flooded areas on Monday.', 'Monday')).toEqual(['future', 'due']);
  });

  it('looks after a fronted expression, but not into the next clause', () => {
    expect(tenseAt('On Thursday the board said the chief had resigned.', 'Thursday')).toEqual(['past', 'said']);
    expect(tenseAt('Vaccinations began on Dec. 14 that will continue.', 'Dec. 14')).toEqual(['past', 'began']);
    expect(tenseAt('Snow and ice on Monday.', 'Monday')).toBeUndefined();
  });
});
