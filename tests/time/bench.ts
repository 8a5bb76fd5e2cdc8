// Throughput of extractTimes on ordinary news prose (the article texts of the
// other test suites, repeated to 4 MB), against chrono-node on the same text.
// Run: npx tsx tests/time/bench.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import * as chrono from 'chrono-node';
import { extractTimes } from '../../src/extract/time/index.js';
// Ordinary news prose: every .txt/.md article text the other test suites hold (not the time sets).
const files = globSync(['tests/{corpus,claims,e2e,ci-editor}/**/*.{txt,md}', 'seeds/*.txt'], { cwd: fileURLToPath(new URL('../..', import.meta.url)), absolute: true });
const base = files.map((f) => readFileSync(f, 'utf8')).join('\n').split(/(?<=[.!?])\s+|\n+/).filter((s) => s.length > 20);
const sentences: string[] = [];
let bytes = 0;
while (bytes < 4_000_000) for (const s of base) { sentences.push(s); bytes += s.length; }
for (let round = 0; round < 2; round++) {
  let n = 0;
  const t0 = performance.now();
  for (const s of sentences) n += extractTimes(s, 0, '2021-11-07').length;
  const ms = performance.now() - t0;
  if (round) console.log(`extractTimes on ${base.length} distinct news sentences x${Math.round(sentences.length / base.length)}: ${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s, ${n} expressions (${(n / sentences.length).toFixed(2)}/sentence)`);
}
const sub = sentences.slice(0, Math.floor(sentences.length / 4));
const subBytes = sub.reduce((a, s) => a + s.length, 0);
const ref = new Date('2021-11-07T12:00:00Z');
const t0 = performance.now();
let c = 0;
for (const s of sub) c += chrono.parse(s, ref).length;
const ms = performance.now() - t0;
console.log(`chrono.parse same text: ${(subBytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
