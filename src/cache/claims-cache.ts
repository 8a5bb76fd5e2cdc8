// The claims cache: extracted claims of unchanged files are reused from disk.
// An entry is kept per file path with the hash of the content it was made
// from; the whole cache is salted by the briefcheck version, the lexicons, the
// code that extracts (load / parse / extract) and the options that change
// extraction, so a changed file, lexicon, version or build never reads stale
// claims. A corrupt or unreadable cache is ignored (with one warning) and rebuilt.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ArticleClaims } from '../types.js';
import { projectRoot } from '../project-root.js';

type Stored = Omit<ArticleClaims, 'text'>;

interface Entry {
  /** Hash of the text the claims were extracted from. */
  hash: string;
  claims: Stored;
}

interface CacheFile {
  salt: string;
  /** Keyed by path: an edited file replaces its entry instead of adding one. */
  entries: Map<string, Entry>;
}

/** Bumped when the layout of CacheFile changes. */
const FORMAT = 2;
let saltBase: string | undefined;

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (/\.(js|ts|ya?ml)$/.test(name)) hash.update(name).update(readFileSync(path));
    else if (!name.includes('.')) hashTree(hash, path);
  }
}

/** Version, lexicons and the extraction code itself: anything that changes what extraction produces. */
function baseSalt(): string {
  if (!saltBase) {
    const hash = createHash('sha1');
    hash.update(`format ${FORMAT}\0`);
    hash.update(readFileSync(join(projectRoot, 'package.json')));
    hashTree(hash, join(projectRoot, 'lexicons'));
    // A build that changes extraction without a version bump (a checkout
    // between two releases) must not read the claims of the old build.
    const src = dirname(dirname(fileURLToPath(import.meta.url)));
    for (const stage of ['load', 'parse', 'extract']) hashTree(hash, join(src, stage));
    saltBase = hash.digest('hex');
  }
  return saltBase;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function isEntry(value: unknown): value is Entry {
  const e = value as Entry | undefined;
  return typeof e?.hash === 'string' && Array.isArray(e.claims?.claims) && Array.isArray(e.claims?.lineStarts);
}

export class ClaimsCache {
  private entries = new Map<string, Entry>();
  /** Only a run that extracted something rewrites the file. */
  private dirty = false;
  private readonly salt: string;
  warning?: string;

  constructor(
    readonly location: string,
    extractionOptions: string,
  ) {
    this.salt = `${baseSalt()}|${extractionOptions}`;
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(location);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.warning = `cannot read the cache ${location} (${(error as NodeJS.ErrnoException).code}); rebuilding it`;
    }
    if (!bytes) return;
    try {
      const file = deserialize(bytes) as CacheFile;
      if (!file || !(file.entries instanceof Map) || typeof file.salt !== 'string') throw new Error('not a briefcheck cache');
      if (file.salt === this.salt) this.entries = file.entries;
    } catch {
      this.warning = `the cache ${location} is corrupt; ignoring and rebuilding it`;
    }
  }

  /** @param variant per-file options that change extraction (day-first dates) */
  get(path: string, text: string, variant = ''): ArticleClaims | undefined {
    const entry = this.entries.get(path);
    if (!isEntry(entry) || entry.hash !== contentHash(variant + text)) return undefined;
    return { ...entry.claims, text };
  }

  set(path: string, text: string, claims: Stored, variant = ''): void {
    this.entries.set(path, { hash: contentHash(variant + text), claims });
    this.dirty = true;
  }

  /** Write the cache when this run added to it: its entries and the earlier ones of other files. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    try {
      mkdirSync(dirname(this.location), { recursive: true });
      const tmp = `${this.location}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize({ salt: this.salt, entries: this.entries } satisfies CacheFile));
      renameSync(tmp, this.location);
      this.dirty = false;
      return undefined;
    } catch (error) {
      return `cannot write the cache ${this.location}: ${(error as Error).message}`;
    }
  }
}
