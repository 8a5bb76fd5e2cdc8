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

  it('reads the auxiliary chain and skips words that only look like verbs', () => {
    expect(tenseAt('Lawmakers approved a cap on Wednesday by 221 votes to 98.', 'Wednesday')).toEqual(['past', 'approved']);
    expect(tenseAt("The council passed a spending plan on Tuesday night.", 'Tuesday night')).toEqual(['past', 'passed']);
    expect(tenseAt('The hearing has been postponed until Monday.', 'Monday')).toEqual(['present', 'has']);
    expect(tenseAt('The plant is believed to have leaked chlorine on Saturday.', 'Saturday')).toEqual(['past', 'have']);
    expect(tenseAt('Lawmakers are to vote on the bill on Thursday.', 'Thursday')).toEqual(['future', 'are']);
  });

  it('names the construction when it changes what the tense means for the date', () => {
    const reading = (text: string, phrase: string) => {
      const start = text.indexOf(phrase);
      return tenseOfRange(text, start, start + phrase.length)?.reading;
    };
    expect(reading('Unions have called a general strike for February 6.', 'February 6')).toBe('prospective');
    expect(reading('Forecasters have issued a warning from Friday afternoon.', 'Friday afternoon')).toBe('perfect');
    expect(reading('The festival was due to open on Friday.', 'Friday')).toBe('prospective');
    expect(reading('The two sides agreed to meet again on Friday.', 'Friday')).toBe('prospective');
    expect(reading('The trial was adjourned until Tuesday.', 'Tuesday')).toBe('deferral');
    expect(reading('Organisers denied the report, saying that Friday\'s programme was under review.', 'Friday')).toBe('backshift');
    expect(reading('The central bank signalled more increases in November.', 'November')).toBe('object');
    expect(reading('The central bank said on Monday it would raise rates.', 'Monday')).toBeUndefined();
    expect(reading('The bill was approved on Wednesday.', 'Wednesday')).toBeUndefined();
  });
});
