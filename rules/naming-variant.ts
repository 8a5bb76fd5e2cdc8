import type { Rule } from '../src/rules/types.js';
import type { ArticleClaims, RelatedLocation } from '../src/types.js';
import { fileName, quoteOf } from '../src/rules/describe.js';
import { formKey, variantGroups, type FormGroup } from '../src/extract/entities/variants.js';

// The corpus-wide table of entities written several ways, computed once per
// run (the engine hands every article the same articles() array).
const byCorpus = new WeakMap<readonly ArticleClaims[], Map<string, FormGroup[]>>();

function variantIndex(articles: readonly ArticleClaims[]): Map<string, FormGroup[]> {
  let index = byCorpus.get(articles);
  if (!index) {
    index = new Map(variantGroups(articles).map((v) => [v.key, v.groups]));
    byCorpus.set(articles, index);
  }
  return index;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** "in b.txt and c.txt", "elsewhere in this article", "in b.txt, c.txt and 3 more". */
function where(group: FormGroup, here: string): string {
  const files = [...new Set(group.mentions.map((m) => m.path))];
  const others = files.filter((p) => p !== here).map(fileName);
  if (others.length === 0) return 'elsewhere in this article';
  const named = others.length <= 3 ? others : [...others.slice(0, 2), `${others.length - 2} more`];
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return `in ${list}${files.includes(here) ? ' and in this article' : ''}`;
}

const rule: Rule = {
  meta: {
    id: 'naming-variant',
    description: 'One entity written several ways across the articles (spelling, transliteration, hyphenation, acronym style).',
    scope: 'corpus',
    defaultSeverity: 'info',
    docs: 'rules/naming-variant.md',
    options: {
      firstOnly: { type: 'boolean', default: false, description: 'Report only the first mention of each variant form in an article.' },
      acronyms: { type: 'boolean', default: true, description: 'Also report acronyms written two ways ("U.N." / "UN", "ISIL" / "ISIS").' },
      maxRelated: { type: 'number', default: 5, description: 'At most this many related locations (other articles using the other forms) per finding.' },
    },
  },
  check(ctx) {
    const index = variantIndex(ctx.articles());
    if (index.size === 0) return;
    const here = ctx.article.path;
    const reportedForms = new Set<string>();
    for (const claim of ctx.article.claims) {
      for (const e of claim.entities) {
        const groups = index.get(e.key);
        if (!groups) continue;
        const form = formKey(e.text);
        const mine = groups.find((g) => g.form === form);
        if (!mine || (mine.acronym && !ctx.options.acronyms)) continue;
        const kind = groups.filter((g) => g.acronym === mine.acronym);
        const top = kind[0]!;
        // The most used form is the house form; on a tie every form is reported.
        const tied = kind.filter((g) => g.mentions.length === top.mentions.length);
        if (mine.mentions.length === top.mentions.length && tied.length === 1) continue;
        const onceKey = `${e.key}|${form}`;
        if (ctx.options.firstOnly && reportedForms.has(onceKey)) continue;
        reportedForms.add(onceKey);
        const others = kind.filter((g) => g !== mine);
        const main = others[0]!;
        const more = others.slice(1, 3).map((g) => quoteOf(g.display, 50));
        const also = more.length ? ` (also written ${more.join(' and ')})` : '';
        const related: RelatedLocation[] = [];
        const max = Number(ctx.options.maxRelated) || 0;
        for (const g of others) {
          const seen = new Set<string>();
          for (const m of g.mentions) {
            if (related.length >= max) break;
            if (m.path === here || seen.has(m.path)) continue;
            seen.add(m.path);
            related.push({ path: m.path, span: m.span, message: `${fileName(m.path)} writes ${quoteOf(m.text, 50)}` });
          }
        }
        ctx.report({
          message: `${quoteOf(e.text, 50)} is written ${quoteOf(main.display, 50)} ${where(main, here)} (${times(main.mentions.length)})${also}; use one spelling of this name throughout.`,
          span: { start: e.start, end: e.end },
          related,
          data: { key: e.key, form: e.text, forms: kind.map((g) => g.display) },
        });
      }
    }
  },
};
export default rule;
