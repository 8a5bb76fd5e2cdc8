// Per-claim word sets the corpus stage asks for again and again (once per
// candidate pair): computed once per claim and kept while the claim lives.
import type { Claim } from '../types.js';
import { contentTerms } from '../extract/terms.js';

const nameCache = new WeakMap<Claim, ReadonlySet<string>>();

/** The content words of the names a claim mentions ("Millbank Park" → millbank, park). */
export function nameTerms(claim: Claim): ReadonlySet<string> {
  let names = nameCache.get(claim);
  if (!names) {
    const out = new Set<string>();
    for (const e of claim.entities) for (const t of contentTerms(e.text)) out.add(t);
    nameCache.set(claim, (names = out));
  }
  return names;
}
