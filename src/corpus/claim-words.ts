// Word sets of a claim the corpus stage needs.
import type { Claim } from '../types.js';
import { contentTerms } from '../extract/terms.js';

const NONE: ReadonlySet<string> = new Set();

/**
 * The content words of the names a claim mentions ("Millbank Park" →
 * millbank, park). Not kept: asked once per claim by alignment and once more
 * by relations.ts (whose result is cached), and a set per claim of a large
 * corpus weighs more than computing it twice.
 */
export function nameTerms(claim: Claim): ReadonlySet<string> {
  if (claim.entities.length === 0) return NONE;
  const out = new Set<string>();
  for (const e of claim.entities) for (const t of contentTerms(e.text)) out.add(t);
  return out;
}
