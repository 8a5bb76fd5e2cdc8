// What a recogniser found, before it is resolved against the article date.
// Recognisers only say WHAT was written ("the Monday before", "March, no
// year"); resolve.ts decides WHICH date that is, using the anchor and tense.
import type { TimexType, TimeExpression } from '../../types.js';
import type { Season } from './calendar.js';
import type { HolidayRule } from './lexicon.js';
import type { Token } from './tokens.js';

export type Rel = 'last' | 'next' | 'this';

/** Calendar units a relative expression can move by. */
export type ShiftUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

export type Desc =
  /** A literal value: absolute dates, references, durations, sets. */
  | { k: 'value'; value: string; relative?: false }
  /** A known calendar day (ISO or full date with year). */
  | { k: 'day'; days: number }
  /** Month and day, year left to the anchor ("Nov. 7"); yearShift for "Nov. 4 this year". */
  | { k: 'md'; month: number; day: number; weekday?: number; yearShift?: number }
  /** A month, year left to the anchor unless given. */
  | { k: 'month'; month: number; year?: number; yearShift?: number; rel?: Rel }
  | { k: 'weekday'; wd: number; rel?: Rel }
  | { k: 'season'; s: Season; year?: number; rel?: Rel }
  | { k: 'holiday'; rule: HolidayRule; year?: number; rel?: Rel }
  | { k: 'quarter'; q: number; year?: number; yearShift?: number; half?: boolean }
  /** "last week" (n = -1), "this month" (0), "tomorrow" (day, +1). */
  | { k: 'shift'; unit: ShiftUnit; n: number }
  /** "two years ago" (n = -2), "two months from now" (+2); `today` keeps day precision. */
  | { k: 'ago'; unit: ShiftUnit; n: number; today?: boolean }
  /** "a year earlier", "the following day": relative to the last date named before it. */
  | { k: 'anaph'; unit: ShiftUnit; n: number }
  /** "the weekend", "over the weekend": which one by tense. */
  | { k: 'weekend' }
  /** "the new year". */
  | { k: 'newyear' }
  /** A part of a day ("Monday night", "this morning"): date + TMO/TAF/TEV/TNI. */
  | { k: 'part'; part: string; date: Desc }
  /** A clock time; `date` when the day is written next to it ("11:17 p.m. Thursday"). */
  | { k: 'clock'; hh: number; mm: number; date?: Desc };

export type Mod = NonNullable<TimeExpression['mod']>;

/** A recogniser's match at a token position. */
export interface Hit {
  /** Token index just past the match. */
  j: number;
  type: TimexType;
  desc: Desc;
  mod?: Mod;
}

/** A hit placed in the sentence. */
export interface Draft extends Hit {
  /** First token index. */
  i: number;
}

/** A recogniser: tries to match at token i. */
export type Matcher = (toks: Token[], i: number) => Hit | null;

export function literal(type: TimexType, value: string, j: number, mod?: Mod): Hit {
  return mod ? { j, type, desc: { k: 'value', value }, mod } : { j, type, desc: { k: 'value', value } };
}
