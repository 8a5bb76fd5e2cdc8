// Build step: lexicons/*.yaml → dist/lexicons.json. Parsing YAML at start-up
// costs more than the rest of a one-file run; JSON.parse of the same data is
// almost free. The YAML stays the source of truth: src/extract/lexicon.ts
// falls back to it whenever a YAML file is newer than the compiled JSON.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'lexicons');
const out = { compiledAt: Date.now(), lexicons: {} };
for (const file of readdirSync(dir).sort()) {
  if (!file.endsWith('.yaml')) continue;
  out.lexicons[file.slice(0, -5)] = parse(readFileSync(join(dir, file), 'utf8'));
}
mkdirSync(join(root, 'dist'), { recursive: true });
// The claims cache is salted by a digest of what extraction depends on; the
// build computes it once so a run need not hash every file (src/cache/claims-cache.ts).
const cacheModule = join(root, 'dist', 'src', 'cache', 'salt.js');
if (existsSync(cacheModule)) out.extractionDigest = (await import(pathToFileURL(cacheModule).href)).extractionDigest();
// Tables computed from a lexicon, for the same reason: the place table (ICU
// region names and demonyms) took a tenth of a one-article run to build.
const places = join(root, 'dist', 'src', 'extract', 'entities', 'places.js');
if (existsSync(places)) out.derived = { places: (await import(pathToFileURL(places).href)).computePlaceTable(out.lexicons.demonyms) };
out.compiledAt = Date.now();
writeFileSync(join(root, 'dist', 'lexicons.json'), JSON.stringify(out));
console.log(`lexicons: ${Object.keys(out.lexicons).length} compiled to dist/lexicons.json`);

