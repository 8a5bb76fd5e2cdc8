// Dates and numbers compared only when they belong to the same thing.
import { describe, expect, it } from 'vitest';
import { dateDifference, numberDifference } from '../../../src/corpus/mention-differences.js';
import type { Claim } from '../../../src/types.js';
import { claimOf } from './support.js';

const loose = { sameClaim: false, sharesEntity: true };
const text = (c: Claim, span?: { start: number; end: number }) => (span ? c.text.slice(span.start - c.span.start, span.end - c.span.start) : undefined);

describe('date differences', () => {
  it('pairs dates by the event they date, in different words', () => {
    const a = claimOf('A road bridge over the Selle river collapsed on Monday night, sending two cars into the water.', '2024-06-19');
    const b = claimOf('Two people died when a bridge over the Selle river gave way late on Sunday.', '2024-06-19', 'b.txt');
    const d = dateDifference(a, b, loose);
    expect(text(a, d?.fromSpan)).toBe('Monday night');
    expect(text(b, d?.toSpan)).toBe('Sunday');
  });

  it('does not pair a date of one event with a date of another', () => {
    const a = claimOf('The strike at Santos Bay entered its sixth day on Tuesday, leaving ships at anchor.', '2024-05-14');
    const b = claimOf('Dockworkers at Santos Bay walked off the job on May 10.', '2024-05-14', 'b.txt');
    expect(dateDifference(a, b, loose)).toBeUndefined();
  });

  it('leaves a date alone that the other sentence also names', () => {
    const a = claimOf('Anja Koenig resigned on Monday after six years in the job.', '2024-02-27');
    const b = claimOf('The company said on Monday that Anja Koenig had resigned, sending its shares up in trading on Tuesday.', '2024-02-27', 'b.txt');
    expect(dateDifference(a, b, { sameClaim: true, sharesEntity: true })).toBeUndefined();
  });

  it('ignores a relative date inside a quote', () => {
    const a = claimOf('At 23:20 Dahl told supporters the country had chosen hope.', '2024-10-06');
    const b = claimOf('"Tonight the country chose hope over fear," Dahl told supporters.', '2024-10-07', 'b.txt');
    expect(dateDifference(a, b, { sameClaim: true, sharesEntity: true })).toBeUndefined();
  });
});

describe('number differences', () => {
  it('pairs numbers of one event in different words', () => {
    const a = claimOf('The wildfire above Terraza has burned 4,800 hectares of pine forest.');
    const b = claimOf('The fire above Terraza has scorched 8,400 hectares, according to emergency services.', undefined, 'b.txt');
    const d = numberDifference(a, b, loose);
    expect(d?.detail).toBe('"4,800 hectares" vs "8,400 hectares"');
  });

  it('never pairs the dead with the injured', () => {
    const a = claimOf('The landslide in Orvik killed 17 people on Sunday night.');
    const b = claimOf('In Orvik, 30 people were injured when the slope collapsed.', undefined, 'b.txt');
    expect(numberDifference(a, b, { sameClaim: true, sharesEntity: true })).toBeUndefined();
  });

  it('pairs shares by the party that holds them', () => {
    const a = claimOf('Final results: Social Democrats 31.4%, Conservatives 27.9%, Greens 17.6%.');
    const b = claimOf('The Conservatives, who have led the government since 2016, took 29.7%.', undefined, 'b.txt');
    expect(numberDifference(a, b, loose)?.detail).toBe('"27.9%" vs "29.7%"');
  });

  it('leaves a running count alone', () => {
    const a = claimOf('With 85% of ballots counted, the Greens are on 18.2%.');
    const b = claimOf('The Greens won 17.6% of the vote.', undefined, 'b.txt');
    expect(numberDifference(a, b, { sameClaim: true, sharesEntity: true })).toBeUndefined();
  });

  it('leaves numbers alone that count different things', () => {
    const league = claimOf('El-Amrani scored 21 goals in the league last season.');
    const all = claimOf('El-Amrani scored 27 goals in all competitions last season.', undefined, 'b.txt');
    expect(numberDifference(league, all, { sameClaim: true, sharesEntity: true })).toBeUndefined();
    const fined = claimOf('Korvel Bank was fined 2.4 million euros on Wednesday.');
    const aside = claimOf('Korvel Bank has set aside 10 million euros for customers.', undefined, 'b.txt');
    expect(numberDifference(fined, aside, loose)).toBeUndefined();
  });

  it('compares a bare number with the counted noun of its total', () => {
    const a = claimOf("Twenty of the train's 38 wagons left the track, the safety board said.");
    const b = claimOf("The safety board said 28 of the train's 38 wagons came off the rails.", undefined, 'b.txt');
    expect(numberDifference(a, b, loose)?.detail).toBe('"Twenty" vs "28"');
  });

  it('does not pair a number the other sentence also gives', () => {
    const a = claimOf('Turnout was 61%, compared with 54% at the last election.');
    const b = claimOf('Turnout was 61%, the commission said.', undefined, 'b.txt');
    expect(numberDifference(a, b, { sameClaim: true, sharesEntity: false })).toBeUndefined();
  });
});

describe('reference values', () => {
  it('does not compare a previous figure with the other article\'s current one', () => {
    // Without the reference rule, "54%" (first, and closer in wording to "52%") would be paired.
    const a = claimOf('In Qadira, compared with 54% at the last election, turnout reached 61%.');
    const b = claimOf('Turnout at the last election in Qadira was 52%, the commission said.', undefined, 'b.txt');
    expect(numberDifference(a, b, { sameClaim: true, sharesEntity: true })?.detail).toBe('"61%" vs "52%"');
  });
});
