// The place table is computed at build time into dist/lexicons.json; a run
// must get exactly the table it would have computed itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computePlaceTable, placeOf, type DemonymsYaml } from '../../src/extract/entities/places.js';
import { derivedLexicon, loadLexicon } from '../../src/extract/lexicon.js';
import { projectRoot } from '../../src/project-root.js';

describe('place table', () => {
  const fresh = computePlaceTable(loadLexicon<DemonymsYaml>('demonyms'));

  it('holds countries from ICU, demonyms and their plurals', () => {
    const keys = new Map(fresh.rows.map(([key, place, demonym]) => [key, { place, demonym }]));
    expect(keys.get('kenya')).toEqual({ place: 'kenya', demonym: false });
    expect(keys.get('kenyan')).toEqual({ place: 'kenya', demonym: true });
    expect(keys.get('kenyans')).toEqual({ place: 'kenya', demonym: true });
    expect(fresh.placeNames).toContain('kenya');
    expect(placeOf('Kenyans')?.place).toBe('kenya');
  });

  it('is the one the build wrote, row for row', () => {
    const file = join(projectRoot, 'dist', 'lexicons.json');
    expect(existsSync(file)).toBe(true);
    const built = JSON.parse(readFileSync(file, 'utf8')).derived.places;
    expect(built).toEqual(fresh);
  });

  it('is not taken from the build for a lexicon that is not there', () => {
    expect(derivedLexicon('places', 'no-such-lexicon')).toBeUndefined();
    expect(derivedLexicon('no-such-table', 'demonyms')).toBeUndefined();
  });
});
