import type { Rule } from '../src/rules/types.js';
import type { ArticleClaims, EntityMention } from '../src/types.js';
import { fileName, otherSide, quoteOf } from '../src/rules/describe.js';

// Titles of each person across the corpus, computed once per run.
const titlesByCorpus = new WeakMap<readonly ArticleClaims[], Map<string, Array<{ mention: EntityMention; path: string }>>>();

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();
}

function titleIndex(articles: readonly ArticleClaims[]) {
  let index = titlesByCorpus.get(articles);
  if (!index) {
    index = new Map();
    for (const a of articles)
      for (const c of a.claims)
        for (const e of c.entities) {
          if (e.type !== 'person' || !e.title) continue;
          let list = index.get(e.key);
          if (!list) index.set(e.key, (list = []));
          list.push({ mention: e, path: a.path });
        }
    titlesByCorpus.set(articles, index);
  }
  return index;
}

const rule: Rule = {
  meta: {
    id: 'conflicting-attribution',
    description: 'The same statement put in different mouths, or the same person given different titles, in another article.',
    scope: 'corpus',
    defaultSeverity: 'warning',
    docs: 'rules/conflicting-attribution.md',
    options: {
      titles: { type: 'boolean', default: true, description: 'Also report a person given different titles.' },
    },
  },
  check(ctx) {
    for (const claim of ctx.claims()) {
      for (const link of ctx.linksOf(claim)) {
        if (link.relation !== 'differs-in-attribution') continue;
        const other = ctx.claimById(otherSide(claim.id, link));
        if (!other?.attribution.source || !claim.attribution.source) continue;
        ctx.report({
          message: `Here this is said by ${quoteOf(claim.attribution.source.text, 40)}, but ${fileName(other.path)} puts it in the mouth of ${quoteOf(other.attribution.source.text, 40)}.`,
          span: claim.attribution.source,
          related: [{ path: other.path, span: other.attribution.source, message: `${fileName(other.path)}: ${quoteOf(other.text)}` }],
        });
      }
    }
    if (!ctx.options.titles) return;
    const index = titleIndex(ctx.articles());
    const seen = new Set<string>();
    for (const claim of ctx.article.claims) {
      for (const e of claim.entities) {
        if (e.type !== 'person' || !e.title) continue;
        const mine = normaliseTitle(e.title.text);
        const others = (index.get(e.key) ?? []).filter((o) => o.path !== ctx.article.path && normaliseTitle(o.mention.title!.text) !== mine);
        const key = `${e.key}|${mine}`;
        if (others.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const first = others[0]!;
        ctx.report({
          message: `${e.text} is called ${quoteOf(e.title.text, 40)} here, but ${quoteOf(first.mention.title!.text, 40)} in ${fileName(first.path)}.`,
          span: e.title,
          related: others.map((o) => ({ path: o.path, span: o.mention.title!, message: `${fileName(o.path)}: ${o.mention.title!.text} ${o.mention.text}` })),
        });
      }
    }
  },
};
export default rule;
