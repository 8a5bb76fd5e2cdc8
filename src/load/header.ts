// Article metadata: the plain-text dateline (` date YYYY-MM-DD`, body text may
// follow on the same line) and YAML front matter in Markdown.
import { parseDocument } from 'yaml';
import type { ArticleMeta, LoadProblem, Span } from '../types.js';

const DATELINE = /^[ \t]*date[ \t:]+([^\s]+)[ \t]*/i;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Header {
  meta: ArticleMeta;
  /** The header's own range (masked before parsing). */
  span: Span;
  problems: LoadProblem[];
}

/** A real calendar date in `YYYY-MM-DD`, or undefined. */
export function validIsoDate(value: string): string | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? value : undefined;
}

export function readDateline(text: string): Header | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const raw = m[1]!;
  const date = validIsoDate(raw);
  const problems: LoadProblem[] = [];
  const start = m.index + m[0].indexOf('date');
  const valueStart = m.index + m[0].indexOf(raw, m[0].indexOf('date') + 4);
  if (!date) problems.push({ message: `dateline date "${raw}" is not a valid calendar date (YYYY-MM-DD)`, span: { start: valueStart, end: valueStart + raw.length } });
  return { meta: date ? { date, dateOrigin: 'dateline' } : {}, span: { start, end: m.index + m[0].length }, problems };
}

// Front matter is nearly always flat `key: text` lines. Those are read here
// without the YAML parser, whose loading alone costs more than checking a short
// article (start-up matters to editors and hooks). Anything this does not fully
// understand (quotes with escapes, numbers, booleans, lists, indentation,
// comments, duplicate keys) returns undefined and goes to the real parser, so
// the result is always what YAML would give.
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))?[ \t]*$/;
/** Plain scalars YAML 1.2 (core schema) reads as something other than text. */
const NOT_TEXT = /^(?:~|null|true|false|[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.(?:inf|nan))$/i;
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`\s]/;
/** Characters YAML refuses or treats as line breaks of its own (a lone CR among them). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;
const LINE_BREAK = /\r?\n/;
const BLANK = /^[ \t]*$/;
const QUOTE_OR_ESCAPE = /["\\]/;
const INDICATOR_INSIDE = /:(?:\s|$)|\s#/;

/** The mapping of flat `key: text` front matter, or undefined when the YAML parser must decide. */
export function simpleFrontMatter(source: string): Record<string, string | null> | undefined {
  const out: Record<string, string | null> = {};
  for (const line of source.split(LINE_BREAK)) {
    if (BLANK.test(line)) continue;
    if (CONTROL.test(line)) return undefined;
    const m = SIMPLE_LINE.exec(line);
    if (!m || m[1] === '__proto__' || Object.hasOwn(out, m[1]!)) return undefined;
    const raw = m[2] ?? '';
    let value: string | null;
    if (raw === '') value = null;
    else if (raw.length >= 2 && raw[0] === '"' && raw.endsWith('"') && !QUOTE_OR_ESCAPE.test(raw.slice(1, -1))) value = raw.slice(1, -1);
    else if (raw.length >= 2 && raw[0] === "'" && raw.endsWith("'") && !raw.slice(1, -1).includes("'")) value = raw.slice(1, -1);
    else if (PLAIN_START.test(raw) && !INDICATOR_INSIDE.test(raw) && !NOT_TEXT.test(raw)) value = raw;
    else return undefined;
    out[m[1]!] = value;
  }
  return out;
}

const META_KEYS = ['date', 'source', 'title', 'url'] as const;

export function readFrontMatter(text: string): Header | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) {
    if (/^---[ \t]*\r?\n/.test(text)) {
      return { meta: {}, span: { start: 0, end: 0 }, problems: [{ message: 'front matter starts with --- but is never closed', span: { start: 0, end: 3 } }] };
    }
    return undefined;
  }
  const yamlStart = m[0].indexOf(m[1]!);
  const problems: LoadProblem[] = [];
  const meta: ArticleMeta = {};
  const span = { start: 0, end: m[0].length };
  let data: unknown = simpleFrontMatter(m[1]!);
  if (data === undefined) {
    const doc = parseDocument(m[1]!, { prettyErrors: false });
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      const at = yamlStart + (err.pos?.[0] ?? 0);
      problems.push({ message: `front matter is not valid YAML: ${err.message.split('\n')[0]}`, span: { start: at, end: at + 1 } });
      return { meta, span, problems };
    }
    data = doc.toJS() as unknown;
  }
  if (data === null || data === undefined) return { meta, span, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ message: 'front matter must be a YAML mapping of keys to values', span: { start: yamlStart, end: yamlStart + 1 } });
    return { meta, span, problems };
  }
  const record = data as Record<string, unknown>;
  for (const key of META_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    const asText = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    if (key === 'date') {
      const date = validIsoDate(asText.slice(0, 10));
      if (date) {
        meta.date = date;
        meta.dateOrigin = 'front-matter';
      } else {
        const at = yamlStart + Math.max(0, m[1]!.indexOf('date'));
        problems.push({ message: `front matter date "${asText}" is not a valid calendar date (YYYY-MM-DD)`, span: { start: at, end: at + 4 } });
      }
    } else {
      meta[key] = asText;
    }
  }
  return { meta, span, problems };
}
