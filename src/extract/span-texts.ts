// The texts a claim carries — its sentence, the words of its names, times,
// numbers, source and cues — are slices of the article text the main thread
// already holds. Copied between threads, each would become a string of its
// own: workers blank every text that is exactly its span's slice of the
// article, and the main thread slices them again from the article text.
import type { Claim, TextSpan } from '../types.js';
import type { JobResult } from './article-job.js';

/** The claim's texts with offsets, besides its own sentence. */
function textSpansOf(claim: Claim): TextSpan[] {
  const out: TextSpan[] = [];
  for (const e of claim.entities) {
    out.push(e);
    if (e.title) out.push(e.title);
  }
  out.push(...claim.times, ...claim.quantities);
  for (const s of [claim.attribution.source, claim.attribution.cue, claim.certainty.cue]) if (s) out.push(s);
  return out;
}

/** Is `text` exactly article[start, end)? */
const isSlice = (text: string, start: number, end: number, article: string) => end > start && text.length === end - start && article.startsWith(text, start);

/** In the worker: blank the texts the main thread can slice again (only those that are exactly their slice). */
export function blankSpanTexts(result: JobResult, article: string): JobResult {
  if (!result.ok) return result;
  for (const claim of result.claims.claims) {
    if (isSlice(claim.text, claim.span.start, claim.span.end, article)) claim.text = '';
    for (const s of textSpansOf(claim)) if (isSlice(s.text, s.start, s.end, article)) s.text = '';
  }
  return result;
}

/** In the main thread: put back what the worker blanked. */
export function restoreSpanTexts(result: JobResult, article: string): JobResult {
  if (!result.ok) return result;
  for (const claim of result.claims.claims) {
    if (claim.text === '' && claim.span.end > claim.span.start) claim.text = article.slice(claim.span.start, claim.span.end);
    for (const s of textSpansOf(claim)) if (s.text === '' && s.end > s.start) s.text = article.slice(s.start, s.end);
  }
  return result;
}
