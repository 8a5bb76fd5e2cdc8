import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claims } from '../../src/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function timesWith(config: string | undefined): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bc-dates-'));
  dirs.push(dir);
  if (config !== undefined) writeFileSync(join(dir, '.briefcheckrc.yaml'), config);
  writeFileSync(join(dir, 'a.txt'), ' date 2024-08-20\n\nThe ferry sank on 11/7 near the port.\n');
  const result = await claims([dir], { cwd: dir });
  expect(result.errors).toEqual([]);
  return result.articles[0]!.claims.flatMap((c) => c.times.map((t) => t.value));
}

describe('numericDates in .briefcheckrc.yaml', () => {
  it('reads 11/7 month first by default and day first when configured', async () => {
    expect(await timesWith(undefined)).toEqual(['2023-11-07']);
    expect(await timesWith('numericDates: month-first\n')).toEqual(['2023-11-07']);
    expect(await timesWith('numericDates: day-first\n')).toEqual(['2024-07-11']);
  });

  it('rejects other values naming the file, line and key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-dates-'));
    dirs.push(dir);
    writeFileSync(join(dir, '.briefcheckrc.yaml'), 'rules: {}\nnumericDates: sideways\n');
    writeFileSync(join(dir, 'a.txt'), 'Text.\n');
    const result = await claims([dir], { cwd: dir });
    expect(result.errors).toEqual([expect.objectContaining({ kind: 'config', line: 2, message: expect.stringContaining('"numericDates"') })]);
  });
});
