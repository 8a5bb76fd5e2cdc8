// The contract between the rule engine and the rule files in the top-level
// `rules/` folder. A rule sees claims (and for corpus rules, links into other
// articles) only through its context, so rules never depend on how the
// pipeline computed them.
import type { ArticleClaims, Claim, Link, Report, SeverityOrOff } from '../types.js';

export type OptionType = 'number' | 'boolean' | 'string' | 'string[]';

export interface OptionSpec {
  type: OptionType;
  default: unknown;
  description: string;
}

export interface RuleMeta {
  /** kebab-case id, also the file name. */
  id: string;
  description: string;
  /** `article` rules look at one article; `corpus` rules also at links into the others. */
  scope: 'article' | 'corpus';
  defaultSeverity: SeverityOrOff;
  options?: Record<string, OptionSpec>;
  /** Relative path of the rule's docs from the project root, e.g. rules/hedged-claim.md */
  docs: string;
}

export interface RuleContext {
  /** The article being reported on. */
  article: ArticleClaims;
  /** Options merged over the defaults of `meta.options`. */
  options: Record<string, any>;
  report(report: Report): void;
  /** Claims of the article that are factual claims (not questions, headlines...). */
  claims(): Claim[];
  // --- corpus scope only (empty for article rules) ---
  /** Links from a claim of this article to claims of other articles. */
  linksOf(claim: Claim): Link[];
  /** Look up any claim in the corpus by id. */
  claimById(id: string): Claim | undefined;
  /** Look up any article by path. */
  articleByPath(path: string): ArticleClaims | undefined;
  /** Every article in the corpus, reference archive included. */
  articles(): readonly ArticleClaims[];
  /** Corpus-wide entity key of a surface form, as resolved for this run. */
  entityKey(surface: string): string;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
