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
import { closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleClaims } from '../types.js';
import { alignedFeatureCounts, featureSources, relevantArchive } from '../corpus/archive-keys.js';
import type { UnloadedFeatures } from '../corpus/align.js';
import type { FileStat } from '../load/read.js';
import { ArchiveIndex } from './archive-index.js';
import { encodeFile, encodeTail, isBlob, MAGIC, makeBlob, readAt, readHeader, type EntryBlob, type IndexEntry, type Stored } from './cache-file.js';
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
  /**
   * The cache file, open for reading blobs as they are needed (release()
   * closes it), and the length of its blob area. Reading through one open
   * file keeps a run on the file it read the header of, even if another
   * process replaces it meanwhile.
   */
  private fd: number | undefined;
  private blobLength = 0;
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
    let fd: number | undefined;
    try {
      fd = openSync(location, 'r');
      if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    } catch (error) {
      if (fd !== undefined) closeSync(fd);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.warning = `cannot read the cache ${location} (${(error as NodeJS.ErrnoException).code}); rebuilding it`;
      return;
    }
    try {
      const { header, blobLength } = readHeader(fd);
      if (header.salt !== this.salt) {
        closeSync(fd);
        return;
      }
      [this.entries, this.index, this.blobLength, this.garbage, this.appendable, this.fd] = [header.entries, header.index, blobLength, header.garbage, true, fd];
      for (const [path, e] of this.entries) this.pathOf[e.ordinal] = path;
    } catch {
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(location);
      } catch {
        // Unreadable now: say it is corrupt, it is rebuilt either way.
      }
      closeSync(fd);
      if (!bytes || !isOlderCache(bytes)) this.warning = `the cache ${location} is corrupt; ignoring and rebuilding it`;
    }
  }

  /** Close the cache file. Blobs not read by now are not read in this run. */
  release(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }

  /** One file's serialised blob as stored on disk, if it can still be read. */
  private storedBlob(e: IndexEntry): Buffer | undefined {
    if (this.fd === undefined) return undefined;
    try {
      return readAt(this.fd, MAGIC.length + e.at, e.length);
    } catch {
      return undefined;
    }
  }

  private blobOf(path: string): EntryBlob | undefined {
    let blob = this.decoded.get(path);
    const e = this.entries.get(path);
    if (blob || !e) return blob;
    const bytes = this.storedBlob(e);
    if (!bytes) return undefined;
    try {
      const value = deserialize(bytes);
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

  /**
   * Of the files `candidate` accepts, those that share keys with `checked`,
   * and whether they can take part in alignment (corpus/archive-keys.ts).
   */
  relevant(checked: readonly Pick<ArticleClaims, 'claims'>[], candidate: (path: string) => boolean): Array<{ path: string; align: boolean }> {
    const found = relevantArchive(checked, (key) => this.index.postings(key), (o) => this.pathOf[o] !== undefined && candidate(this.pathOf[o]!));
    return found.map(({ ordinal, align }) => ({ path: this.pathOf[ordinal]!, align }));
  }

  /**
   * Feature counts of the articles alignment does not see: the cached files
   * in `unread`, for the features of the loaded articles (entity keys already
   * resolved: the whole index less every other entry), plus the loaded
   * articles in `outside` (read for their entities only), counted exactly
   * from their claims as resolved in this run.
   */
  unloadedFeatures(unread: ReadonlySet<string>, loaded: readonly ArticleClaims[], outside: readonly ArticleClaims[] = []): UnloadedFeatures {
    const stored = (a: ArticleClaims) => {
      const blob = this.decoded.get(a.path);
      return blob && blob.claims.claims === a.claims ? blob : undefined;
    };
    const sources = featureSources(loaded, (a) => stored(a)?.features);
    const counts = new Map<string, number>();
    for (const list of sources.values()) for (const s of list) counts.set(s, this.index.total(s) ?? 0);
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
    for (const a of outside) {
      const blob = stored(a);
      claims += alignedFeatureCounts(a, df, blob);
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
      if (this.appendable && this.garbage * 2 <= this.blobLength) this.append();
      else this.rewrite();
      this.dirty = false;
      return undefined;
    } catch (error) {
      return `cannot write the cache ${this.location}: ${(error as Error).message}`;
    }
  }

  private append(): void {
    const fd = openSync(this.location, 'r+');
    let appended = false;
    try {
      // Only onto the file this run read: another process may have replaced it since.
      const [mine, now] = [this.fd === undefined ? undefined : fstatSync(this.fd), fstatSync(fd)];
      if (mine && mine.ino === now.ino && mine.dev === now.dev && now.size >= MAGIC.length + this.blobLength) {
        const added: Buffer[] = [];
        let at = this.blobLength;
        for (const path of this.fresh) {
          const blob = serialize(this.decoded.get(path)!);
          this.entries.set(path, { ...this.entries.get(path)!, at, length: blob.length });
          added.push(blob);
          at += blob.length;
        }
        const bytes = Buffer.concat([...added, encodeTail({ salt: this.salt, entries: this.entries, index: this.index, garbage: this.garbage })]);
        writeSync(fd, bytes, 0, bytes.length, MAGIC.length + this.blobLength);
        ftruncateSync(fd, MAGIC.length + this.blobLength + bytes.length);
        // The appended blobs are part of the blob area now, readable like the others.
        this.blobLength = at;
        this.fresh.clear();
        appended = true;
      }
    } finally {
      closeSync(fd);
    }
    if (!appended) this.rewrite();
  }

  private rewrite(): void {
    const tmp = `${this.location}.${process.pid}.tmp`;
    const unread = new Set<string>();
    const file = encodeFile({ salt: this.salt, entries: this.entries, index: this.index, garbage: 0 }, (path, e) => {
      if (this.fresh.has(path)) return serialize(this.decoded.get(path)!);
      const stored = this.storedBlob(e);
      if (stored) return stored;
      // Unreadable now: kept as an empty blob, which reads as a miss.
      unread.add(path);
      return Buffer.alloc(0);
    });
    writeFileSync(tmp, file.bytes);
    renameSync(tmp, this.location);
    // Later reads and appends go to the new file, where every entry has a new place.
    this.release();
    this.fd = openSync(this.location, 'r');
    [this.entries, this.blobLength, this.garbage, this.appendable] = [file.entries, file.blobLength, 0, true];
    for (const path of unread) this.decoded.delete(path);
    this.fresh.clear();
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
