// Inline suppression comments, as ESLint users know them:
//   <!-- briefcheck-disable-next-line rule-a, rule-b -- reason -->
//   <!-- briefcheck-disable rule-a --> … <!-- briefcheck-enable -->
// In plain text, the same words on a line of their own, optionally after `#` or `//`.
import type { Directive, Span } from '../types.js';

const HTML_DIRECTIVE = /<!--\s*briefcheck-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;
const TEXT_DIRECTIVE = /^[ \t]*(?:#|\/\/)?[ \t]*briefcheck-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)$/gm;

function ruleList(raw: string): string[] {
  const withoutReason = raw.split(/\s--\s|\s--$/)[0] ?? '';
  return withoutReason
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
}

export function findDirectives(text: string, format: 'text' | 'markdown', lineOf: (offset: number) => number): Directive[] {
  if (!text.includes('briefcheck-')) return [];
  const out: Directive[] = [];
  const patterns = format === 'markdown' ? [HTML_DIRECTIVE] : [HTML_DIRECTIVE, TEXT_DIRECTIVE];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const span: Span = { start: m.index, end: m.index + m[0].length };
      out.push({ kind: m[1] as Directive['kind'], rules: ruleList(m[2] ?? ''), line: lineOf(m.index), span });
    }
  }
  // A text directive found inside an HTML comment is the same directive twice.
  out.sort((a, b) => a.span.start - b.span.start);
  return out.filter((d, i) => i === 0 || d.span.start >= out[i - 1]!.span.end);
}
