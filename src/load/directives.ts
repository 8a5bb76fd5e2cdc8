// Inline suppression comments, as ESLint users know them:
//   <!-- briefcheck-disable-next-line rule-a, rule-b -- reason -->
//   <!-- briefcheck-disable rule-a --> … <!-- briefcheck-enable -->
// In plain text, the same words on a line of their own, optionally after `#` or `//`.
import type { Directive, Span } from '../types.js';

// Both stay linear on any input: the comment's end is found with indexOf (an
// unclosed comment cannot make every later one rescan the file), and the text
// form has no two adjacent runs of spaces that could split a line two ways.
const HTML_DIRECTIVE_OPEN = /<!--\s*briefcheck-(disable-next-line|disable-line|disable|enable)\b/g;
const TEXT_DIRECTIVE = /^[ \t]*(?:(?:#|\/\/)[ \t]*)?briefcheck-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)$/gm;

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
  HTML_DIRECTIVE_OPEN.lastIndex = 0;
  for (let m = HTML_DIRECTIVE_OPEN.exec(text); m; m = HTML_DIRECTIVE_OPEN.exec(text)) {
    const after = m.index + m[0].length;
    const close = text.indexOf('-->', after);
    if (close < 0) break;
    out.push({ kind: m[1] as Directive['kind'], rules: ruleList(text.slice(after, close)), line: lineOf(m.index), span: { start: m.index, end: close + 3 } });
    HTML_DIRECTIVE_OPEN.lastIndex = close + 3;
  }
  if (format !== 'markdown') {
    TEXT_DIRECTIVE.lastIndex = 0;
    for (let m = TEXT_DIRECTIVE.exec(text); m; m = TEXT_DIRECTIVE.exec(text)) {
      const span: Span = { start: m.index, end: m.index + m[0].length };
      out.push({ kind: m[1] as Directive['kind'], rules: ruleList(m[2] ?? ''), line: lineOf(m.index), span });
    }
  }
  // A text directive found inside an HTML comment is the same directive twice.
  out.sort((a, b) => a.span.start - b.span.start);
  return out.filter((d, i) => i === 0 || d.span.start >= out[i - 1]!.span.end);
}
