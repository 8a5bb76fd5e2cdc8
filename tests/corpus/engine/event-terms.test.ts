// Event classes in content terms (lexicons/events.yaml): one report's
// "broke out" and another's "started" share a key.
import { describe, expect, it } from 'vitest';
import { contentTerms, eventClassOf, isClassKey } from '../../../src/extract/terms.js';

describe('event classes in content terms', () => {
  it('gives different words for one kind of event the same key', () => {
    expect(contentTerms('The fire broke out on Saturday afternoon')).toContain('ev:begin');
    expect(contentTerms('The blaze, which started near a quarry')).toContain('ev:begin');
    expect(contentTerms('The bridge gave way late on Sunday')).toContain('ev:collapse');
    expect(contentTerms('A road bridge collapsed on Monday night')).toContain('ev:collapse');
    expect(contentTerms('Eleven people have died')).toContain('ev:kill');
    expect(contentTerms('The death toll rose to 23')).toEqual(expect.arrayContaining(['ev:kill', 'ev:increase']));
  });

  it('keys what a story is about apart from what happened', () => {
    const terms = contentTerms('A wildfire scorched 8,400 hectares');
    expect(terms).toEqual(expect.arrayContaining(['tp:blaze', 'ev:burn', 'wildfir', 'scorch']));
    expect(terms.filter(isClassKey)).toEqual(['tp:blaze', 'ev:burn']);
  });

  it('keeps the words themselves and matches phrases word by word', () => {
    const terms = contentTerms('Lorna came ashore near the port');
    expect(terms).toContain('ev:landfall');
    expect(terms).toContain('ashor');
    // The words of a phrase apart are not the phrase.
    expect(contentTerms('She came back to the ashore village')).not.toContain('ev:landfall');
  });

  it('skips event words inside skipped ranges', () => {
    const text = 'Police said the driver died later in hospital';
    expect(contentTerms(text)).toContain('ev:kill');
    expect(contentTerms(text, [[text.indexOf('died'), text.indexOf('died') + 4]])).not.toContain('ev:kill');
  });

  it('names the class of a single word, by its form or its stem', () => {
    expect(eventClassOf('arrests')).toBe('ev:arrest');
    expect(eventClassOf('Derailed')).toBe('ev:derail');
    expect(eventClassOf('table')).toBeUndefined();
  });
});
