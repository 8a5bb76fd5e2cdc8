// STUB by the lead so the pipeline compiles; the time-expression work replaces it.
export function compareTimex(a: string, b: string): 'equal' | 'compatible' | 'different' | 'incomparable' {
  if (!/^\d{4}(-\d\d(-\d\d)?)?$/.test(a) || !/^\d{4}(-\d\d(-\d\d)?)?$/.test(b)) return 'incomparable';
  if (a === b) return 'equal';
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n) ? 'compatible' : 'different';
}
