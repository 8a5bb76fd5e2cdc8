// STUB — owned by the entity work (issue 4).
import type { ArticleClaims, Span } from '../types.js';
import { foldKey } from './entity-key.js';

export interface EntityForm {
  text: string;
  path: string;
  span: Span;
}

export interface EntityIndex {
  /** The corpus-wide key of a surface form. */
  keyOf(surface: string): string;
  /** Every entity that is written in more than one way, with its forms. */
  variants(): Array<{ key: string; forms: EntityForm[] }>;
}

/**
 * Give every entity mention of every article one corpus-wide key, using the
 * articles' own alias definitions and the aliases from configuration
 * (canonical name → other names). Sets `mention.key` in place.
 */
export function resolveEntities(articles: ArticleClaims[], configAliases: Record<string, string[]> = {}): EntityIndex {
  void configAliases;
  for (const a of articles) for (const c of a.claims) for (const e of c.entities) e.key = foldKey(e.text);
  return { keyOf: foldKey, variants: () => [] };
}
