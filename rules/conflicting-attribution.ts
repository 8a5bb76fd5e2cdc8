import type { Rule } from '../src/rules/types.js';
import type { ArticleClaims, EntityMention } from '../src/types.js';
import { loadLexicon } from '../src/extract/lexicon.js';
import { fileName, otherSide, quoteOf } from '../src/rules/describe.js';
import { sameSpeaker } from '../src/corpus/speakers.js';

// Titles of each person across the corpus, computed once per run.
const titlesByCorpus = new WeakMap<readonly ArticleClaims[], Map<string, Map<string, Array<{ mention: EntityMention; role: Role }>>>>();

const roles = loadLexicon<{ abbreviations: Record<string, string>; offices: string[] }>('roles');
const ABBREVIATIONS = new Map(Object.entries(roles.abbreviations));
const OFFICES = new Set(roles.offices);

/** Qualifiers that change what a title means ("acting", "deputy", "former"). */
const RANKS = new Set(['acting', 'deputy', 'assistant', 'former', 'interim', 'vice', 'associate', 'co', 'senior', 'junior', 'lieutenant', 'under', 'caretaker', 'outgoing', 'incoming', 'ex', 'principal']);

interface Role {
  head: string;
  ranks: string;
  /** The word right before the head that says which one ("finance" minister, "operating" officer), if any. */
  field: string;
}

/**
 * What a title says about the person's role: its head noun and its rank
 * qualifiers, without what only names the body ("of the ministry",
 * "the union's", capitalised names), which other articles often leave out.
 */
export function roleOf(title: string): Role {
  const base = title.split(/\s(?:of|for|at|to|in|with)\s/i)[0]!.replace(/[^\p{L}\s'’-]/gu, ' ');
  const words = base.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  words.forEach((w, i) => {
    const plain = w.toLowerCase().replace(/\.$/, '');
    const lower = (ABBREVIATIONS.get(plain) ?? plain).replace(/^(?:co|ex)-/, (m) => m.slice(0, -1) + ' ');
    if (/['’]s$/u.test(w) || /^(?:the|a|an|current|then|now|new|its|his|her|their)$/i.test(w)) return;
    if (/^\p{Lu}/u.test(w) && i < words.length - 1 && !RANKS.has(lower) && !ABBREVIATIONS.has(plain)) return;
    kept.push(...lower.split(' '));
  });
  const head = kept[kept.length - 1] ?? '';
  const ranks = kept.filter((w) => RANKS.has(w)).sort().join(' ');
  const before = kept[kept.length - 2];
  return { head, ranks, field: before && !RANKS.has(before) && before !== 'chief' ? before : '' };
}

/** One role named two ways that can both be true: same head and rank, and no two different fields ("minister" / "finance minister"). */
function sameRole(a: Role, b: Role): boolean {
  return a.head === b.head && a.ranks === b.ranks && (!a.field || !b.field || a.field === b.field);
}

/** person key → article path → that person's titles in the article */
function titleIndex(articles: readonly ArticleClaims[]) {
  let index = titlesByCorpus.get(articles);
  if (!index) {
    index = new Map();
    for (const a of articles)
      for (const c of a.claims)
        for (const e of c.entities) {
          if (e.type !== 'person' || !e.title) continue;
          let byPath = index.get(e.key);
          if (!byPath) index.set(e.key, (byPath = new Map()));
          let list = byPath.get(a.path);
          if (!list) byPath.set(a.path, (list = []));
          list.push({ mention: e, role: roleOf(e.title.text) });
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
        // "the judge" in one article, "Strand" in the other, where one names Judge Oliver Strand.
        const pair = [ctx.article, ctx.articleByPath(other.path)].filter((a): a is ArticleClaims => a !== undefined);
        if (sameSpeaker(claim.attribution.source.text, other.attribution.source.text, pair)) continue;
        ctx.report({
          message: `Here this is said by ${quoteOf(claim.attribution.source.text, 40)}, but ${fileName(other.path)} puts it in the mouth of ${quoteOf(other.attribution.source.text, 40)}.`,
          span: claim.attribution.source,
          related: [{ path: other.path, span: other.attribution.source, message: `${fileName(other.path)}: ${quoteOf(other.text)}` }],
        });
      }
    }
    if (!ctx.options.titles) return;
    // A person's titles here against the titles other articles give: the same
    // role with other rank ("acting"), or no role in common at all.
    const index = titleIndex(ctx.articles());
    const seen = new Set<string>();
    for (const claim of ctx.article.claims) {
      for (const e of claim.entities) {
        if (e.type !== 'person' || !e.title) continue;
        const byPath = index.get(e.key);
        if (!byPath) continue;
        const mine = roleOf(e.title.text);
        const myRoles = byPath.get(ctx.article.path) ?? [];
        const conflicts: Array<{ path: string; mention: EntityMention }> = [];
        for (const [path, theirs] of byPath) {
          if (path === ctx.article.path) continue;
          if (theirs.some((t) => sameRole(t.role, mine))) continue;
          const sameHead = theirs.filter((t) => t.role.head === mine.head);
          // Two different offices ("councillor" / "deputy mayor"), not an office
          // next to a description ("party leader" / "economics professor").
          const disjoint = OFFICES.has(mine.head) && !theirs.some((t) => myRoles.some((m) => m.role.head === t.role.head));
          for (const t of sameHead.length > 0 ? sameHead : disjoint ? theirs.filter((x) => OFFICES.has(x.role.head)) : []) conflicts.push({ path, mention: t.mention });
        }
        const key = `${e.key}|${mine.head}|${mine.ranks}|${mine.field}`;
        if (conflicts.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const first = conflicts[0]!;
        ctx.report({
          message: `${e.text} is called ${quoteOf(e.title.text, 40)} here, but ${quoteOf(first.mention.title!.text, 40)} in ${fileName(first.path)}.`,
          span: e.title,
          severity: 'info',
          related: conflicts.map((o) => ({ path: o.path, span: o.mention.title!, message: `${fileName(o.path)}: ${o.mention.title!.text} ${o.mention.text}` })),
        });
      }
    }
  },
};
export default rule;
