// What the claims cache is salted by: anything that changes what extraction
// produces (version, lexicons, the load / parse / extract code, the cache layout)
// and the corpus code that summarises each file for the cache index.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStamp } from '../extract/lexicon.js';
import { projectRoot } from '../project-root.js';

/** Bumped when the layout of the cache file or the meaning of its index keys (corpus/archive-keys.ts) changes. */
export const FORMAT = 4;
let saltBase: string | undefined;

/** Every .js/.ts/.yaml file under `dir`, sorted, recursing into folders. */
function sourceFiles(dir: string, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (/\.(js|ts|ya?ml)$/.test(name)) out.push(path);
    else if (!name.includes('.')) sourceFiles(path, out);
  }
  return out;
}

/** The files whose content decides what the cache holds: package.json, lexicons and the load / parse / extract / corpus code. */
function extractionInputs(): string[] {
  const here = dirname(dirname(fileURLToPath(import.meta.url)));
  // The bundled CLI (dist/cli/) is built from the same sources as dist/src/ in the same build.
  const src = existsSync(join(here, 'extract')) ? here : join(projectRoot, 'dist', 'src');
  const files = [join(projectRoot, 'package.json'), ...sourceFiles(join(projectRoot, 'lexicons'))];
  // corpus/: the cache index keeps each file's alignment features and keys (archive-keys.ts, align.ts).
  for (const stage of ['load', 'parse', 'extract', 'corpus']) sourceFiles(join(src, stage), files);
  return files;
}

/**
 * A digest of version, lexicons and the extraction code itself: a build that
 * changes extraction without a version bump (a checkout between two releases)
 * must not read the claims of the old build. By content, not mtime, so a fresh
 * install in CI still reads a cache restored from an earlier job.
 */
export function extractionDigest(): string {
  const hash = createHash('sha1');
  hash.update(`format ${FORMAT}\0`);
  for (const file of extractionInputs()) hash.update(file.slice(file.lastIndexOf('/') + 1)).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * The build stores the digest (scripts/compile-lexicons.mjs); reading it costs
 * a few stats instead of hashing every file, and is trusted only while no
 * input is newer than the build.
 */
export function baseSalt(): string {
  if (!saltBase) {
    const stamp = buildStamp();
    const fresh = stamp?.extractionDigest && fileURLToPath(import.meta.url).endsWith('.js') && extractionInputs().every((f) => statSync(f).mtimeMs <= stamp.compiledAt);
    saltBase = fresh ? stamp.extractionDigest! : extractionDigest();
  }
  return saltBase;
}

