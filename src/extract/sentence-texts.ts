// A claim's text is its sentence, a slice of the article text the main thread
// already holds. Copied between threads, each would become a string of its
// own: workers send claims without them and the main thread slices them again.
import type { JobResult } from './article-job.js';

export function withoutSentenceTexts(result: JobResult): JobResult {
  if (result.ok) for (const claim of result.claims.claims) claim.text = '';
  return result;
}

export function restoreSentenceTexts(result: JobResult, text: string): JobResult {
  if (result.ok) for (const claim of result.claims.claims) claim.text = text.slice(claim.span.start, claim.span.end);
  return result;
}
