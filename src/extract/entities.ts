// STUB — owned by the entity work (issues 3/4).
import type { EntityMention, Span } from '../types.js';

/** Named entities (people, organisations, places, groups) of one sentence, with titles; spans are file offsets. */
export function extractEntities(sentence: string, offset: number): EntityMention[] {
  void sentence; void offset;
  return [];
}

export interface AliasDefinition {
  alias: string;
  canonical: string;
  span: Span;
}

/** Acronym / alias definitions in one sentence: "X or ABC", "X (ABC)", "X, also known as Y". */
export function findAliasDefinitions(sentence: string, offset: number): AliasDefinition[] {
  void sentence; void offset;
  return [];
}
