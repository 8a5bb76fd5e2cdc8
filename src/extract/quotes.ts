// Direct quotation: which parts of a sentence are quoted, and whether a quote
// is still open at the end (multi-sentence quotes span several sentences).
import type { Span } from '../types.js';

export interface QuoteState {
  spans: Span[];
  /** A quote opened in this sentence (or earlier) is still open at its end. */
  openAtEnd: boolean;
}

/** @param openAtStart whether the sentence starts inside a quote opened earlier. */
export function scanQuotes(sentence: string, offset: number, openAtStart: boolean): QuoteState {
  const spans: Span[] = [];
  let open = openAtStart;
  let from = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    const opens = c === '“' || (c === '"' && !open);
    const closes = c === '”' || (c === '"' && open);
    if (open && closes) {
      spans.push({ start: offset + from, end: offset + i + 1 });
      open = false;
    } else if (!open && opens) {
      open = true;
      from = i;
    }
  }
  if (open) spans.push({ start: offset + from, end: offset + sentence.length });
  return { spans, openAtEnd: open };
}

/**
 * Is index `i` inside double quotes? Counts quote marks before it, starting
 * open when the sentence continues a quote opened in an earlier sentence.
 */
export function insideQuote(sentence: string, i: number, openAtStart = false): boolean {
  let open = openAtStart;
  for (let k = 0; k < i; k++) {
    const c = sentence[k];
    if (c === '"') open = !open;
    else if (c === '“') open = true;
    else if (c === '”') open = false;
  }
  return open;
}

/** Share of the sentence's characters that stand inside double quotes. */
export function quotedShare(sentence: string): number {
  let open = false;
  let quoted = 0;
  for (let k = 0; k < sentence.length; k++) {
    const c = sentence[k];
    if (c === '"') open = !open;
    else if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (open) quoted++;
  }
  return sentence.length > 0 ? quoted / sentence.length : 0;
}
