// What the cache knows of all its files together, kept up to date as entries
// are added or replaced: which files hold each relevance key (postings, by
// file ordinal) and how many aligned claims carry each alignment feature
// (totals). A warm run answers "which archive articles matter?" and "how
// common is this feature in the whole archive?" from here without reading the
// claims of the archive. See corpus/archive-keys.ts for the keys.
//
// On disk both tables are flat: one sorted array of keys and typed arrays of
// numbers, which v8 (de)serialises by copying bytes. A warm run looks up a few
// hundred keys among tens of thousands (binary search), changes a few hundred,
// and writes the index back (a merge); Maps of arrays cost tens of
// milliseconds each way for that.
import type { EntryBlob } from './cache-file.js';

/** The postings of every key (keys sorted), back to back: key i holds ordinals[offsets[i] .. offsets[i + 1]). */
interface FlatPostings {
  keys: string[];
  offsets: Uint32Array;
  ordinals: Uint32Array;
}

interface FlatTotals {
  /** Sorted. */
  features: string[];
  counts: Uint32Array;
}

export interface StoredIndex {
  postings: FlatPostings;
  totals: FlatTotals;
  claims: number;
}

const EMPTY: StoredIndex = { postings: { keys: [], offsets: new Uint32Array(1), ordinals: new Uint32Array(0) }, totals: { features: [], counts: new Uint32Array(0) }, claims: 0 };

function isFlat(v: StoredIndex | undefined): v is StoredIndex {
  const p = v?.postings, t = v?.totals;
  return (
    Array.isArray(p?.keys) && p.offsets instanceof Uint32Array && p.ordinals instanceof Uint32Array && p.offsets.length === p.keys.length + 1 && p.offsets[p.keys.length] === p.ordinals.length &&
    Array.isArray(t?.features) && t.counts instanceof Uint32Array && t.counts.length === t.features.length && typeof v!.claims === 'number'
  );
}

export class ArchiveIndex {
  /** What was read from disk. */
  private base: StoredIndex;
  /** Keys and features changed by this run (undefined postings: key gone). */
  private postingsChanged = new Map<string, number[] | undefined>();
  private totalsChanged = new Map<string, number>();
  claims: number;

  constructor(stored: StoredIndex = EMPTY) {
    this.base = stored;
    this.claims = stored.claims;
  }

  static fromJSON(value: unknown): ArchiveIndex {
    if (!isFlat(value as StoredIndex)) throw new Error('not a briefcheck cache');
    return new ArchiveIndex(value as StoredIndex);
  }

  /** The files (by ordinal) that hold `key`. */
  postings(key: string): readonly number[] | undefined {
    if (this.postingsChanged.has(key)) return this.postingsChanged.get(key);
    const i = slotOf(this.base.postings.keys, key);
    if (i < 0) return undefined;
    const { offsets, ordinals } = this.base.postings;
    return Array.from(ordinals.subarray(offsets[i]!, offsets[i + 1]!));
  }

  /** Aligned claims of all files that carry `feature`. */
  total(feature: string): number | undefined {
    const changed = this.totalsChanged.get(feature);
    if (changed !== undefined) return changed > 0 ? changed : undefined;
    const i = slotOf(this.base.totals.features, feature);
    return i < 0 ? undefined : this.base.totals.counts[i];
  }

  /** Both tables as stored: the unchanged entries read from disk merged with this run's, in key order. */
  toJSON(): StoredIndex {
    const { postings, totals } = this.base;
    // Postings: unchanged keys are copied in runs (one copy per stretch between two changed keys).
    let size = postings.ordinals.length;
    for (const [k, list] of this.postingsChanged) {
      const i = slotOf(postings.keys, k);
      if (i >= 0) size -= postings.offsets[i + 1]! - postings.offsets[i]!;
      size += list?.length ?? 0;
    }
    const keys: string[] = [];
    const offsets: number[] = [0];
    const ordinals = new Uint32Array(size);
    let at = 0;
    let run = -1;
    let runEnd = -1;
    const flush = () => {
      if (run < 0) return;
      ordinals.set(postings.ordinals.subarray(postings.offsets[run]!, postings.offsets[runEnd]!), at);
      for (let i = run; i < runEnd; i++) {
        at += postings.offsets[i + 1]! - postings.offsets[i]!;
        offsets.push(at);
      }
      run = -1;
    };
    merge(postings.keys, this.postingsChanged, (k, i) => {
      if (i >= 0) {
        if (run < 0) run = i;
        runEnd = i + 1;
        keys.push(k);
        return;
      }
      flush();
      const list = this.postingsChanged.get(k);
      if (!list?.length) return;
      keys.push(k);
      ordinals.set(list, at);
      at += list.length;
      offsets.push(at);
    });
    flush();
    const features: string[] = [];
    const counts: number[] = [];
    merge(totals.features, this.totalsChanged, (f, i) => {
      const count = i >= 0 ? totals.counts[i]! : this.totalsChanged.get(f)!;
      if (count <= 0) return;
      features.push(f);
      counts.push(count);
    });
    return { postings: { keys, offsets: Uint32Array.from(offsets), ordinals }, totals: { features, counts: Uint32Array.from(counts) }, claims: this.claims };
  }

  add(ordinal: number, blob: EntryBlob): void {
    for (const k of blob.keys) {
      // Lists in postingsChanged are this run's own: grown in place (a cold run adds thousands of files).
      const own = this.postingsChanged.get(k);
      if (own) own.push(ordinal);
      else this.postingsChanged.set(k, [...(this.postings(k) ?? []), ordinal]);
    }
    blob.features.forEach((f, i) => this.totalsChanged.set(f, (this.total(f) ?? 0) + blob.counts[i]!));
    this.claims += blob.aligned;
  }

  remove(ordinal: number, blob: EntryBlob): void {
    for (const k of blob.keys) {
      const list = this.postings(k)?.filter((o) => o !== ordinal);
      this.postingsChanged.set(k, list?.length ? list : undefined);
    }
    blob.features.forEach((f, i) => this.totalsChanged.set(f, Math.max(0, (this.total(f) ?? 0) - blob.counts[i]!)));
    this.claims -= blob.aligned;
  }
}

/** Index of `key` in the sorted `keys`, or -1. */
function slotOf(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Every key of the sorted `stored` and of `changed`, in order, once each:
 * visit(key, its index in `stored`) for a key only stored, (key, -1) for a
 * changed one, which replaces what is stored under it.
 */
function merge(stored: readonly string[], changed: ReadonlyMap<string, unknown>, visit: (key: string, index: number) => void): void {
  const extra = [...changed.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let j = 0;
  for (let i = 0; i < stored.length; i++) {
    const k = stored[i]!;
    while (j < extra.length && extra[j]! < k) visit(extra[j++]!, -1);
    if (j < extra.length && extra[j] === k) visit(extra[j++]!, -1);
    else visit(k, i);
  }
  while (j < extra.length) visit(extra[j++]!, -1);
}
