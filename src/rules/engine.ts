// rules: run every enabled rule on every reported article, through a small
// context, and turn what they report into positioned, suppressible findings.
// A rule that throws costs only its own findings on that file.
import type { ArticleClaims, Claim, Finding, Link, Report, Severity } from '../types.js';
import type { RuleSetting } from '../config/load.js';
import type { Rule, RuleContext } from './types.js';
import { pointAt } from '../load/line-index.js';
import { isSuppressed, type UnusedDirective, unusedDirectives } from './suppress.js';

export interface RuleRunInput {
  /** Articles to report on (the archive of `--against` is not among them). */
  reported: readonly ArticleClaims[];
  /** Every article, reported or reference. */
  all: readonly ArticleClaims[];
  links: readonly Link[];
  rules: readonly Rule[];
  settingsFor(article: ArticleClaims): Map<string, RuleSetting>;
  entityKey(surface: string): string;
}

export interface RuleFailure {
  path: string;
  ruleId: string;
  message: string;
  stack?: string;
}

export interface RuleRunOutput {
  files: Array<{ path: string; messages: Finding[] }>;
  failures: RuleFailure[];
  unusedDisables: UnusedDirective[];
}

const EXCERPT_MAX = 120;

export function excerptOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return raw.length > EXCERPT_MAX ? `${raw.slice(0, EXCERPT_MAX - 1)}…` : raw;
}

export function runRules(input: RuleRunInput): RuleRunOutput {
  const claims = new Map<string, Claim>();
  const articles = new Map<string, ArticleClaims>();
  for (const a of input.all) {
    articles.set(a.path, a);
    for (const c of a.claims) claims.set(c.id, c);
  }
  const linksBy = new Map<string, Link[]>();
  for (const link of input.links) {
    for (const id of [link.from, link.to]) {
      let list = linksBy.get(id);
      if (!list) linksBy.set(id, (list = []));
      list.push(link);
    }
  }
  const failures: RuleFailure[] = [];
  const unusedDisables: UnusedDirective[] = [];
  const files = input.reported.map((article) => {
    const settings = input.settingsFor(article);
    const messages: Finding[] = [];
    const factual = article.claims.filter((c) => c.isClaim);
    for (const rule of input.rules) {
      const setting = settings.get(rule.meta.id);
      if (!setting || setting.severity === 'off') continue;
      const severity = setting.severity as Severity;
      const options: Record<string, unknown> = {};
      for (const [name, spec] of Object.entries(rule.meta.options ?? {})) options[name] = spec.default;
      Object.assign(options, setting.options);
      const corpus = rule.meta.scope === 'corpus';
      const reports: Report[] = [];
      const context: RuleContext = {
        article,
        options,
        report: (r) => reports.push(r),
        claims: () => factual,
        linksOf: (claim) => (corpus ? linksBy.get(claim.id) ?? [] : []),
        claimById: (id) => claims.get(id),
        articleByPath: (path) => articles.get(path),
        articles: () => input.all,
        entityKey: input.entityKey,
      };
      try {
        rule.check(context);
      } catch (error) {
        failures.push({ path: article.path, ruleId: rule.meta.id, ...describeError(error) });
        continue;
      }
      // A report the engine cannot place is the rule's bug: said once, the rest kept.
      let invalid: string | undefined;
      for (const r of reports) {
        const problem = invalidReport(r, article, articles);
        if (problem) invalid ??= problem;
        else messages.push(toFinding(r, rule.meta.id, capSeverity(severity, r.severity), article, articles));
      }
      if (invalid) failures.push({ path: article.path, ruleId: rule.meta.id, message: invalid });
    }
    const kept = messages.filter((m) => !isSuppressed(m, article.directives));
    unusedDisables.push(...unusedDirectives(article, messages));
    kept.sort(compareFindings);
    return { path: article.path, messages: dedupe(kept) };
  });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, failures, unusedDisables };
}

/** What was thrown, as text, whatever was thrown (even a value whose conversion throws). */
export function describeError(error: unknown): { message: string; stack?: string } {
  try {
    const e = error as { message?: unknown; stack?: unknown } | null;
    const object = typeof e === 'object' && e !== null;
    const message = object && typeof e.message === 'string' ? e.message : String(error);
    const stack = object && typeof e.stack === 'string' ? e.stack : undefined;
    return { message, ...(stack ? { stack } : {}) };
  } catch {
    return { message: 'a value that cannot be shown as text was thrown' };
  }
}

function spanProblem(span: unknown, length: number): string | undefined {
  const s = span as { start?: unknown; end?: unknown } | null | undefined;
  if (typeof s !== 'object' || s === null) return 'no span';
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `span ${String(start)}..${String(end)} is not whole numbers`;
  if ((start as number) < 0 || (end as number) < (start as number) || (end as number) > length) return `span ${String(start)}..${String(end)} is outside the text (0..${length})`;
  return undefined;
}

function invalidReport(r: Report, article: ArticleClaims, articles: Map<string, ArticleClaims>): string | undefined {
  if (typeof r !== 'object' || r === null) return 'reported something that is not a finding';
  if (typeof r.message !== 'string') return 'reported a finding without a message';
  const own = spanProblem(r.span, article.text.length);
  if (own) return `reported a finding with a bad position (${own})`;
  for (const rel of r.related ?? []) {
    const other = articles.get(rel?.path);
    const problem = other ? spanProblem(rel.span, other.text.length) : undefined;
    if (problem) return `reported a related location with a bad position in ${rel.path} (${problem})`;
  }
  return undefined;
}

function toFinding(r: Report, ruleId: string, severity: Severity, article: ArticleClaims, articles: Map<string, ArticleClaims>): Finding {
  const start = pointAt(article.lineStarts, r.span.start);
  const end = pointAt(article.lineStarts, r.span.end);
  const related = (r.related ?? [])
    .map((rel) => {
      const other = articles.get(rel.path);
      if (!other) return undefined;
      const s = pointAt(other.lineStarts, rel.span.start);
      const e = pointAt(other.lineStarts, rel.span.end);
      return { path: rel.path, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, excerpt: excerptOf(other.text, rel.span.start, rel.span.end), message: rel.message };
    })
    .filter((x): x is NonNullable<typeof x> => x !== undefined)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
  return {
    ruleId,
    severity,
    message: r.message,
    path: article.path,
    span: r.span,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    excerpt: excerptOf(article.text, r.span.start, r.span.end),
    related,
  };
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A report may lower its rule's configured severity, never raise it. */
function capSeverity(configured: Severity, ceiling: Severity | undefined): Severity {
  return ceiling && RANK[ceiling] < RANK[configured] ? ceiling : configured;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

function dedupe(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => i === 0 || compareFindings(f, sorted[i - 1]!) !== 0 || f.span.end !== sorted[i - 1]!.span.end);
}
