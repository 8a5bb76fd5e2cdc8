// `briefcheck claims --format json`: the model the rules see, so a user can
// learn why a finding appeared. A versioned contract (docs/json-format.md).
import type { ClaimsResult } from '../pipeline.js';
import type { ArticleClaims, Span } from '../types.js';
import { pointAt } from '../load/line-index.js';

export const CLAIMS_SCHEMA_VERSION = '1.0';

function place(a: ArticleClaims, span: Span) {
  const s = pointAt(a.lineStarts, span.start);
  const e = pointAt(a.lineStarts, span.end);
  return { start: span.start, end: span.end, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

function textSpan(a: ArticleClaims, t: { text: string; start: number; end: number } | undefined) {
  return t ? { text: t.text, ...place(a, t) } : null;
}

export function claimsModel(result: ClaimsResult) {
  return {
    version: CLAIMS_SCHEMA_VERSION,
    tool: 'briefcheck',
    files: result.articles.map((a) => ({
      path: a.path,
      meta: { date: a.meta.date ?? null, source: a.meta.source ?? null, title: a.meta.title ?? null, url: a.meta.url ?? null },
      aliases: a.aliases.map((x) => ({ alias: x.alias, canonical: x.canonical, ...place(a, x.span) })),
      claims: a.claims.map((c) => ({
        id: c.id,
        text: c.text,
        ...place(a, c.span),
        paragraph: c.paragraph,
        isClaim: c.isClaim,
        notClaimReason: c.notClaimReason ?? null,
        certainty: { level: c.certainty.level, cue: textSpan(a, c.certainty.cue), holder: c.certainty.holder ?? null },
        attribution: { kind: c.attribution.kind, source: textSpan(a, c.attribution.source), cue: textSpan(a, c.attribution.cue), inherited: c.attribution.inherited ?? false },
        negated: c.negated ?? false,
        entities: c.entities.map((e) => ({ text: e.text, type: e.type, key: e.key, ...place(a, e), title: textSpan(a, e.title) })),
        times: c.times.map((t) => ({ text: t.text, type: t.type, value: t.value, relative: t.relative ?? false, ...(t.mod ? { mod: t.mod } : {}), ...place(a, t) })),
        quantities: c.quantities.map((q) => ({ text: q.text, value: q.value, max: q.max ?? null, unit: q.unit ?? null, approximate: q.approximate ?? false, mod: q.mod ?? null, precision: q.precision ?? null, ...place(a, q) })),
      })),
    })),
    links: result.links.map((l) => ({ from: l.from, to: l.to, relation: l.relation, score: l.score, ...(l.detail ? { detail: l.detail } : {}) })),
    errors: result.errors.map((e) => ({ path: e.path, ...(e.line ? { line: e.line } : {}), kind: e.kind, message: e.message })),
  };
}

export function formatClaimsJson(result: ClaimsResult): string {
  return `${JSON.stringify(claimsModel(result), null, 2)}\n`;
}

/** A readable listing of the model for people. */
export function formatClaimsText(result: ClaimsResult): string {
  const out: string[] = [];
  const byId = new Map(result.articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
  const lineStartsOf = new Map(result.articles.map((a) => [a.path, a.lineStarts] as const));
  // Links by claim, once: looking them up per claim must not scan every link.
  const linksOf = new Map<string, ClaimsResult['links']>();
  for (const l of result.links)
    for (const id of [l.from, l.to]) {
      const list = linksOf.get(id);
      if (list) list.push(l);
      else linksOf.set(id, [l]);
    }
  for (const a of result.articles) {
    out.push(`${a.path}  (date ${a.meta.date ?? 'unknown'}${a.meta.source ? `, source ${a.meta.source}` : ''})`);
    for (const c of a.claims) {
      const p = pointAt(a.lineStarts, c.span.start);
      const attr = c.attribution.kind === 'none' ? 'no source' : `${c.attribution.kind}: ${c.attribution.source?.text ?? '?'}${c.attribution.inherited ? ' (carried over)' : ''}`;
      out.push(`  ${p.line}:${p.column}  [${c.isClaim ? c.certainty.level : `not a claim: ${c.notClaimReason}`}${c.certainty.cue ? ` "${c.certainty.cue.text}"` : ''}] [${attr}]`);
      out.push(`      ${c.text.replace(/\s+/g, ' ').slice(0, 140)}`);
      if (c.times.length) out.push(`      times: ${c.times.map((t) => `"${t.text}" ${t.type} ${t.value}`).join('; ')}`);
      if (c.quantities.length) out.push(`      quantities: ${c.quantities.map((q) => `"${q.text}" = ${q.value}${q.max !== undefined ? `..${q.max}` : ''}${q.unit ? ` ${q.unit}` : ''}`).join('; ')}`);
      if (c.entities.length) out.push(`      entities: ${c.entities.map((e) => `${e.text} <${e.type}:${e.key}>`).join('; ')}`);
      for (const l of linksOf.get(c.id) ?? []) {
        const other = byId.get(l.from === c.id ? l.to : l.from);
        out.push(`      ${l.relation} (${l.score}) ${other ? `${other.path}:${pointAt(lineStartsOf.get(other.path) ?? [0], other.span.start).line}` : ''}${l.detail ? ` — ${l.detail}` : ''}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}
