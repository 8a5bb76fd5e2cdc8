// Shared by the rules that report a value differing across articles (a date,
// a number): one finding per differing mention here, with every other article
// that gives it differently as a related location.
import type { Claim, Link, LinkRelation, RelatedLocation, Span, TextSpan } from '../types.js';
import type { RuleContext } from './types.js';
import { isAligned } from '../corpus/align.js';
import { fileName, otherSide, quoteOf } from './describe.js';

interface Difference {
  span: Span;
  here?: TextSpan;
  there: Array<{ other: Claim; value?: TextSpan; span: Span }>;
}

export function reportDifferences(
  ctx: RuleContext,
  relation: LinkRelation,
  mentionsOf: (c: Claim) => readonly TextSpan[],
  describe: (here: TextSpan | undefined, others: Array<{ other: Claim; value?: TextSpan }>) => string,
): void {
  // Predictions too: "Sentencing is scheduled for July 12" can be dated differently elsewhere.
  for (const claim of ctx.article.claims.filter(isAligned)) {
    const bySpan = new Map<number, Difference>();
    for (const link of ctx.linksOf(claim) as Link[]) {
      if (link.relation !== relation) continue;
      const other = ctx.claimById(otherSide(claim.id, link));
      if (!other) continue;
      const mine = (link.from === claim.id ? link.fromSpan : link.toSpan) ?? claim.span;
      const theirs = (link.from === claim.id ? link.toSpan : link.fromSpan) ?? other.span;
      let d = bySpan.get(mine.start);
      if (!d) {
        const here = mentionsOf(claim).find((m) => m.start === mine.start);
        bySpan.set(mine.start, (d = { span: mine, ...(here ? { here } : {}), there: [] }));
      }
      const value = mentionsOf(other).find((m) => m.start === theirs.start);
      d.there.push({ other, ...(value ? { value } : {}), span: theirs });
    }
    for (const d of bySpan.values()) {
      const related: RelatedLocation[] = d.there.map((t) => ({ path: t.other.path, span: t.span, message: `${fileName(t.other.path)}: ${quoteOf(t.other.text)}` }));
      ctx.report({ message: describe(d.here, d.there), span: d.span, related });
    }
  }
}

/** "b.md says "May 10"" / "b.md and c.txt say …" in one phrase. */
export function whoSays(others: Array<{ other: Claim; value?: TextSpan }>, show: (v: TextSpan) => string): string {
  const first = others[0]!;
  const rest = others.length > 1 ? ` (and ${others.length - 1} more)` : '';
  return `${fileName(first.other.path)} says ${first.value ? show(first.value) : 'otherwise'}${rest}`;
}
