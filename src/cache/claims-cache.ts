// The claims cache: extracted claims of unchanged files are reused from disk.
// An entry is keyed by the file's path and content; the whole cache by the
// briefcheck version, the lexicons and the options that change extraction,
// so a changed file, lexicon or version never reads stale claims. A corrupt or
// unreadable cache is ignored (with one warning) and rebuilt.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleClaims } from '../types.js';
import { projectRoot } from '../project-root.js';

type Stored = Omit<ArticleClaims, 'text'>;

interface CacheFile {
  salt: string;
  entries: Map<string, Stored>;
}

let saltBase: string | undefined;

/** Version + lexicon contents: anything that changes what extraction produces. */
function baseSalt(): string {
  if (!saltBase) {
    const hash = createHash('sha1');
    hash.update(readFileSync(join(projectRoot, 'package.json')));
    const dir = join(projectRoot, 'lexicons');
    for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
    saltBase = hash.digest('hex');
  }
  return saltBase;
}

export function entryKey(path: string, text: string): string {
  return createHash('sha1').update(path).update('\0').update(text).digest('hex');
}

export class ClaimsCache {
  private entries = new Map<string, Stored>();
  private readonly used = new Map<string, Stored>();
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

  get(path: string, text: string): ArticleClaims | undefined {
    const key = entryKey(path, text);
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.used.set(key, hit);
    return { ...hit, text };
  }

  set(path: string, text: string, claims: Stored): void {
    this.used.set(entryKey(path, text), claims);
  }

  /** Write the cache: this run's entries and the earlier ones still valid. */
  save(): string | undefined {
    for (const [key, value] of this.used) this.entries.set(key, value);
    try {
      mkdirSync(dirname(this.location), { recursive: true });
      const tmp = `${this.location}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize({ salt: this.salt, entries: this.entries } satisfies CacheFile));
      renameSync(tmp, this.location);
      return undefined;
    } catch (error) {
      return `cannot write the cache ${this.location}: ${(error as Error).message}`;
    }
  }
}
