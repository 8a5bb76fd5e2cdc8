// The claims cache on disk. Layout: MAGIC, each file's claims serialised on
// their own (the blob area), the header (v8: salt, one small index entry per
// file, the archive index, bytes of dead blobs), the header length (uint32 LE),
// MAGIC again. A run deserialises only the claims it uses; a run that adds a
// few files appends their blobs and a new header where the old header stood,
// instead of rewriting the archive's claims (cache/claims-cache.ts). A run
// reads the footer and the header, then only the blobs it needs, at their
// offsets: the blob area of a large archive is tens of megabytes.
import { fstatSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { ArticleClaims } from '../types.js';
import { archiveSummary } from '../corpus/archive-keys.js';
import { ArchiveIndex } from './archive-index.js';

export type Stored = Omit<ArticleClaims, 'text'>;

/** What the header knows of one file without reading its claims. */
export interface IndexEntry {
  /** Hash of the extraction variant and the text the claims were extracted from. */
  hash: string;
  /** Per-file options that change extraction (day-first dates). */
  variant: string;
  /** The file's size and mtime when its text was last hashed, and when that was. */
  size: number;
  mtimeMs: number;
  checkedAt: number;
  /** Where the serialised blob lies in the blob area. */
  at: number;
  length: number;
  /** The file's number in the archive index's postings. */
  ordinal: number;
}

/** One file's claims with the keys and feature counts the archive index holds for it. */
export interface EntryBlob {
  claims: Stored;
  keys: string[];
  features: string[];
  counts: number[];
  /** Claims that take part in alignment. */
  aligned: number;
}

export interface Header {
  salt: string;
  entries: Map<string, IndexEntry>;
  index: ArchiveIndex;
  /** Bytes of the blob area no entry points to any more (replaced files). */
  garbage: number;
}

/** BCC5: the archive index stored flat (archive-index.ts). */
export const MAGIC = Buffer.from('BCC5');

export function makeBlob(claims: Stored): EntryBlob {
  return { claims, ...archiveSummary(claims) };
}

export function isBlob(value: unknown): value is EntryBlob {
  const b = value as EntryBlob | undefined;
  return Array.isArray(b?.claims?.claims) && Array.isArray(b.claims.lineStarts) && Array.isArray(b.keys) && Array.isArray(b.features) && Array.isArray(b.counts);
}

function isIndexEntry(value: unknown): value is IndexEntry {
  const e = value as IndexEntry | undefined;
  return typeof e?.hash === 'string' && typeof e.at === 'number' && typeof e.length === 'number' && typeof e.ordinal === 'number';
}

/** `length` bytes of an open file from `position`; throws when the file is shorter. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  for (let n = 0; n < length; ) {
    const got = readSync(fd, out, n, length - n, position + n);
    if (got === 0) throw new Error('truncated');
    n += got;
  }
  return out;
}

function decodeHeader(bytes: Buffer, blobLength: number): Header {
  const raw = deserialize(bytes) as { salt?: unknown; entries?: unknown; index?: unknown; garbage?: unknown };
  if (typeof raw?.salt !== 'string' || !(raw.entries instanceof Map)) throw new Error('not a briefcheck cache');
  const index = ArchiveIndex.fromJSON(raw.index);
  for (const e of raw.entries.values()) if (!isIndexEntry(e) || e.at + e.length > blobLength) throw new Error('truncated');
  return { salt: raw.salt, entries: raw.entries as Map<string, IndexEntry>, index, garbage: typeof raw.garbage === 'number' ? raw.garbage : 0 };
}

/** Where the header lies in a file of `size` bytes whose last 8 bytes are `footer`; throws when the footer is not ours. */
function headerStart(size: number, footer: Buffer): number {
  if (size < 12 || !footer.subarray(4).equals(MAGIC)) throw new Error('not a briefcheck cache');
  const start = size - 8 - footer.readUInt32LE(0);
  if (start < 4) throw new Error('truncated');
  return start;
}

/**
 * The header of an open cache file and the length of its blob area (blobs
 * are then read with readAt at MAGIC.length + entry.at). Throws on anything
 * that is not a whole cache file of this layout.
 */
export function readHeader(fd: number): { header: Header; blobLength: number } {
  const size = fstatSync(fd).size;
  if (size < 12 || !readAt(fd, 0, 4).equals(MAGIC)) throw new Error('not a briefcheck cache');
  const start = headerStart(size, readAt(fd, size - 8, 8));
  return { header: decodeHeader(readAt(fd, start, size - 8 - start), start - 4), blobLength: start - 4 };
}

/** Throws on anything that is not a whole cache file of this layout. */
export function decodeFile(bytes: Buffer): { header: Header; blobs: Buffer } {
  const n = bytes.length;
  if (n < 12 || !bytes.subarray(0, 4).equals(MAGIC)) throw new Error('not a briefcheck cache');
  const start = headerStart(n, bytes.subarray(n - 8));
  const blobs = bytes.subarray(4, start);
  return { header: decodeHeader(bytes.subarray(start, n - 8), blobs.length), blobs };
}

/** The header and footer that close a file whose blob area is already written. */
export function encodeTail(header: Header): Buffer {
  const head = serialize({ salt: header.salt, entries: header.entries, index: header.index.toJSON(), garbage: header.garbage });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return Buffer.concat([head, length, MAGIC]);
}

/** A whole file: every live blob packed anew (no garbage), then the tail; with the entries as they now lie. */
export function encodeFile(header: Header, blobOf: (path: string, e: IndexEntry) => Buffer): { bytes: Buffer; entries: Map<string, IndexEntry>; blobLength: number } {
  const parts: Buffer[] = [MAGIC];
  const entries = new Map<string, IndexEntry>();
  let at = 0;
  for (const [path, e] of header.entries) {
    const blob = blobOf(path, e);
    entries.set(path, { ...e, at, length: blob.length });
    parts.push(blob);
    at += blob.length;
  }
  parts.push(encodeTail({ ...header, entries, garbage: 0 }));
  return { bytes: Buffer.concat(parts), entries, blobLength: at };
}

/** The whole cache, decoded (for tests and tools). */
export interface CacheFile {
  salt: string;
  entries: Map<string, { hash: string; claims: Stored }>;
}

/** Read a whole cache file (tests and tools; runs read lazily). */
export function readCacheFile(location: string): CacheFile {
  const { header, blobs } = decodeFile(readFileSync(location));
  const entries = new Map<string, { hash: string; claims: Stored }>();
  for (const [path, e] of header.entries) entries.set(path, { hash: e.hash, claims: (deserialize(blobs.subarray(e.at, e.at + e.length)) as EntryBlob).claims });
  return { salt: header.salt, entries };
}

/** Write a whole cache file (tests and tools): every file looks changed on disk, so its hash decides. */
export function writeCacheFile(location: string, file: CacheFile): void {
  const entries = new Map<string, IndexEntry>();
  const blobs = new Map<string, EntryBlob>();
  const index = new ArchiveIndex();
  let ordinal = 0;
  for (const [path, e] of file.entries) {
    const blob = makeBlob(e.claims);
    entries.set(path, { hash: e.hash, variant: '', size: -1, mtimeMs: -1, checkedAt: 0, at: 0, length: 0, ordinal });
    index.add(ordinal++, blob);
    blobs.set(path, blob);
  }
  writeFileSync(location, encodeFile({ salt: file.salt, entries, index, garbage: 0 }, (path) => serialize(blobs.get(path)!)).bytes);
}
