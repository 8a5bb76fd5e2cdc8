// STUB: the real pipeline is being written.
import type { ArticleClaims, Finding, Link } from './types.js';

export interface CheckOptions {
  /** Directory paths are resolved against and config is searched from (default: process.cwd()). */
  cwd?: string;
  /** Explicit config file, instead of walking up from each file. */
  config?: string;
  /** Publication date for articles that carry none (`YYYY-MM-DD`). */
  date?: string;
  /** Reference corpus: takes part in cross-source checks, never reported on. */
  against?: string[];
  /** Extra ignore globs. */
  ignore?: string[];
  /** Rule severities / options that override the config (`{ "hedged-claim": "off" }`). */
  rules?: Record<string, unknown>;
}

export interface InputError {
  path: string;
  line?: number;
  message: string;
  /** 'usage' and 'config' make the CLI exit 2. */
  kind: 'input' | 'config' | 'usage' | 'internal';
}

export interface CheckResult {
  /** One entry per checked file, sorted by path, each with its findings sorted by position. */
  files: Array<{ path: string; messages: Finding[] }>;
  errors: InputError[];
  stats: { articles: number; claims: number; candidatePairs: number; links: number };
}

export interface ClaimsResult {
  articles: ArticleClaims[];
  links: Link[];
  errors: InputError[];
}

export async function check(paths: string[], options: CheckOptions = {}): Promise<CheckResult> {
  void paths; void options;
  throw new Error('not yet');
}

export async function claims(paths: string[], options: CheckOptions = {}): Promise<ClaimsResult> {
  void paths; void options;
  throw new Error('not yet');
}
