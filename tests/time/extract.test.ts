// Focused checks of extractTimes: spans, values, tense, anchoring, undated
// articles, modifiers and the traps (numbers that are not years, names that
// contain weekdays). Every sentence is invented.
import { afterEach, describe, expect, it } from 'vitest';
import { extractTimes, setNumericDateOrder, type TimeCarry } from '../../src/extract/time/index.js';
import type { TimeExpression } from '../../src/types.js';

const brief = (ts: TimeExpression[]) => ts.map((t) => [t.text, t.type, t.value, t.mod ?? null]);

describe('extractTimes: spans', () => {
  it('returns file offsets: sentence offset added to every span, text as in the file', () => {
    const file = ' date 2021-11-07\n\nMARSEILLE - The ferry company said on Wednesday it would cut 300 jobs by 2023.';
    const start = file.indexOf('MARSEILLE');
    const sentence = file.slice(start);
    const times = extractTimes(sentence, start, '2021-11-07');
    expect(times.map((t) => [t.start, t.end, t.text])).toEqual([
      [file.indexOf('Wednesday'), file.indexOf('Wednesday') + 9, 'Wednesday'],
      [file.indexOf('2023'), file.indexOf('2023') + 4, '2023'],
    ]);
    for (const t of times) expect(file.slice(t.start, t.end)).toBe(t.text);
  });

  it('leaves a possessive out of the span ("Sunday\'s vote" -> "Sunday")', () => {
    const [t] = extractTimes("Turnout in Sunday's vote was 61%.", 100, '2024-03-12');
    expect([t!.text, t!.start, t!.end, t!.value]).toEqual(['Sunday', 111, 117, '2024-03-10']);
  });

  it('returns nothing for sentences without time expressions, and is not fooled by look-alikes', () => {
    for (const s of [
      'The mayor opened a new library in the old town.',
      'The Sunday Times reported that 2,000 workers had signed the petition.',
      'Flight 2019 from Lagos landed safely.',
      'About 2000 people tried to march on the palace.',
      'She may decide to spring a surprise on the board.',
      'March organisers said the rally would go ahead.',
      'The helpline is open 24/7.',
      'He won a second term with 52% of the vote.',
      'The Daily Mail printed the letter.',
      'Prices fell for a second day in a row after the fall of the government.',
    ]) {
      expect(extractTimes(s, 0, '2022-06-15'), s).toEqual([]);
    }
  });
});

describe('extractTimes: anchoring on the article date', () => {
  const D = '2021-11-07'; // a Sunday, ISO week 2021-W44

  it('resolves a weekday by the tense around it', () => {
    expect(extractTimes('The committee published its report on Monday.', 0, '2019-06-20')[0]!.value).toBe('2019-06-17');
    expect(extractTimes('The committee will publish its report on Monday.', 0, '2019-06-20')[0]!.value).toBe('2019-06-24');
    expect(extractTimes('The vote will be held on Tuesday.', 0, D)[0]!.value).toBe('2021-11-09');
    expect(extractTimes('The vote was held on Tuesday.', 0, D)[0]!.value).toBe('2021-11-02');
    expect(extractTimes('Officials said on Sunday that the border had reopened.', 0, D)[0]!.value).toBe('2021-11-07');
  });

  it('handles last/next/this with weeks, months, years, weekdays and seasons', () => {
    const cases: Array<[string, string]> = [
      ['last week', '2021-W43'], ['next week', '2021-W45'], ['this week', '2021-W44'],
      ['last month', '2021-10'], ['next month', '2021-12'], ['last year', '2020'], ['next year', '2022'],
      ['last Tuesday', '2021-11-02'], ['next Tuesday', '2021-11-09'],
      ['last March', '2021-03'], ['next November', '2022-11'], ['this spring', '2022-SP'], ['last summer', '2021-SU'],
      ['this weekend', '2021-W44-WE'], ['last weekend', '2021-W43-WE'], ['last quarter', '2021-Q3'],
    ];
    for (const [phrase, value] of cases) {
      const t = extractTimes(`Prices were discussed ${phrase}.`, 0, D);
      expect(brief(t), phrase).toEqual([[phrase, 'DATE', value, null]]);
    }
  });

  it('counts back and forward: ago, from now, earlier this month', () => {
    expect(brief(extractTimes('Two years ago the plant closed.', 0, D))).toEqual([['Two years ago', 'DATE', '2019', null]]);
    expect(brief(extractTimes('It opened three days ago.', 0, D))).toEqual([['three days ago', 'DATE', '2021-11-04', null]]);
    expect(brief(extractTimes('It opened two weeks ago.', 0, D))).toEqual([['two weeks ago', 'DATE', '2021-W42', null]]);
    expect(brief(extractTimes('It will open six months from now.', 0, D))).toEqual([['six months from now', 'DATE', '2022-05', null]]);
    expect(brief(extractTimes('Earlier this month, the bank raised rates.', 0, D))).toEqual([['Earlier this month', 'DATE', '2021-11', null]]);
    expect(brief(extractTimes('A few years ago, nobody cared.', 0, D))).toEqual([['A few years ago', 'DATE', 'PAST_REF', null]]);
  });

  it('crosses year boundaries for ISO weeks and month/day without a year', () => {
    expect(extractTimes('The talks resume next week.', 0, '2018-12-24')[0]!.value).toBe('2019-W01');
    expect(extractTimes('Vaccinations began on Dec. 14.', 0, '2021-01-15')[0]!.value).toBe('2020-12-14');
    expect(extractTimes('The curfew will remain until Feb. 1.', 0, '2021-01-15')[0]!.value).toBe('2021-02-01');
  });

  it('uses a weekday written with a date to choose its year', () => {
    expect(brief(extractTimes('The vote was held on Sunday, Sept. 25.', 0, '2022-09-30'))).toEqual([['Sunday, Sept. 25', 'DATE', '2022-09-25', null]]);
  });

  it('resolves "a year earlier" / "two days later" against the date named earlier in the sentence', () => {
    expect(extractTimes('In 2015 the agency logged 900 cases, up from 700 a year earlier.', 0, D).map((t) => t.value)).toEqual(['2015', '2014']);
    expect(extractTimes('The bill passed on March 3 and was signed two days later.', 0, D).map((t) => t.value)).toEqual(['2021-03-03', '2021-03-05']);
    expect(extractTimes('Sales rose 4% from a year earlier.', 0, D).map((t) => t.value)).toEqual(['2020']);
  });

  it('computes moveable holidays', () => {
    expect(extractTimes('Churches were full on Easter Sunday.', 0, '2024-04-05')[0]!.value).toBe('2024-03-31');
    expect(extractTimes('Shops will open on Thanksgiving.', 0, '2022-11-01')[0]!.value).toBe('2022-11-24');
  });

  it('gives clock times the day named in the sentence, or the article date', () => {
    expect(brief(extractTimes('Polls close at 8 p.m. on Thursday.', 0, D))).toEqual([
      ['8 p.m.', 'TIME', '2021-11-11T20:00', null], ['Thursday', 'DATE', '2021-11-11', null],
    ]);
    expect(brief(extractTimes('The rocket lifted off at 11:17 p.m. Thursday.', 0, D))).toEqual([['11:17 p.m. Thursday', 'TIME', '2021-11-04T23:17', null]]);
    expect(brief(extractTimes('The blast happened at 10:45 GMT.', 0, D))).toEqual([['10:45 GMT', 'TIME', '2021-11-07T10:45', null]]);
    expect(brief(extractTimes('Police arrested him on Tuesday night.', 0, D))).toEqual([['Tuesday night', 'TIME', '2021-11-02TNI', null]]);
  });
});

describe('extractTimes: undated articles', () => {
  it('keeps relative values unresolved (X) and marks them relative; absolute ones are unaffected', () => {
    const ts = extractTimes('The council voted on Tuesday, three days ago, to ban cars from next year; the rule dates from 2019.', 0, undefined);
    expect(ts.map((t) => [t.text, t.value, t.relative ?? false])).toEqual([
      ['Tuesday', 'XXXX-WXX-2', true],
      ['three days ago', 'XXXX-XX-XX', true],
      ['next year', 'XXXX', true],
      ['2019', '2019', false],
    ]);
    expect(extractTimes('Rents rose last month and will rise again in October.', 0, undefined).map((t) => t.value)).toEqual(['XXXX-XX', 'XXXX-10']);
    expect(extractTimes('Inflation is currently high.', 0, undefined)).toEqual([
      { text: 'currently', start: 13, end: 22, type: 'DATE', value: 'PRESENT_REF' },
    ]);
  });
});

describe('extractTimes: types, durations, sets and modifiers', () => {
  it('recognises durations, hyphenated and approximate, and leaves ages alone', () => {
    expect(brief(extractTimes('A two-week ceasefire began, the 63-year-old leader said, after nearly five hours of talks.', 0, '2022-01-01'))).toEqual([
      ['two-week', 'DURATION', 'P2W', null], ['nearly five hours', 'DURATION', 'PT5H', 'approx'],
    ]);
    expect(brief(extractTimes('The scheme ran for a decade and will last another two and a half years.', 0, undefined))).toEqual([
      ['a decade', 'DURATION', 'P1DE', null], ['two and a half years', 'DURATION', 'P2.5Y', null],
    ]);
    expect(brief(extractTimes('Shortages have lasted for weeks over the past three months.', 0, undefined))).toEqual([
      ['weeks', 'DURATION', 'PXW', null], ['the past three months', 'DURATION', 'P3M', null],
    ]);
  });

  it('recognises sets', () => {
    expect(brief(extractTimes('Protesters gather every Friday and the board meets twice a month; reports come out quarterly.', 0, undefined))).toEqual([
      ['every Friday', 'SET', 'XXXX-WXX-5', null], ['twice a month', 'SET', 'P1M', null], ['quarterly', 'SET', 'P3M', null],
    ]);
    expect(brief(extractTimes('The port handles 300 ships a month.', 0, undefined))).toEqual([['a month', 'SET', 'P1M', null]]);
  });

  it('turns prepositions into mods but keeps them out of the span; inner modifiers win', () => {
    expect(brief(extractTimes('The group has fought the state since 2007 and vows to fight until 2030.', 0, '2021-01-01'))).toEqual([
      ['2007', 'DATE', '2007', 'since'], ['2030', 'DATE', '2030', 'until'],
    ]);
    expect(brief(extractTimes('The truce agreed in mid-October has held, and jobs will go by the end of next year.', 0, '2021-11-07'))).toEqual([
      ['mid-October', 'DATE', '2021-10', 'mid'], ['the end of next year', 'DATE', '2022', 'end'],
    ]);
    expect(brief(extractTimes('Inflation is the highest since the early 1990s.', 0, '2021-11-07'))).toEqual([['the early 1990s', 'DATE', '199X', 'start']]);
  });

  it('reads numeric dates day-first where the numbers say so, else in the configured order', () => {
    expect(extractTimes('Filed on 15/10/2022.', 0, undefined)[0]!.value).toBe('2022-10-15');
    expect(extractTimes('Filed on 04/05/2022.', 0, undefined)[0]!.value).toBe('2022-04-05');
    setNumericDateOrder('DMY');
    expect(extractTimes('Filed on 04/05/2022.', 0, undefined)[0]!.value).toBe('2022-05-04');
    expect(extractTimes('Filed on 31.10.2016.', 0, undefined)[0]!.value).toBe('2016-10-31');
  });

  it('reads a yearless numeric date only right after a preposition', () => {
    expect(brief(extractTimes('The polls open on 11/7 at 7 a.m.', 0, '2021-10-20'))).toEqual([
      ['11/7', 'DATE', '2021-11-07', null], ['7 a.m.', 'TIME', '2021-11-07T07:00', null],
    ]);
    expect(extractTimes('Filed on 25/3.', 0, '2021-10-20')[0]!.value).toBe('2021-03-25');
    expect(extractTimes('The helpline is open 24/7 and answers 3/4 of calls.', 0, '2021-10-20')).toEqual([]);
  });
  afterEach(() => setNumericDateOrder('MDY'));
});

describe('extractTimes: anaphora across sentences (TimeCarry)', () => {
  const values = (sentences: string[], anchor: string | undefined, carry?: TimeCarry) =>
    sentences.map((s) => extractTimes(s, 0, anchor, carry).map((t) => t.value));

  it('counts "the following day" from the last date a previous sentence named', () => {
    const story = ['Police arrested the driver on Sunday.', 'He was charged the following day.', 'He appeared in court two days later.'];
    // 2024-10-24 is a Thursday: Sunday is 10-20.
    expect(values(story, '2024-10-24', {})).toEqual([['2024-10-20'], ['2024-10-21'], ['2024-10-22']]);
    // Without a carry each sentence counts from the article date, as before.
    expect(values(story, '2024-10-24')).toEqual([['2024-10-20'], ['2024-10-25'], ['2024-10-26']]);
  });

  it('keeps the named date, not one counted from it, and carries over sentences without dates', () => {
    const carry: TimeCarry = {};
    const story = [
      'A fishing boat capsized before dawn on Tuesday.',
      'It had been refused permission to dock the day before.',
      'Rescuers searched the water for survivors.',
      'The boat is believed to have left port four days earlier.',
    ];
    // 2023-07-18 is a Tuesday: "four days earlier" counts from Tuesday, not from "the day before".
    expect(values(story, '2023-07-18', carry)).toEqual([['2023-07-18'], ['2023-07-17'], [], ['2023-07-14']]);
  });

  it('carries years and months too, and leaves undated articles unresolved', () => {
    expect(values(['The company was founded in 1998.', 'A year later it listed its shares.'], '2024-10-24', {})).toEqual([['1998'], ['1999']]);
    expect(values(['Police arrested the driver on Sunday.', 'He was charged the following day.'], undefined, {})).toEqual([['XXXX-WXX-7'], ['XXXX-XX-XX']]);
  });
});
