// Mutations for the fuzz test: byte edits, truncation, shuffled lines,
// injected control characters, odd Unicode, broken markup and headers. Each
// takes bytes and a seeded Random, so a failing case is replayed from its seed.
import { Random } from './articles.js';

export type Mutator = (bytes: Buffer, r: Random) => Buffer;

/** How far `repeat` may go (the long fuzz run raises it: longer lines, slower). */
export const LIMITS = { repeat: 400 };

const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\u000b', '\f', '\r', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200e', '\u200f', '\u202e', '\u2066', '\u0000\u0000'];
const ODD = ['é', 'e\u0301', 'ﬁ', 'İ', 'ß', 'Ω', '١٢٣', '１２３', 'مرحبا', '中文报道', '🌊', '👩‍👩‍👧', '🇺🇳', '\ud83d', '\udc00', '\u00a0', '\u3000', '“', '”', '‘', '’', '«', '»', '—', '…', '½', '²', '№', 'Ⅻ', '\u0300\u0301\u0302\u0303', 'ǅ', 'ﷺ', '\u{1d400}'];
const MARKUP = ['[', ']', '](', ')', '![', '<!--', '-->', '```\n', '~~~', '\n---\n', '# ', '\n> ', '\n- ', '*', '**', '_', '`', '<b>', '</p>', '<!-- briefcheck-disable-next-line -->', '\nbriefcheck-disable hedged-claim\n', '<!-- briefcheck-enable', '"', "'", '(', '.', '?', '!', ';', ' said ', ' according to ', ' reportedly ', ' 12 ', ' 3.5 million ', ' last month ', ' on Monday ', ' 2021-02-30 '];
const HEADERS = [' date 2021-13-45 ', ' date ', 'date:2020-02-30\n', ' DATE 1999-12-31 ', '---\ntitle: [broken\n---\n', '---\ndate: 2021-02-30\n---\n', '---\n', '---\n- a\n---\n', '\ufeff', '\r\n\r\n', ' date 0000-00-00 ', ' date 2021-02-29T10:00 '];
/** Raw byte sequences that are not valid UTF-8. */
const BAD_BYTES = [[0xff], [0xfe, 0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0x80, 0x80]];

function insertAt(bytes: Buffer, at: number, what: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, at), what, bytes.subarray(at)]);
}

const text = (s: string) => Buffer.from(s, 'utf8');

export const MUTATORS: Record<string, Mutator> = {
  byteEdits(bytes, r) {
    let out: Buffer = Buffer.from(bytes);
    for (let i = r.int(1, 12); i > 0; i--) {
      const at = r.int(0, out.length);
      const op = r.int(0, 2);
      if (op === 0 && out.length > 0) out[Math.min(at, out.length - 1)] = r.int(0, 255);
      else if (op === 1) out = insertAt(out, at, Buffer.from(r.pick(BAD_BYTES)));
      else out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + r.int(1, 20)))]);
    }
    return out;
  },
  truncate(bytes, r) {
    return bytes.subarray(0, r.int(0, bytes.length));
  },
  shuffleLines(bytes, r) {
    const lines = bytes.toString('latin1').split(/\r\n|\r|\n/);
    for (let i = lines.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    const eol = r.pick(['\n', '\r\n', '\r', '\n\n']);
    return Buffer.from(lines.join(eol), 'latin1');
  },
  controlChars(bytes, r) {
    let out = bytes;
    for (let i = r.int(1, 15); i > 0; i--) out = insertAt(out, r.int(0, out.length), text(r.pick(CONTROL)));
    return out;
  },
  oddUnicode(bytes, r) {
    let out = bytes;
    for (let i = r.int(1, 15); i > 0; i--) out = insertAt(out, r.int(0, out.length), text(r.pick(ODD)));
    return out;
  },
  markup(bytes, r) {
    let out = bytes;
    for (let i = r.int(1, 20); i > 0; i--) out = insertAt(out, r.int(0, out.length), text(r.pick(MARKUP)));
    return out;
  },
  header(bytes, r) {
    return Buffer.concat([text(r.pick(HEADERS)), bytes.subarray(r.int(0, 20))]);
  },
  repeat(bytes, r) {
    // A run of one character or a chunk of the text repeated: long tokens, long lines.
    const at = r.int(0, bytes.length);
    const piece = r.int(0, 1) === 0 ? text(r.pick([...MARKUP, ...ODD, 'a', ' ', ',', '-', '1'])) : bytes.subarray(at, at + r.int(1, 40));
    return insertAt(bytes, at, Buffer.concat(Array.from({ length: r.int(20, LIMITS.repeat) }, () => piece)));
  },
  lineEndings(bytes, r) {
    const eol = r.pick(['\r\n', '\r', '\u2028', '\n\r']);
    return Buffer.from(bytes.toString('latin1').replace(/\n/g, eol), 'latin1');
  },
  utf16(bytes, r) {
    const s = bytes.toString('utf8');
    const le = Buffer.from(`\ufeff${s}`, 'utf16le');
    return r.int(0, 1) === 0 ? le : Buffer.from(le).swap16();
  },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** Apply 1–4 random mutators; returns the bytes and the names applied (for the failure message). */
export function mutate(bytes: Buffer, r: Random): { bytes: Buffer; applied: string[] } {
  const applied: string[] = [];
  let out = bytes;
  for (let i = r.int(1, 4); i > 0; i--) {
    const name = r.pick(MUTATOR_NAMES);
    applied.push(name);
    out = MUTATORS[name]!(out, r);
  }
  return { bytes: out, applied };
}
