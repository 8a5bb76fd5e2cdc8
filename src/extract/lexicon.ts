// Lexicons are data (lexicons/*.yaml), kept apart from the code that applies
// them, so a newsroom can read and extend them without touching the engine.
// The build compiles them to dist/lexicons.json (scripts/compile-lexicons.mjs)
// because parsing YAML dominated start-up; a YAML file edited after the build
// is read directly.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../project-root.js';

const cache = new Map<string, unknown>();
let compiled: { compiledAt: number; extractionDigest?: string; lexicons: Record<string, unknown>; derived?: Record<string, unknown> } | null | undefined;

function compiledLexicons() {
  if (compiled === undefined) {
    const file = join(projectRoot, 'dist', 'lexicons.json');
    try {
      compiled = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** When the build compiled the lexicons, and the digest of what extraction depends on at that time (cache/claims-cache.ts). */
export function buildStamp(): { compiledAt: number; extractionDigest?: string } | null {
  const pre = compiledLexicons();
  return pre ? { compiledAt: pre.compiledAt, ...(pre.extractionDigest ? { extractionDigest: pre.extractionDigest } : {}) } : null;
}

export function loadLexicon<T = any>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    const yamlFile = join(projectRoot, 'lexicons', `${name}.yaml`);
    const pre = compiledLexicons();
    if (pre && name in pre.lexicons && statSync(yamlFile).mtimeMs <= pre.compiledAt) value = pre.lexicons[name];
    else {
      try {
        value = parse(readFileSync(yamlFile, 'utf8'));
      } catch (error) {
        throw new Error(`lexicons/${name}.yaml: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    cache.set(name, value);
  }
  return value as T;
}

/**
 * A table the build computed from a lexicon (scripts/compile-lexicons.mjs),
 * or undefined when there is none or `source`'s YAML was edited since: the
 * caller then computes it itself.
 */
export function derivedLexicon<T>(name: string, source: string): T | undefined {
  const pre = compiledLexicons();
  const value = pre?.derived?.[name];
  if (value === undefined) return undefined;
  try {
    return statSync(join(projectRoot, 'lexicons', `${source}.yaml`)).mtimeMs <= pre!.compiledAt ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Escape a phrase for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation regex for a list of phrases, longest first so the longest
 * cue wins, with word boundaries. Phrases may use `*` for "one optional word".
 * Compiled once per lexicon: one pass per sentence instead of one regex per cue.
 */
export function phraseRegExp(phrases: string[], flags = 'giu'): RegExp {
  const unique = [...new Set(phrases.map((p) => p.trim()))].sort((a, b) => b.length - a.length);
  // Plain ASCII phrases need no Unicode mode, and V8 runs \b alternations far
  // faster than Unicode look-arounds: this is on the per-sentence hot path.
  if (unique.every((p) => PLAIN_PHRASE.test(p))) {
    const ascii = unique.map((p) => p.split(/\s+/).map(escapeRegExp).join('\\s+'));
    return new RegExp(`\\b(?:${ascii.join('|')})\\b`, flags.replace('u', ''));
  }
  const parts = unique.map((p) =>
    p
      .split(/\s+/)
      .map((w) => (w === '*' ? "[\\p{L}\\p{N}'’-]+" : escapeRegExp(w)))
      .join('\\s+'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** ASCII words, starting and ending with a letter or digit (so \b bounds them). */
const PLAIN_PHRASE = /^[A-Za-z0-9](?:[A-Za-z0-9 '&/.-]*[A-Za-z0-9])?$/;
