// What a number or a date belongs to: the event next to it, its holder, the
// phrase that narrows it, a running count.
import { describe, expect, it } from 'vitest';
import { anchorRelation, countedQuantities, holderOf, isProvisional, isReferenceValue, measuredNoun, predicateOf, qualifiersDiffer } from '../../../src/corpus/mention-role.js';
import { claimOf, mention } from './support.js';

describe('mention roles', () => {
  it('relates two dates by the event each one dates', () => {
    const a = claimOf('The fire broke out on Saturday afternoon near the old quarry.');
    const b = claimOf('The fire, which started on Friday evening, burned for three days.');
    const c = claimOf('The strike entered its sixth day on Tuesday at the port.');
    const d = claimOf('Dockworkers walked off the job on Thursday at the port.');
    expect(anchorRelation(a, mention(a.times, 'Saturday afternoon'), b, mention(b.times, 'Friday evening'))).toBe('match');
    expect(anchorRelation(c, mention(c.times, 'Tuesday'), d, mention(d.times, 'Thursday'))).toBe('one-sided');
    expect(anchorRelation(a, mention(a.times, 'Saturday afternoon'), d, mention(d.times, 'Thursday'))).toBe('clash');
  });

  it('lets dates, not numbers, attach to what the story is about', () => {
    const a = claimOf('Voters in Qadira went to the polls on Sunday in a tight race.');
    const b = claimOf('Turnout in Monday’s election was the highest since 1994.');
    expect(anchorRelation(a, mention(a.times, 'Sunday'), b, mention(b.times, 'Monday'), true)).toBe('match');
    expect(anchorRelation(a, mention(a.times, 'Sunday'), b, mention(b.times, 'Monday'))).toBe('none');
  });

  it('finds the named holder of a number, not the speaker', () => {
    const a = claimOf('Final results: Social Democrats 31.4%, Conservatives 27.9%, Greens 17.6%.');
    expect(holderOf(a, mention(a.quantities, '27.9%'))).toBe(a.entities.find((e) => e.text === 'Conservatives')!.key);
    const b = claimOf('Aerolinea Sur cancelled 340 flights on Friday, the airline said.');
    expect(holderOf(b, mention(b.quantities, '340 flights'))).toBe(b.entities.find((e) => e.text === 'Aerolinea Sur')!.key);
    const c = claimOf('Rescuers pulled 41 survivors from the water, Captain Ana Ruiz said.');
    expect(holderOf(c, mention(c.quantities, '41 survivors'))).toBeUndefined();
  });

  it('says what a holder does with its number', () => {
    const a = claimOf('Korvel Bank was fined 2.4 million euros on Wednesday.');
    const p = predicateOf(a, mention(a.quantities, '2.4 million euros'));
    expect(p.between).toBe(true);
    expect(p.words).toContain('fined');
    const b = claimOf('Final results: Social Democrats 31.4%, Conservatives 27.9%.');
    expect(predicateOf(b, mention(b.quantities, '27.9%')).between).toBe(false);
  });

  it('tells numbers narrowed by different phrases apart', () => {
    const a = claimOf('El-Amrani scored 21 goals in the league last season.');
    const b = claimOf('El-Amrani scored 27 goals in all competitions last season.');
    const c = claimOf('Sorel scored 25 goals in the league last season.');
    expect(qualifiersDiffer(a, mention(a.quantities, '21 goals'), b, mention(b.quantities, '27 goals'))).toBe(true);
    expect(qualifiersDiffer(a, mention(a.quantities, '21 goals'), c, mention(c.quantities, '25 goals'))).toBe(false);
  });

  it('marks a number given only to compare against', () => {
    const a = claimOf('Turnout rose from 54% to 61%, compared with 58% in the region.');
    expect(a.quantities.map((q) => [q.text, isReferenceValue(a, q)])).toEqual([
      ['54%', true],
      ['61%', false],
      ['58%', true],
    ]);
  });

  it('marks a running count', () => {
    expect(isProvisional(claimOf('With 85% of ballots counted, the Greens are on 18.2%.'))).toBe(true);
    expect(isProvisional(claimOf('The Greens won 17.6%, their best result.'))).toBe(false);
  });

  it('gives a bare number the counted noun of the total it is part of', () => {
    const a = claimOf("Twenty of the train's 38 wagons left the track.");
    const counted = countedQuantities(a);
    expect(counted.map((q) => [q.value, q.unit])).toEqual([
      [20, 'wagon'],
      [38, 'wagon'],
    ]);
    expect(a.quantities[0]!.unit).toBeUndefined();
  });

  it('finds the noun an amount measures', () => {
    const a = claimOf('The club paid a fee of €45 million for the striker.');
    expect(measuredNoun(a, mention(a.quantities, '€45 million'))).toBe('fee');
    const b = claimOf('The club paid €45 million for the striker.');
    expect(measuredNoun(b, mention(b.quantities, '€45 million'))).toBeUndefined();
  });
});
