// The cache's archive index (src/cache/archive-index.ts) is stored flat and
// changed through an overlay; after any sequence of adds and removes, written
// and read back any number of times, it must answer as plain Maps would.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ArchiveIndex } from '../../src/cache/archive-index.js';
import type { EntryBlob } from '../../src/cache/cache-file.js';

function blob(keys: string[], features: Record<string, number>, aligned: number): EntryBlob {
  return { claims: { claims: [], lineStarts: [0] } as unknown as EntryBlob['claims'], keys, features: Object.keys(features), counts: Object.values(features), aligned };
}

/** The same index as Maps, the way it was kept before it was stored flat. */
class Model {
  postings = new Map<string, number[]>();
  totals = new Map<string, number>();
  claims = 0;
  add(o: number, b: EntryBlob) {
    for (const k of b.keys) this.postings.set(k, [...(this.postings.get(k) ?? []), o]);
    b.features.forEach((f, i) => this.totals.set(f, (this.totals.get(f) ?? 0) + b.counts[i]!));
    this.claims += b.aligned;
  }
  remove(o: number, b: EntryBlob) {
    for (const k of b.keys) {
      const list = (this.postings.get(k) ?? []).filter((x) => x !== o);
      if (list.length) this.postings.set(k, list);
      else this.postings.delete(k);
    }
    b.features.forEach((f, i) => {
      const n = (this.totals.get(f) ?? 0) - b.counts[i]!;
      if (n > 0) this.totals.set(f, n);
      else this.totals.delete(f);
    });
    this.claims -= b.aligned;
  }
}

const roundTrip = (index: ArchiveIndex) => ArchiveIndex.fromJSON(deserialize(serialize(index.toJSON())));

function expectSame(index: ArchiveIndex, model: Model, probe: string[]) {
  for (const k of probe) expect(index.postings(k) ?? [], k).toEqual(model.postings.get(k) ?? []);
  for (const f of probe) expect(index.total(f), f).toBe(model.totals.get(f));
  expect(index.claims).toBe(model.claims);
  const stored = index.toJSON();
  expect(stored.postings.keys).toEqual([...model.postings.keys()].sort());
  expect(stored.totals.features).toEqual([...model.totals.keys()].sort());
  expect([...stored.postings.keys]).toEqual([...stored.postings.keys].sort());
}

describe('the archive index', () => {
  it('answers as Maps would through adds, removes and round trips', () => {
    // A small deterministic pseudo-random archive: files with overlapping keys.
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const words = ['harbour', 'strike', 'e:port authority', 'n:crew', 's:krn', 'a:un', 'i:un', 'budget', 'ferry', 'council', 'ev:vote', 'tp:health'];
    const blobs = Array.from({ length: 40 }, () => {
      const keys = [...new Set(Array.from({ length: 1 + rand(6) }, () => words[rand(words.length)]!))];
      const features = Object.fromEntries(keys.map((k) => [`f:${k}`, 1 + rand(3)]));
      return blob(keys, features, 1 + rand(5));
    });
    const probe = [...words, ...words.map((w) => `f:${w}`), 'absent'];
    let index = new ArchiveIndex();
    const model = new Model();
    blobs.forEach((b, o) => {
      index.add(o, b);
      model.add(o, b);
    });
    expectSame(index, model, probe);
    index = roundTrip(index);
    expectSame(index, model, probe);
    // Replace some files (remove, then add the new version under the same ordinal), remove others.
    for (const o of [3, 17, 17, 25]) {
      const old = blobs[o]!;
      index.remove(o, old);
      model.remove(o, old);
      blobs[o] = blob(['harbour', 'tugboat'], { 'f:tugboat': 2 }, 1);
      index.add(o, blobs[o]!);
      model.add(o, blobs[o]!);
    }
    for (const o of [0, 39]) {
      index.remove(o, blobs[o]!);
      model.remove(o, blobs[o]!);
    }
    expectSame(index, model, [...probe, 'tugboat', 'f:tugboat']);
    index = roundTrip(roundTrip(index));
    expectSame(index, model, [...probe, 'tugboat', 'f:tugboat']);
    expect(index.postings('tugboat')).toEqual([3, 17, 25]);
  });

  it('refuses what is not a stored index', () => {
    expect(() => ArchiveIndex.fromJSON({ postings: new Map(), totals: new Map(), claims: 0 })).toThrow('not a briefcheck cache');
    const stored = new ArchiveIndex().toJSON();
    expect(() => ArchiveIndex.fromJSON({ ...stored, postings: { ...stored.postings, offsets: new Uint32Array(3) } })).toThrow('not a briefcheck cache');
    expect(ArchiveIndex.fromJSON(stored).postings('anything')).toBeUndefined();
  });
});
