// Inline suppression: `briefcheck-disable-next-line`, `-disable-line`, and
// `-disable` … `-enable` ranges; a directive with no rule ids covers all rules.
import type { ArticleClaims, Directive, Finding } from '../types.js';

export interface UnusedDirective {
  path: string;
  line: number;
  rules: string[];
}

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** The directive that hides a finding, if any. */
function suppressor(f: Finding, directives: readonly Directive[]): Directive | undefined {
  let disabledBy: Directive | undefined;
  for (const d of directives) {
    if (d.kind === 'disable-next-line' && d.line + 1 >= f.line && d.line < f.line && covers(d, f.ruleId)) return d;
    if (d.kind === 'disable-line' && d.line === f.line && covers(d, f.ruleId)) return d;
    if (d.line > f.line) break;
    if (d.kind === 'disable' && covers(d, f.ruleId)) disabledBy = d;
    if (d.kind === 'enable' && disabledBy && (d.rules.length === 0 || d.rules.includes(f.ruleId))) disabledBy = undefined;
  }
  return disabledBy;
}

export function isSuppressed(f: Finding, directives: readonly Directive[]): boolean {
  return directives.length > 0 && suppressor(f, directives) !== undefined;
}

/** Disable directives that hid nothing in this run. */
export function unusedDirectives(article: ArticleClaims, findings: readonly Finding[]): UnusedDirective[] {
  const used = new Set<Directive>();
  for (const f of findings) {
    const d = suppressor(f, article.directives);
    if (d) used.add(d);
  }
  return article.directives
    .filter((d) => d.kind !== 'enable' && !used.has(d))
    .map((d) => ({ path: article.path, line: d.line, rules: d.rules }));
}
