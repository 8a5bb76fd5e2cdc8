// A date that contradicts the article itself: a weekday that does not fall on
// the calendar date written next to it, an event "next week" told in the past
// tense, "yesterday" with a future verb, an explicit date after the
// publication date reported as past (or before it, reported as future), or a
// backward-looking relative date ("last month") that lands after the
// publication date.
import type { Rule, RuleContext } from '../src/rules/types.js';
import type { Claim, TimeExpression } from '../src/types.js';
import { quoteOf } from '../src/rules/describe.js';
import { formatDay, parseDay, weekday } from '../src/extract/time/calendar.js';
import { TENSE, WEEKDAYS } from '../src/extract/time/lexicon.js';
import { tenseOfRange, type TenseCue } from '../src/extract/time/tense.js';
import { parseDateValue } from '../src/extract/time/values.js';

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_RE = new RegExp(`\\b(${[...WEEKDAYS.keys()].join('|')})\\b`, 'i');
const FULL_DATE_RE = /^(\d{4}-\d{2}-\d{2})/;
/** Words that make a relative date look backward from the article date. */
const BACKWARD_RE = /\b(?:last|ago|yesterday|earlier|previous|past)\b/i;
/** Between a weekday and its date: "Monday (Nov. 8)", "Monday, Nov. 8". */
const PAIR_GAP_RE = /^\s*[,(]?\s*$/;

function namedWeekday(text: string): number | undefined {
  const m = WEEKDAY_RE.exec(text);
  return m ? WEEKDAYS.get(m[1]!.toLowerCase()) : undefined;
}

/** The tense cue around a time expression, in the claim's own text. */
function cueFor(claim: Claim, t: TimeExpression): TenseCue | undefined {
  return tenseOfRange(claim.text, t.start - claim.span.start, t.end - claim.span.start);
}

/** Report when the calendar date of `t` does not fall on the weekday written in `dayText`. */
function checkWeekday(ctx: RuleContext, t: TimeExpression, dayText: string, named: number): void {
  const m = FULL_DATE_RE.exec(t.value);
  const days = m ? parseDay(m[1]) : undefined;
  if (days === undefined || weekday(days) === named) return;
  const inferred = t.relative ? ' (year taken from the article date)' : '';
  ctx.report({
    messageId: 'weekday-mismatch',
    message: `${quoteOf(dayText, 50)}: ${formatDay(days)} is a ${WEEKDAY_NAMES[weekday(days)]}, not a ${WEEKDAY_NAMES[named]}${inferred}.`,
    span: { start: t.start, end: t.end },
    data: { value: t.value, named: WEEKDAY_NAMES[named] },
  });
}

const rule: Rule = {
  meta: {
    id: 'date-inconsistency',
    description: 'A date that contradicts the article itself: a weekday that does not match its calendar date, a future date told in the past tense (or a past one in the future), a "last month" after the publication date.',
    scope: 'article',
    defaultSeverity: 'warning',
    docs: 'rules/date-inconsistency.md',
    options: {
      checkTense: {
        type: 'boolean',
        default: true,
        description: 'Compare dates with the tense of the sentence around them ("next week" with a past-tense verb).',
      },
      maxCueDistance: {
        type: 'number',
        default: 4,
        description: 'How many words away the tense cue may be for the tense checks.',
      },
    },
  },
  check(ctx) {
    const published = parseDay(ctx.article.meta.date);
    const checkTense = ctx.options.checkTense !== false;
    const maxDistance = Number(ctx.options.maxCueDistance ?? 4);
    // All sentences: a prediction ("will take place yesterday") is exactly where a slip shows.
    for (const claim of ctx.article.claims) {
      const times = claim.times;
      times.forEach((t, n) => {
        // 1. A weekday written with its date ("Monday, Nov. 9", "Monday (Nov. 9)").
        const named = namedWeekday(t.text);
        if (named !== undefined && FULL_DATE_RE.test(t.value) && /\d/.test(t.text)) {
          checkWeekday(ctx, t, t.text, named);
        }
        const next = times[n + 1];
        if (named !== undefined && !/\d/.test(t.text) && next && FULL_DATE_RE.test(next.value) && namedWeekday(next.text) === undefined) {
          const gap = claim.text.slice(t.end - claim.span.start, next.start - claim.span.start);
          if (PAIR_GAP_RE.test(gap)) {
            const both = claim.text.slice(t.start - claim.span.start, next.end - claim.span.start);
            checkWeekday(ctx, { ...next, start: t.start, relative: next.relative ?? false }, both, named);
          }
        }
        if (published === undefined || (t.type !== 'DATE' && t.type !== 'TIME')) return;
        const iv = parseDateValue(t.value);
        if (!iv) return;
        // 2. A backward-looking relative date that lands after the publication date.
        if (t.relative && BACKWARD_RE.test(t.text) && iv.start > published) {
          ctx.report({
            messageId: 'relative-after-publication',
            message: `${quoteOf(t.text, 40)} resolves to ${t.value}, after the article's date (${ctx.article.meta.date}).`,
            span: { start: t.start, end: t.end },
            data: { value: t.value },
          });
          return;
        }
        if (!checkTense) return;
        const cue = cueFor(claim, t);
        if (!cue || cue.distance > maxDistance) return;
        const span = { start: t.start, end: t.end };
        // A future seen from the past ("was due to open next week") or a past copula in reported
        // speech is no slip; only a plain past tense is.
        if (cue.tense === 'past' && !cue.reading && iv.start > published && !TENSE.reporting.has(cue.word)) {
          // 3. "next week" / "on Nov. 12, 2021" told in the past tense.
          ctx.report({
            messageId: 'future-in-past',
            message: `${quoteOf(t.text, 40)} (${t.value}) is after the article's date (${ctx.article.meta.date}), but the sentence puts it in the past (${quoteOf(cue.word)}).`,
            span,
            data: { value: t.value, cue: cue.word },
          });
        } else if (cue.tense === 'future' && TENSE.future.has(cue.word) && cue.word !== 'would' && iv.end <= published) {
          // 4. "yesterday" / "on March 3, 2020" with "will".
          ctx.report({
            messageId: 'past-in-future',
            message: `${quoteOf(t.text, 40)} (${t.value}) is before the article's date (${ctx.article.meta.date}), but the sentence puts it in the future (${quoteOf(cue.word)}).`,
            span,
            data: { value: t.value, cue: cue.word },
          });
        }
      });
    }
  },
};
export default rule;
