// Checks the labelled sets themselves (the tuning set in set/ and the held-out set in
// heldout/): every sentence found in order, nothing left unlabelled, sources present in
// the text, labels consistent, classes balanced, and the held-out set kept apart.
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CERTAINTIES, KINDS, SET_DIR, goldSourceSpan, isLongCueAtEnd, isSourceAfterClause, loadSet, stats, validate } from './dataset.js';

const articles = loadSet();
const heldout = loadSet(join(dirname(SET_DIR), 'heldout'));

describe('labelled claim set', () => {
  it('has well-formed labels in every article', () => {
    const problems = articles.flatMap(validate);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has unique article ids', () => {
    const ids = articles.map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('meets the size and balance targets', () => {
    const st = stats(articles);
    console.log(`claim set: ${JSON.stringify(st, null, 1)}`);
    expect(st.sentences).toBeGreaterThanOrEqual(420);
    expect(st.articles).toBeGreaterThanOrEqual(80);
    for (const c of CERTAINTIES) expect(st.certainty[c], `certainty ${c}`).toBeGreaterThanOrEqual(40);
    for (const k of KINDS) expect(st.attribution[k], `attribution ${k}`).toBeGreaterThanOrEqual(40);
    expect(st.notClaim).toBeGreaterThanOrEqual(40);
    expect(st.inherited).toBeGreaterThanOrEqual(30);
    expect(st.pronounSources).toBeGreaterThanOrEqual(25);
    expect(st.sourceAfterClause).toBeGreaterThanOrEqual(30);
    expect(st.longCueAtEnd).toBeGreaterThanOrEqual(20);
    // Realism: plain background should be a large share, around a third.
    expect(st.certainty.asserted / st.sentences).toBeGreaterThan(0.2);
  });
});

describe('held-out claim set', () => {
  it('has well-formed labels in every article', () => {
    const problems = heldout.flatMap(validate);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has ids unique within itself and unused by the tuning set', () => {
    const ids = heldout.map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const tuning = new Set(articles.map((a) => a.id));
    expect(ids.filter((id) => tuning.has(id))).toEqual([]);
  });

  it('shares no sentence with the tuning set', () => {
    // Short stock lines ("Security", "PRESS RELEASE") may recur; real sentences must not.
    const tuning = new Set(articles.flatMap((a) => a.sentences.map((s) => s.text.trim())));
    const shared = heldout.flatMap((a) => a.sentences.map((s) => s.text.trim())).filter((t) => t.length > 30 && tuning.has(t));
    expect(shared).toEqual([]);
  });

  it('meets the size and balance targets', () => {
    const st = stats(heldout);
    console.log(`held-out claim set: ${JSON.stringify(st, null, 1)}`);
    expect(st.sentences).toBeGreaterThanOrEqual(160);
    expect(st.articles).toBeGreaterThanOrEqual(35);
    for (const c of CERTAINTIES) expect(st.certainty[c], `certainty ${c}`).toBeGreaterThanOrEqual(15);
    for (const k of KINDS) expect(st.attribution[k], `attribution ${k}`).toBeGreaterThanOrEqual(15);
    expect(st.notClaim).toBeGreaterThanOrEqual(15);
    expect(st.inherited).toBeGreaterThanOrEqual(15);
    expect(st.pronounSources).toBeGreaterThanOrEqual(8);
    expect(st.sourceAfterClause).toBeGreaterThanOrEqual(30);
    expect(st.longCueAtEnd).toBeGreaterThanOrEqual(10);
    expect(st.certainty.asserted / st.sentences).toBeGreaterThan(0.15);
  });
});

describe('dataset helpers', () => {
  it('finds the gold source in the sentence, else before, else after, on word boundaries', () => {
    const text = 'The minister spoke. "We won," he said. "Then the rest."';
    expect(goldSourceSpan(text, 'he', 20, 38)).toEqual({ start: 30, end: 32 });
    expect(goldSourceSpan(text, 'he', 39, 55)).toEqual({ start: 30, end: 32 });
    expect(goldSourceSpan(text, 'he', 0, 19)).toEqual({ start: 30, end: 32 });
  });

  it('recognises source-after-clause and long cue-at-end sentences', () => {
    const base = { claim: true, reason: null, attribution: 'named' as const, certainty: 'reported' as const, certainty_cue: 'said' };
    expect(isSourceAfterClause({ ...base, text: 'Three people died in the blast, police said.', source: 'police', cue: 'said' })).toBe(true);
    expect(isSourceAfterClause({ ...base, text: 'Police said three people died in the blast.', source: 'Police', cue: 'said' })).toBe(false);
    const long = 'The committee voted to delay the budget by two months after a dispute over teacher pay, road repairs and a new hospital wing, the council chairwoman said.';
    expect(isLongCueAtEnd({ ...base, text: long, source: 'the council chairwoman', cue: 'said' })).toBe(true);
  });
});

describe('gold source span with a repeated source', () => {
  it('picks the occurrence nearest the cue', () => {
    const text = 'Scores fell by the end of the study, the study found.';
    expect(goldSourceSpan(text, 'the study', 0, text.length, 'found')).toEqual({ start: 37, end: 46 });
    expect(goldSourceSpan(text, 'the study', 0, text.length)).toEqual({ start: 26, end: 35 });
  });
});
