// What the cache knows of all its files together, kept up to date as entries
// are added or replaced: which files hold each relevance key (postings, by
// file ordinal) and how many aligned claims carry each alignment feature
// (totals). A warm run answers "which archive articles matter?" and "how
// common is this feature in the whole archive?" from here without reading the
// claims of the archive. See corpus/archive-keys.ts for the keys.
import type { EntryBlob } from './cache-file.js';

export class ArchiveIndex {
  constructor(
    readonly postings = new Map<string, number[]>(),
    readonly totals = new Map<string, number>(),
    public claims = 0,
  ) {}

  static fromJSON(value: unknown): ArchiveIndex {
    const v = value as { postings?: unknown; totals?: unknown; claims?: unknown } | undefined;
    if (!(v?.postings instanceof Map) || !(v.totals instanceof Map) || typeof v.claims !== 'number') throw new Error('not a briefcheck cache');
    return new ArchiveIndex(v.postings as Map<string, number[]>, v.totals as Map<string, number>, v.claims);
  }

  toJSON(): { postings: Map<string, number[]>; totals: Map<string, number>; claims: number } {
    return { postings: this.postings, totals: this.totals, claims: this.claims };
  }

  add(ordinal: number, blob: EntryBlob): void {
    for (const k of blob.keys) {
      const list = this.postings.get(k);
      if (list) list.push(ordinal);
      else this.postings.set(k, [ordinal]);
    }
    blob.features.forEach((f, i) => this.totals.set(f, (this.totals.get(f) ?? 0) + blob.counts[i]!));
    this.claims += blob.aligned;
  }

  remove(ordinal: number, blob: EntryBlob): void {
    for (const k of blob.keys) {
      const list = this.postings.get(k)?.filter((o) => o !== ordinal);
      if (list?.length) this.postings.set(k, list);
      else this.postings.delete(k);
    }
    blob.features.forEach((f, i) => {
      const n = (this.totals.get(f) ?? 0) - blob.counts[i]!;
      if (n > 0) this.totals.set(f, n);
      else this.totals.delete(f);
    });
    this.claims -= blob.aligned;
  }
}
