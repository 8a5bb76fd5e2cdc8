// Build step: lexicons/*.yaml → dist/lexicons.json. Parsing YAML at start-up
// costs more than the rest of a one-file run; JSON.parse of the same data is
// almost free. The YAML stays the source of truth: src/extract/lexicon.ts
// falls back to it whenever a YAML file is newer than the compiled JSON.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'lexicons');
const out = { compiledAt: Date.now(), lexicons: {} };
for (const file of readdirSync(dir).sort()) {
  if (!file.endsWith('.yaml')) continue;
  out.lexicons[file.slice(0, -5)] = parse(readFileSync(join(dir, file), 'utf8'));
}
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'lexicons.json'), JSON.stringify(out));
console.log(`lexicons: ${Object.keys(out.lexicons).length} compiled to dist/lexicons.json`);

