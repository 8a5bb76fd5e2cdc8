// STUB — owned by the time-expression work (issue 5).
import type { TimeExpression } from '../../types.js';

/**
 * Find and normalise the time expressions of one sentence.
 * @param sentence the sentence text exactly as in the file
 * @param offset   offset of sentence[0] in the original file (spans are file offsets)
 * @param anchor   the article date `YYYY-MM-DD`, or undefined for undated articles
 */
export function extractTimes(sentence: string, offset: number, anchor: string | undefined): TimeExpression[] {
  void sentence; void offset; void anchor;
  return [];
}
