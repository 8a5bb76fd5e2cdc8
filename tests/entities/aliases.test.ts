import { describe, expect, it } from 'vitest';
import { acronymFit, findAliasDefinitions } from '../../src/extract/entities.js';

const OFFSET = 500;

function defs(sentence: string) {
  return findAliasDefinitions(sentence, OFFSET).map((d) => [d.alias, d.canonical, d.span.start - OFFSET, d.span.end - OFFSET] as const);
}

describe('findAliasDefinitions', () => {
  it('"Long Name (ABC)" with the span running over the closing parenthesis', () => {
    const s = 'Fighters of the Tahrir-e-Islami Front (TIF) attacked a border post.';
    const start = s.indexOf('Tahrir');
    expect(defs(s)).toEqual([['TIF', 'Tahrir-e-Islami Front', start, s.indexOf('(TIF)') + 5]]);
  });

  it('"ABC (Long Name)" the other way round', () => {
    expect(defs('Officials of the ECOWAS (Economic Community of West African States) met in Abuja.').map((d) => d.slice(0, 2))).toEqual([
      ['ECOWAS', 'Economic Community of West African States'],
    ]);
  });

  it('"Long Name or ABC" only when the letters fit the name', () => {
    expect(defs('The National Liberation Movement or NLM has denied the report.').map((d) => d.slice(0, 2))).toEqual([['NLM', 'National Liberation Movement']]);
    expect(defs('Talks between the National Liberation Movement or ECOWAS were not planned.')).toEqual([]);
  });

  it('"X, also known as Y" and its variants, chained with an acronym', () => {
    expect(defs('The Northern Shura, also known as Jamaat-e-Shura or JeS, claimed the attack.').map((d) => d.slice(0, 2))).toEqual([
      ['Jamaat-e-Shura', 'Northern Shura'],
      ['JeS', 'Jamaat-e-Shura'],
    ]);
    expect(defs('The Zarqa Battalion, formerly the Zarqa Brigade, left the city.').map((d) => d.slice(0, 2))).toEqual([['Zarqa Brigade', 'Zarqa Battalion']]);
    expect(defs('Meridian Holdings (formerly known as Meridian Oil) cut jobs.').map((d) => d.slice(0, 2))).toEqual([['Meridian Oil', 'Meridian Holdings']]);
  });

  it('an organisation may take an acronym that does not spell its words ("Doctors Without Borders (MSF)")', () => {
    expect(defs('Staff of the Medical Relief Agency (MSF) were evacuated.').map((d) => d.slice(0, 2))).toEqual([['MSF', 'Medical Relief Agency']]);
  });

  it('joins a long form that "in" split in two when only the whole fits the acronym', () => {
    const s = 'The Centre for Legal Aid in Tarsova (CLAT) filed the appeal.';
    expect(defs(s)).toEqual([['CLAT', 'Centre for Legal Aid in Tarsova', s.indexOf('Centre'), s.indexOf('(CLAT)') + 6]]);
    expect(defs('Officials in Tarsova (CLAT) filed the appeal.')).toEqual([]);
  });

  it('a party affiliation after a person is not an alias', () => {
    expect(defs('Senator Ahmed Nazari (PPL) voted against the bill.')).toEqual([]);
    expect(defs('Ahmed Nazari (PPL) voted against the bill.')).toEqual([]);
  });
});

describe('acronymFit', () => {
  it('fits in order, skipping function words and connectors', () => {
    expect(acronymFit(['United', 'Nations', 'High', 'Commissioner', 'for', 'Refugees'], 'UNHCR')).toBe('strict');
    expect(acronymFit(['Islamic', 'State', 'of', 'Iraq', 'and', 'the', 'Levant'], 'ISIL')).toBe('strict');
    expect(acronymFit(['Tahreek-e-Insaf', 'Party'], 'TIP')).toBe('strict');
    expect(acronymFit(['Ministry', 'of', 'Defence'], 'MoD')).toBe('strict');
  });

  it('takes extra letters from inside a word ("Interpol" style) and romanised initials (q / k)', () => {
    expect(acronymFit(['Office', 'of', 'Communications'], 'OFCOM')).toBe('strict');
    expect(acronymFit(['Kataib', 'Hezbollah'], 'QH')).toBe('strict');
  });

  it('is loose when the initials are right but the order is not', () => {
    expect(acronymFit(['Revolutionary', 'Front'], 'FR')).toBe('loose');
  });

  it('refuses acronyms that do not fit', () => {
    expect(acronymFit(['National', 'Liberation', 'Movement'], 'ECOWAS')).toBe(false);
    expect(acronymFit(['Kenya'], 'KDF')).toBe(false);
    expect(acronymFit(['Rapid', 'Support', 'Forces'], 'R')).toBe(false);
  });
});
