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
  const doc = parseDocument(m[1]!, { prettyErrors: false });
  const problems: LoadProblem[] = [];
  const meta: ArticleMeta = {};
  const span = { start: 0, end: m[0].length };
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const at = yamlStart + (err.pos?.[0] ?? 0);
    problems.push({ message: `front matter is not valid YAML: ${err.message.split('\n')[0]}`, span: { start: at, end: at + 1 } });
    return { meta, span, problems };
  }
  const data = doc.toJS() as unknown;
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
