// Calendar helpers for the generator. Dates are days since 1970-01-01 (UTC),
// so adding days never meets time zones or daylight saving.

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const MONTHS_SHORT = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  return Math.round(Date.parse(iso + 'T00:00:00Z') / DAY_MS);
}

export function parts(day: number): { y: number; m: number; d: number; wd: number } {
  const dt = new Date(day * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth(), d: dt.getUTCDate(), wd: dt.getUTCDay() };
}

export function iso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "March 3" or "March 3, 2021" when the year differs from the article's. */
export function monthDay(day: number, pubDay: number, months = MONTHS): string {
  const p = parts(day);
  const withYear = p.y !== parts(pubDay).y;
  return `${months[p.m]} ${p.d}${withYear ? `, ${p.y}` : ''}`;
}

/**
 * How an article published on `pubDay` refers to an event on `day`: the mix
 * of absolute and relative forms that real copy uses, so a resolver has to
 * anchor them on each article's own date. `pick` is a number in [0, 1).
 */
export function datePhrase(day: number, pubDay: number, pick: number): string {
  const diff = pubDay - day;
  const p = parts(day);
  const pub = parts(pubDay);
  if (diff === 0) return pick < 0.5 ? 'on ' + WEEKDAYS[p.wd] : pick < 0.8 ? 'today' : 'earlier on ' + WEEKDAYS[p.wd];
  if (diff === 1) return pick < 0.45 ? 'yesterday' : pick < 0.8 ? 'on ' + WEEKDAYS[p.wd] : 'on ' + monthDay(day, pubDay);
  if (diff > 1 && diff < 7) return pick < 0.55 ? 'on ' + WEEKDAYS[p.wd] : pick < 0.75 ? 'earlier this week' : 'on ' + monthDay(day, pubDay);
  if (diff >= 7 && diff < 14 && pick < 0.4) return 'last week';
  const monthsBack = (pub.y - p.y) * 12 + (pub.m - p.m);
  if (monthsBack === 1 && pick < 0.45) return 'last month';
  if (monthsBack === 0 && pick < 0.3) return 'earlier this month';
  if (monthsBack > 1 && monthsBack < 12 && pick < 0.35) return `in ${MONTHS[p.m]}`;
  if (diff < 0) return 'on ' + monthDay(day, pubDay); // a scheduled event
  return 'on ' + monthDay(day, pubDay, pick < 0.5 ? MONTHS : MONTHS_AP);
}
