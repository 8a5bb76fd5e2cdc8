// Claims from short invented texts, for testing the alignment engine's parts.
import { articleFromText } from '../../../src/load/article.js';
import { extractArticle } from '../../../src/extract/index.js';
import type { Claim } from '../../../src/types.js';

/** The claims of one article; `date` is its dateline. */
export function claimsOf(text: string, date = '2024-05-14', path = 'a.txt'): Claim[] {
  return extractArticle(articleFromText(path, ` date ${date}\n\n${text}\n`)).claims;
}

/** The one claim of a one-sentence article. */
export function claimOf(sentence: string, date?: string, path?: string): Claim {
  const claims = claimsOf(sentence, date, path);
  if (claims.length !== 1) throw new Error(`expected one claim, got ${claims.length}: ${sentence}`);
  return claims[0]!;
}

/** The quantity or time of `c` whose text is `text`. */
export function mention<T extends { text: string }>(list: readonly T[], text: string): T {
  const found = list.find((m) => m.text === text);
  if (!found) throw new Error(`no mention "${text}" among ${list.map((m) => m.text).join(', ')}`);
  return found;
}
