// A bounded memo for pure string → string functions that run once per
// mention on hot paths (the same names recur across thousands of sentences).
export function memoize(fn: (text: string) => string, max: number): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = fn(text);
      if (cache.size >= max) cache.clear();
      cache.set(text, out);
    }
    return out;
  };
}
