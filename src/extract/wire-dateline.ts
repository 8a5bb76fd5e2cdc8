// The wire-copy dateline that opens a story: "CITY, Nov 8 (Agency) - ", or
// "CITY:" in South Asian style.
// It dates and places the story; it is not part of the first claim.
const WIRE_DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{L} .'’-]*,\s+[^()\n]{3,30}?(?:\([^)]{2,40}\))?\s*[-–—]+\s|\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*[\p{L} .]{2,20})?:\s+)/u;

/** Length of the dateline at the start of a sentence, or 0. */
export function wireDatelineLength(sentence: string): number {
  const m = WIRE_DATELINE.exec(sentence);
  return m ? m[0].length : 0;
}
