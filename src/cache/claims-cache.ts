// The claims cache: extracted claims of unchanged files are reused from disk.
// An entry is kept per file path with the hash of the content it was made
// from; the whole cache is salted by the briefcheck version, the lexicons, the
// code that extracts (load / parse / extract) and the options that change
// extraction, so a changed file, lexicon, version or build never reads stale
// claims. A corrupt or unreadable cache is ignored (with one warning) and rebuilt.
//
// For `--against archive/`, the cache also answers without reading claims:
// whether an archive file is unchanged (size and mtime), which archive files
// share keys with the checked articles, and how common a feature is in the
// archive left unread.
import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleClaims } from '../types.js';
import { featureSources, relevantArchive } from '../corpus/archive-keys.js';
import type { UnloadedFeatures } from '../corpus/align.js';
import type { FileStat } from '../load/read.js';
import { ArchiveIndex } from './archive-index.js';
import { decodeFile, encodeFile, encodeTail, isBlob, MAGIC, makeBlob, type EntryBlob, type IndexEntry, type Stored } from './cache-file.js';
import { baseSalt } from './salt.js';

export { readCacheFile, writeCacheFile, type CacheFile } from './cache-file.js';

/** A file modified this close to when it was hashed may change again within one mtime tick: re-hash it. */
const RACY_MS = 2000;

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export class ClaimsCache {
  private entries = new Map<string, IndexEntry>();
  private index = new ArchiveIndex();
  private blobs: Buffer = Buffer.alloc(0);
  /** Dead bytes in the blob area, and whether the file on disk is ours to append to. */
  private garbage = 0;
  private appendable = false;
  /** Blobs read or made by this run; those made are serialised at save. */
  private decoded = new Map<string, EntryBlob>();
  private fresh = new Set<string>();
  private pathOf: string[] = [];
  /** Only a run that extracted or re-checked something rewrites the file. */
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
      const { header, blobs } = decodeFile(bytes);
      if (header.salt !== this.salt) return;
      [this.entries, this.index, this.blobs, this.garbage, this.appendable] = [header.entries, header.index, blobs, header.garbage, true];
      for (const [path, e] of this.entries) this.pathOf[e.ordinal] = path;
    } catch {
      if (!isOlderCache(bytes)) this.warning = `the cache ${location} is corrupt; ignoring and rebuilding it`;
    }
  }

  private blobOf(path: string): EntryBlob | undefined {
    let blob = this.decoded.get(path);
    const e = this.entries.get(path);
    if (blob || !e) return blob;
    try {
      const value = deserialize(this.blobs.subarray(e.at, e.at + e.length));
      if (isBlob(value)) this.decoded.set(path, (blob = value));
    } catch {
      // A damaged entry is a miss: the file is extracted again and replaces it.
    }
    return blob;
  }

  /** True when the file's size and mtime say it has not changed since its claims were cached. */
  unchanged(path: string, stat: FileStat, variant = ''): boolean {
    const e = this.entries.get(path);
    return !!e && e.variant === variant && e.size === stat.size && e.mtimeMs === stat.mtimeMs && stat.mtimeMs < e.checkedAt - RACY_MS;
  }

  /**
   * The cached claims of `text`, or undefined when its content changed.
   * @param variant per-file options that change extraction (day-first dates)
   * @param stat the file's stat when it was read, recorded so later runs can skip reading it
   */
  get(path: string, text: string, variant = '', stat?: FileStat): ArticleClaims | undefined {
    const e = this.entries.get(path);
    if (!e || e.hash !== contentHash(variant + text)) return undefined;
    const blob = this.blobOf(path);
    if (!blob) return undefined;
    // Record the file's stat when it differs, or when the last record was too
    // close to a write to trust and that write is now old enough.
    const now = Date.now();
    const moved = stat && (e.size !== stat.size || e.mtimeMs !== stat.mtimeMs);
    const settled = stat && !(stat.mtimeMs < e.checkedAt - RACY_MS) && stat.mtimeMs < now - RACY_MS;
    if (stat && (moved || settled)) {
      this.entries.set(path, { ...e, size: stat.size, mtimeMs: stat.mtimeMs, checkedAt: now });
      this.dirty = true;
    }
    return { ...blob.claims, text };
  }

  set(path: string, text: string, claims: Stored, variant = '', stat?: FileStat): void {
    const old = this.entries.get(path);
    const oldBlob = old && this.blobOf(path);
    if (old && oldBlob) this.index.remove(old.ordinal, oldBlob);
    if (old && !this.fresh.has(path)) this.garbage += old.length;
    // An entry whose blob cannot be read gets a new ordinal: its postings are unknown.
    const ordinal = old && oldBlob ? old.ordinal : this.pathOf.length;
    const blob = makeBlob(claims);
    this.index.add(ordinal, blob);
    this.pathOf[ordinal] = path;
    this.entries.set(path, { hash: contentHash(variant + text), variant, size: stat?.size ?? -1, mtimeMs: stat?.mtimeMs ?? -1, checkedAt: Date.now(), at: 0, length: 0, ordinal });
    this.decoded.set(path, blob);
    this.fresh.add(path);
    this.dirty = true;
  }

  /** Of the files `candidate` accepts, those that share keys with `checked` (corpus/archive-keys.ts). */
  relevant(checked: readonly Pick<ArticleClaims, 'claims'>[], candidate: (path: string) => boolean): string[] {
    const ordinals = relevantArchive(checked, (key) => this.index.postings.get(key), (o) => this.pathOf[o] !== undefined && candidate(this.pathOf[o]!));
    return ordinals.map((o) => this.pathOf[o]!);
  }

  /**
   * Feature counts of the cached files in `unread`, for the features of the
   * loaded articles (entity keys already resolved): the whole index less
   * every other entry.
   */
  unloadedFeatures(unread: ReadonlySet<string>, loaded: readonly ArticleClaims[]): UnloadedFeatures {
    const sources = featureSources(loaded);
    const counts = new Map<string, number>();
    for (const list of sources.values()) for (const s of list) counts.set(s, this.index.totals.get(s) ?? 0);
    let claims = this.index.claims;
    for (const path of this.entries.keys()) {
      if (unread.has(path)) continue;
      const blob = this.blobOf(path);
      if (!blob) continue;
      claims -= blob.aligned;
      blob.features.forEach((f, i) => {
        const n = counts.get(f);
        if (n !== undefined) counts.set(f, n - blob.counts[i]!);
      });
    }
    const df = new Map<string, number>();
    for (const [feature, list] of sources) {
      const n = list.reduce((sum, s) => sum + Math.max(0, counts.get(s) ?? 0), 0);
      if (n > 0) df.set(feature, n);
    }
    return { df, claims: Math.max(0, claims) };
  }

  /**
   * Write the cache when this run changed it. New claims are appended after
   * the blob area and a new header closes the file, so checking one article
   * against a large cached archive does not rewrite the archive's claims. The
   * file is packed anew when it was not ours to append to or is half garbage.
   * An append cut short leaves no valid footer: the next run warns and rebuilds.
   */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    try {
      mkdirSync(dirname(this.location), { recursive: true });
      if (this.appendable && this.garbage * 2 <= this.blobs.length) this.append();
      else this.rewrite();
      this.dirty = false;
      return undefined;
    } catch (error) {
      return `cannot write the cache ${this.location}: ${(error as Error).message}`;
    }
  }

  private append(): void {
    const added: Buffer[] = [];
    let at = this.blobs.length;
    for (const path of this.fresh) {
      const blob = serialize(this.decoded.get(path)!);
      this.entries.set(path, { ...this.entries.get(path)!, at, length: blob.length });
      added.push(blob);
      at += blob.length;
    }
    const tail = encodeTail({ salt: this.salt, entries: this.entries, index: this.index, garbage: this.garbage });
    const fd = openSync(this.location, 'r+');
    try {
      const bytes = Buffer.concat([...added, tail]);
      writeSync(fd, bytes, 0, bytes.length, MAGIC.length + this.blobs.length);
      ftruncateSync(fd, MAGIC.length + this.blobs.length + bytes.length);
    } finally {
      closeSync(fd);
    }
    this.fresh.clear();
  }

  private rewrite(): void {
    const tmp = `${this.location}.${process.pid}.tmp`;
    const bytes = encodeFile({ salt: this.salt, entries: this.entries, index: this.index, garbage: 0 }, (path, e) =>
      this.fresh.has(path) ? serialize(this.decoded.get(path)!) : this.blobs.subarray(e.at, e.at + e.length),
    );
    writeFileSync(tmp, bytes);
    renameSync(tmp, this.location);
  }
}

/** A cache from an earlier briefcheck (an older layout, or one v8 value with a salt) is rebuilt without a warning. */
function isOlderCache(bytes: Buffer): boolean {
  if (bytes.subarray(0, 3).toString('latin1') === 'BCC' && !bytes.subarray(0, 4).equals(MAGIC)) return true;
  try {
    const value = deserialize(bytes) as { salt?: unknown };
    return typeof value?.salt === 'string';
  } catch {
    return false;
  }
}
