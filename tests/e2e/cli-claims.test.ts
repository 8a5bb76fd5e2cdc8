// `briefcheck claims --format json`: the model the rules see, as a contract.
import { describe, expect, it } from 'vitest';
import { fixtureText, runCli } from './support/cli.js';
import { place } from './support/corpus.js';

const BRIEF = 'newsroom/desk/morning-brief.md';
const WIRE = 'newsroom/wire/plant-leak.txt';
const brief = fixtureText(BRIEF);
const wire = fixtureText(WIRE);

interface Placed {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
type TextPlaced = Placed & { text: string };
interface ClaimJson extends Placed {
  id: string;
  text: string;
  paragraph: number;
  isClaim: boolean;
  notClaimReason: string | null;
  certainty: { level: string; cue: TextPlaced | null; holder: string | null };
  attribution: { kind: string; source: TextPlaced | null; cue: TextPlaced | null; inherited: boolean };
  negated: boolean;
  entities: Array<TextPlaced & { type: string; key: string; title: TextPlaced | null }>;
  times: Array<TextPlaced & { type: string; value: string; mod?: string }>;
  quantities: Array<TextPlaced & { value: number; max: number | null; unit: string | null; approximate: boolean }>;
}
interface ClaimsJson {
  version: string;
  tool: string;
  files: Array<{ path: string; meta: { date: string | null; source: string | null; title: string | null; url: string | null }; aliases: unknown[]; claims: ClaimJson[] }>;
  links: Array<{ from: string; to: string; relation: string; score: number; detail?: string }>;
  errors: unknown[];
}

const run = runCli(['claims', 'newsroom/', '--format', 'json']);
const model = JSON.parse(run.stdout) as ClaimsJson;
const file = (path: string) => model.files.find((f) => f.path === path)!;
const claimStarting = (path: string, start: string) => file(path).claims.find((c) => c.text.startsWith(start))!;

/** A placed value agrees with the file text: offsets 0-based half-open, positions 1-based. */
function expectPlaced(text: string, p: Placed & { text?: string }) {
  if (p.text !== undefined) expect(text.slice(p.start, p.end)).toBe(p.text);
  const point = (offset: number) => ({ line: text.slice(0, offset).split('\n').length, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1 });
  expect({ line: p.line, column: p.column }).toEqual(point(p.start));
  expect({ line: p.endLine, column: p.endColumn }).toEqual(point(p.end));
}

describe('claims --format json', () => {
  it('exits 0 with a versioned document', () => {
    expect(run.code).toBe(0);
    expect(model.version).toBe('1.0');
    expect(model.tool).toBe('briefcheck');
    expect(model.errors).toEqual([]);
    expect(model.files.map((f) => f.path)).toEqual([BRIEF, WIRE]);
  });

  it('takes the date, source and title from Markdown front matter and the date from a .txt dateline', () => {
    expect(file(BRIEF).meta).toEqual({ date: '2025-08-04', source: 'Desk', title: 'Morning brief, 4 August', url: null });
    expect(file(WIRE).meta).toEqual({ date: '2025-08-03', source: null, title: null, url: null });
  });

  it('gives each claim an id, its text and its place in the original file', () => {
    const leak = claimStarting(BRIEF, 'The Lakeside');
    expect(leak.id).toMatch(new RegExp(`^${BRIEF.replace(/[./]/g, '\\$&')}#\\d+$`));
    expect(leak.text).toBe('The Lakeside chemical plant leaked chlorine into the Mersa river on Saturday.');
    const at = place(brief, leak.text);
    expect(leak).toMatchObject({ start: at.offset, end: at.offset + leak.text.length, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn });
    expect(leak.isClaim).toBe(true);
    expect(leak.notClaimReason).toBeNull();
    // The dateline is not part of the first wire claim.
    const first = file(WIRE).claims[0]!;
    expect(first.text.startsWith('MERSA (Reuters)')).toBe(true);
    expect(first.column).toBe(place(wire, 'MERSA').column);
    // Ids are unique across the corpus.
    const ids = model.files.flatMap((f) => f.claims.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks the Markdown heading as not a claim', () => {
    const heading = file(BRIEF).claims.find((c) => c.text === 'Morning brief')!;
    expect(heading).toMatchObject({ isClaim: false, notClaimReason: 'headline', line: 7 });
  });

  it('gives certainty level and cue, attribution kind, source and cue, with positions', () => {
    const hedged = claimStarting(WIRE, 'MERSA');
    expect(hedged.certainty.level).toBe('hedged');
    expect(hedged.certainty.cue!.text).toBe('is believed to');
    expectPlaced(wire, hedged.certainty.cue!);
    expect(hedged.attribution.kind).toBe('anonymous');
    expect(hedged.attribution.source!.text).toBe('local officials');
    expect(hedged.attribution.cue!.text).toBe('said');
    expect(hedged.attribution.inherited).toBe(false);
    expectPlaced(wire, hedged.attribution.source!);
    expectPlaced(wire, hedged.attribution.cue!);

    const named = claimStarting(WIRE, 'Fourteen');
    expect(named.certainty.level).toBe('reported');
    expect(named.attribution).toMatchObject({ kind: 'named', inherited: false });
    expect(named.attribution.source!.text).toBe('regional health director Sofia Marin');

    const plain = claimStarting(BRIEF, 'The regional governor');
    expect(plain.certainty).toEqual({ level: 'asserted', cue: null, holder: null });
    expect(plain.attribution).toEqual({ kind: 'none', source: null, cue: null, inherited: false });
  });

  it('lists entities, times (TIMEX3 values resolved against the article date) and quantities', () => {
    const named = claimStarting(WIRE, 'Fourteen');
    const person = named.entities.find((e) => e.text === 'Sofia Marin')!;
    expect(person.type).toBe('person');
    expect(typeof person.key).toBe('string');
    expectPlaced(wire, person);
    expect(named.quantities).toHaveLength(1);
    expect(named.quantities[0]).toMatchObject({ text: 'Fourteen people', value: 14, max: null, approximate: false });
    expectPlaced(wire, named.quantities[0]!);

    // "on Saturday" in a brief dated Monday 4 August and in a wire dated Sunday 3 August: the same day.
    const briefDay = claimStarting(BRIEF, 'The Lakeside').times;
    const wireDay = claimStarting(WIRE, 'MERSA').times;
    expect(briefDay.map((t) => [t.text, t.type, t.value])).toEqual([['Saturday', 'DATE', '2025-08-02']]);
    expect(wireDay.map((t) => [t.text, t.type, t.value])).toEqual([['Saturday', 'DATE', '2025-08-02']]);
    expectPlaced(brief, briefDay[0]!);
  });

  it('lists links between claims of different articles with relation and score', () => {
    const leak = claimStarting(BRIEF, 'The Lakeside');
    const hedgedLeak = claimStarting(WIRE, 'MERSA');
    const hedges = model.links.find((l) => l.relation === 'hedges')!;
    expect(hedges).toMatchObject({ from: leak.id, to: hedgedLeak.id, detail: 'is believed to' });
    expect(hedges.score).toBeGreaterThan(0);
    expect(hedges.score).toBeLessThanOrEqual(1);
    const numbers = model.links.find((l) => l.relation === 'differs-in-number')!;
    expect(numbers).toMatchObject({ from: claimStarting(BRIEF, 'Forty-one').id, to: claimStarting(WIRE, 'Fourteen').id });
    const all = new Set(model.files.flatMap((f) => f.claims.map((c) => c.id)));
    for (const l of model.links) {
      expect(all.has(l.from) && all.has(l.to)).toBe(true);
      expect(l.from.split('#')[0]).not.toBe(l.to.split('#')[0]);
      expect(['corroborates', 'hedges', 'contradicts', 'differs-in-date', 'differs-in-number', 'differs-in-attribution']).toContain(l.relation);
    }
  });

  it('is deterministic', () => {
    expect(runCli(['claims', 'newsroom/', '--format', 'json']).stdout).toBe(run.stdout);
  });
});
