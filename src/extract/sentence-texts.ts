// The texts a claim carries — its sentence, the words of its names, times,
// numbers, source and cues — are slices of the article text the main thread
// already holds. Copied between threads, each would become a string of its
// own: workers blank every text that is exactly its span's slice of the
// article, and the main thread slices them again from the article text.
import type { Claim, TextSpan } from '../types.js';
import type { JobResult } from './article-job.js';

type Visit = (span: TextSpan) => void;

/** Every text-with-offsets a claim holds (the claim's own sentence included). */
function eachTextSpan(claim: Claim, visit: Visit): void {
  visit({ get text() { return claim.text; }, set text(t) { claim.text = t; }, start: claim.span.start, end: claim.span.end });
  for (const e of claim.entities) {
    visit(e);
    if (e.title) visit(e.title);
  }
  for (const t of claim.times) visit(t);
  for (const q of claim.quantities) visit(q);
  if (claim.attribution.source) visit(claim.attribution.source);
  if (claim.attribution.cue) visit(claim.attribution.cue);
  if (claim.certainty.cue) visit(claim.certainty.cue);
}

/** In the worker: blank the texts the main thread can slice again (only those that are exactly their slice). */
export function withoutSentenceTexts(result: JobResult, text: string): JobResult {
  if (result.ok) {
    for (const claim of result.claims.claims) {
      eachTextSpan(claim, (s) => {
        if (s.end > s.start && s.text.length === s.end - s.start && text.startsWith(s.text, s.start)) s.text = '';
      });
    }
  }
  return result;
}

/** In the main thread: put back what the worker blanked. */
export function restoreSentenceTexts(result: JobResult, text: string): JobResult {
  if (result.ok) {
    for (const claim of result.claims.claims) {
      eachTextSpan(claim, (s) => {
        if (s.text === '' && s.end > s.start) s.text = text.slice(s.start, s.end);
      });
    }
  }
  return result;
}
