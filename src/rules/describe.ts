// Plain words for the model, so every rule's message reads the same way to a
// copy editor.
import type { Claim, RelatedLocation } from '../types.js';

export function quoteOf(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/** How a claim stands, in words: "hedges it (\"is thought to\")". */
export function standing(c: Claim): string {
  const cue = c.certainty.cue?.text;
  switch (c.certainty.level) {
    case 'denied':
      return `reports a denial${cue ? ` (${quoteOf(cue, 40)})` : ''}`;
    case 'unconfirmed':
      return `says it is not confirmed${cue ? ` (${quoteOf(cue, 40)})` : ''}`;
    case 'hedged':
      return `only hedges it${cue ? ` (${quoteOf(cue, 40)})` : ''}`;
    default:
      if (c.attribution.kind === 'anonymous') return `rests it on an anonymous source${c.attribution.source ? ` (${quoteOf(c.attribution.source.text, 50)})` : ''}`;
      if (c.attribution.source) return `attributes it to ${quoteOf(c.attribution.source.text, 50)}`;
      return 'states it as fact';
  }
}

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function relatedClaim(c: Claim, message: string): RelatedLocation {
  return { path: c.path, span: c.span, message };
}

/** The other claim of a link, seen from `claim`. */
export function otherSide(claimId: string, link: { from: string; to: string }): string {
  return link.from === claimId ? link.to : link.from;
}
