// How aligned claims relate, on two small articles each.
import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/corpus/align.js';
import { articleFromText } from '../../../src/load/article.js';
import { extractArticle } from '../../../src/extract/index.js';
import type { ArticleClaims, Link } from '../../../src/types.js';

function article(path: string, body: string, date = '2024-11-04'): ArticleClaims {
  return extractArticle(articleFromText(path, ` date ${date}\n\n${body}\n`));
}

/** Links between the claims of `a` and `b` that contain the two snippets, as "a>b relation" (from the claim of `a`) or "b>a relation". */
function relations(a: ArticleClaims, aText: string, b: ArticleClaims, bText: string): string[] {
  const x = a.claims.find((c) => c.text.includes(aText))!;
  const y = b.claims.find((c) => c.text.includes(bText))!;
  const { links } = alignClaims([a, b], (s) => s.toLowerCase());
  return links.filter((l: Link) => (l.from === x.id && l.to === y.id) || (l.from === y.id && l.to === x.id)).map((l) => `${l.from === x.id ? 'a>b' : 'b>a'} ${l.relation}`);
}

const filler = 'The museum will stay closed until Friday. Insurers are assessing the loss. Guards have been questioned.';

describe('relations between aligned claims', () => {
  it('takes two sentences that open with the same main clause for one claim', () => {
    const a = article('a.txt', `The thieves entered through a skylight on the roof and lowered themselves into the gallery on ropes, police said. ${filler}`);
    const b = article('b.md', `The thieves entered through a skylight and escaped before guards arrived. ${filler}`);
    expect(relations(a, 'The thieves entered', b, 'The thieves entered')).toEqual(['a>b corroborates']);
  });

  it('takes one counted figure with words around it in common for one claim', () => {
    const a = article('a.txt', 'The drills involve 12,000 troops and about 300 armoured vehicles, according to the defence ministry. Tanks were seen near the border.');
    const b = article('b.md', 'The drills involve 12,000 troops, backed by tanks, artillery and attack helicopters, in an area near the Lemland border. Residents were told to stay indoors.');
    expect(relations(a, 'The drills involve', b, 'The drills involve')).toEqual(['a>b corroborates']);
  });

  it('does not call a negated sentence a corroboration', () => {
    const a = article('a.txt', "Police arrested three suspects on Sunday in connection with Friday's armed robbery at the Arcadia shopping centre.");
    const b = article('b.md', "No arrests have been made over Friday's armed robbery at the Arcadia shopping centre, police said on Monday.");
    expect(relations(a, 'Police arrested', b, 'No arrests')).not.toContain('a>b corroborates');
  });

  it('finds what a refusal to confirm leaves open in a plain statement', () => {
    const a = article('a.txt', 'The hospital paid a ransom in cryptocurrency to regain access to its patient records.');
    const b = article('b.md', 'The hospital declined to confirm whether a ransom had been paid, saying it would not comment on operational matters while the police investigation continues.');
    expect(relations(a, 'The hospital paid', b, 'declined to confirm')).toEqual(['a>b hedges']);
  });

  it('links a denial to the claim about the one who denies', () => {
    const a = article('a.txt', 'Health Minister Oren Castel received €250,000 from a medical supplies company, documents obtained by this newspaper show.');
    const b = article('b.md', 'Health Minister Oren Castel has denied receiving any money from Medisan Supply, calling a newspaper report about payments to his family "a smear".');
    expect(relations(a, 'received', b, 'has denied')).toEqual(['a>b contradicts']);
  });

  it('does not take one shared place for a shared claim', () => {
    const a = article('a.txt', '"He is the striker we have wanted for three years," manager Carla Brandt said at Millbank Park on Tuesday.');
    const b = article('b.md', 'Nobody at Millbank Park will pretend it was cheap.');
    expect(relations(a, 'He is the striker', b, 'Nobody')).toEqual([]);
  });
});
