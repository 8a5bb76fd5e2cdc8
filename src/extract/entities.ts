// Named entities and alias definitions of one sentence. The work lives in
// src/extract/entities/: tokens.ts (words), detect.ts (names, titles),
// classify.ts (types), aliases.ts (acronym and "also known as" definitions),
// places.ts / spelling.ts / titles.ts (data-driven folding shared with
// src/corpus/entity-key.ts).
export { extractEntities } from './entities/detect.js';
export { findAliasDefinitions, acronymFit } from './entities/aliases.js';
export type { AliasDefinition } from './entities/aliases.js';
