// The generalisation round: mechanisms that must work on wording the tuning
// clusters never used (counted nouns written differently, units converted,
// negation without "not", one speaker written two ways, stock quotes).
import { describe, expect, it } from 'vitest';
import { dateDifference, numberDifference } from '../../../src/corpus/mention-differences.js';
import { relate } from '../../../src/corpus/relations.js';
import { sameStoryAttributions } from '../../../src/corpus/link-filters.js';
import { nameWords, roleNamesSpeaker, sameNamedSpeaker, sameSpeaker } from '../../../src/corpus/speakers.js';
import { contentTerms } from '../../../src/extract/terms.js';
import { articleFromText } from '../../../src/load/article.js';
import { extractArticle } from '../../../src/extract/index.js';
import type { Claim, Link } from '../../../src/types.js';
import { claimOf } from './support.js';

const loose = { sameClaim: false, sharesEntity: true };
const unlinked = { sameClaim: false, sharesEntity: false };
const text = (c: Claim, span?: { start: number; end: number }) => (span ? c.text.slice(span.start - c.span.start, span.end - c.span.start) : undefined);
const key = (s: string) => s.toLowerCase();

describe('counted things written differently', () => {
  it('pairs a count of crew with a count of crew members', () => {
    const a = claimOf('The trawler carried 11 crew when it left port.');
    const b = claimOf('Nine crew members were on board the trawler, the owner said.', undefined, 'b.txt');
    const d = numberDifference(a, b, unlinked);
    expect(text(a, d?.fromSpan)).toBe('11 crew');
    expect(text(b, d?.toSpan)).toBe('Nine crew members');
  });

  it('compares people counted with different person nouns when the clause agrees', () => {
    const a = claimOf('Field clinics have treated 860 patients since the clinics opened in March.');
    const b = claimOf('Field clinics have treated 1,460 people since the clinics opened in March.', undefined, 'b.txt');
    const d = numberDifference(a, b, { sameClaim: true, sharesEntity: false });
    expect(d?.detail).toBe('"860 patients" vs "1,460 people"');
  });

  it('compares durations after conversion: 48 hours is not three days', () => {
    const a = claimOf('Cleaners at Brightwell Hospital began a 48-hour stoppage over unpaid overtime.');
    const b = claimOf('Cleaners at Brightwell Hospital began a three-day walkout over unpaid overtime.', undefined, 'b.txt');
    expect(numberDifference(a, b, loose)?.detail).toBe('"48-hour" vs "three-day"');
  });

  it('leaves 72 hours and three days alone', () => {
    const a = claimOf('Cleaners at Brightwell Hospital began a 72-hour stoppage over unpaid overtime.');
    const b = claimOf('Cleaners at Brightwell Hospital began a three-day walkout over unpaid overtime.', undefined, 'b.txt');
    expect(numberDifference(a, b, loose)).toBeUndefined();
  });

  it('pairs a contract with a deal and a prison term with a sentence (measured nouns as data)', () => {
    const a = claimOf('The goalkeeper signed a three-year contract with Dunholm Athletic.');
    const b = claimOf('Dunholm Athletic gave the goalkeeper a two-year deal.', undefined, 'b.txt');
    expect(numberDifference(a, b, loose)?.detail).toBe('"three-year" vs "two-year"');
    const c = claimOf('The smuggler was sentenced to six years in prison.');
    const d = claimOf('The eight-year term was handed down at Lowfield Crown Court.', undefined, 'b.txt');
    expect(numberDifference(c, d, unlinked)?.detail).toBe('"six years" vs "eight-year"');
  });

  it('does not pair a reward with the value of what was stolen', () => {
    const a = claimOf('Thieves took paintings worth 2 million euros from the Orlov gallery.');
    const b = claimOf('The Orlov gallery offered a reward of 40,000 euros for the paintings.', undefined, 'b.txt');
    expect(numberDifference(a, b, unlinked)).toBeUndefined();
  });

  it('keeps number words out of content terms', () => {
    expect(contentTerms('Fourteen crew members and a three-day walkout, fifty-two cases')).toEqual(['crew', 'member', 'ev:walkout', 'walkout', 'day', 'case'].filter((t) => contentTerms('crew member walkout day case').includes(t) || t.startsWith('ev:')));
    expect(contentTerms("the drivers' union")).toEqual(contentTerms("the driver's union"));
  });
});

describe('dates of events outside the old classes', () => {
  it('dates a beginning of the same strike: "walked out on Monday" / "the strike began on Tuesday"', () => {
    const a = claimOf('Refuse collectors in Marlow walked out on Monday over pay.', '2025-05-14');
    const b = claimOf('A strike by refuse collectors in Marlow began on Tuesday morning.', '2025-05-14', 'b.txt');
    const d = dateDifference(a, b, loose);
    expect(text(a, d?.fromSpan)).toBe('Monday');
    expect(text(b, d?.toSpan)).toBe('Tuesday morning');
  });

  it('finds a date\'s predicate anywhere in its clause when none is close', () => {
    const a = claimOf('A former harbour official was jailed on Thursday for taking bribes.', '2025-03-14');
    const b = claimOf('The former harbour official was sentenced to nine years in prison by Judge Ama Osei at Kerrow Crown Court on March 12.', '2025-03-14', 'b.txt');
    const d = dateDifference(a, b, loose);
    expect(text(a, d?.fromSpan)).toBe('Thursday');
    expect(text(b, d?.toSpan)).toBe('March 12');
  });

  it('does not reach past "since" for a predicate ("acquisitions … since taking over in 2021")', () => {
    const a = claimOf('Chief executive Lena Varga has made acquisitions the centre of her strategy since taking over in 2021.', '2025-03-14');
    const b = claimOf('Lena Varga said the company bought a seed maker in 2019.', '2025-03-14', 'b.txt');
    expect(dateDifference(a, b, loose)).toBeUndefined();
  });

  it('pairs "taken to hospital" with "hospitalised" as one event', () => {
    expect(contentTerms('Six were taken to hospital')).toContain('ev:hospitalise');
    expect(contentTerms('Six were hospitalised')).toContain('ev:hospitalise');
  });

  it('does not date a pay rise "backdated to January" against a ballot "on Thursday"', () => {
    const a = claimOf('The offer gives porters a 5% rise backdated to January and extra pay for night shifts.', '2024-03-22');
    const b = claimOf('Porters rejected the pay offer in a ballot that closed on Thursday.', '2024-03-22', 'b.txt');
    expect(dateDifference(a, b, loose)).toBeUndefined();
  });
});

describe('negation without "not" and opposite words of different things', () => {
  const sim = { cosine: 0.35, containment: 0.6, shared: 3 };
  it('"refused to concede" contradicts "conceded"', () => {
    const a = claimOf('Governor Ines Carvalho conceded the election on Sunday night.');
    const b = claimOf('Governor Ines Carvalho has refused to concede the election.', undefined, 'b.txt');
    const links = relate(a, b, sim, key);
    expect(links.map((l) => [l.relation, l.from, l.detail])).toContainEqual(['contradicts', a.id, 'negated']);
  });

  it('"falls short of the record" contradicts "is a record"', () => {
    const a = claimOf('The Harlow fee is a league record.');
    const b = claimOf('The Harlow fee falls short of the league record.', undefined, 'b.txt');
    expect(relate(a, b, sim, key).some((l) => l.relation === 'contradicts' && l.from === a.id)).toBe(true);
  });

  it('opposite verbs of different objects are not a contradiction', () => {
    const a = claimOf('Dorrin United won the league title at Halden Park on Saturday.');
    const b = claimOf('Dorrin United lost the cup semi-final at Halden Park on Saturday.', undefined, 'b.txt');
    expect(relate(a, b, sim, key).filter((l) => l.relation === 'contradicts')).toEqual([]);
    const c = claimOf('Dorrin United lost the league title at Halden Park on Saturday.', undefined, 'c.txt');
    expect(relate(a, c, sim, key).map((l) => l.detail)).toContain('opposite: "won" / "lost"');
  });

  it('a denial of something else is not a contradiction', () => {
    const a = claimOf('The inspector found the council followed the correct procedure when it approved the quarry.');
    const b = claimOf('The inspector rejected the argument that councillors had ignored a noise survey when they backed the quarry.', undefined, 'b.txt');
    expect(relate(a, b, sim, key).filter((l) => l.relation === 'contradicts')).toEqual([]);
  });
});

describe('one speaker written two ways', () => {
  it('reads name words without the role that opens the phrase', () => {
    expect(nameWords('Union organiser Tomasz Wielgus')).toEqual(['tomasz', 'wielgus']);
    expect(nameWords('Wielgus')).toEqual(['wielgus']);
  });

  it('matches a full name with its surname and a title before or after', () => {
    expect(sameNamedSpeaker('Harbour master Ingrid Solvang', 'harbour master Ingrid Solvang')).toBe(true);
    expect(sameNamedSpeaker('Rotherbrook manager Stefan Oyelaran', 'Oyelaran')).toBe(true);
    expect(sameNamedSpeaker('Stefan Oyelaran', 'Maria Oyelaran-Kim')).toBe(false);
    expect(sameNamedSpeaker('Eva Lind', 'Tomas Berg')).toBe(false);
  });

  it('reads "the judge" as the person an article names Judge', () => {
    const article = extractArticle(articleFromText('a.txt', ' date 2025-03-14\n\nJudge Marta Kowalczyk sentenced the men at Bellhaven Crown Court.\n'));
    expect(roleNamesSpeaker('the judge', 'Kowalczyk', [article])).toBe(true);
    expect(roleNamesSpeaker('the prosecutor', 'Kowalczyk', [article])).toBe(false);
    expect(sameSpeaker('Kowalczyk', 'the judge', [article])).toBe(true);
  });
});

describe('stock quotes in unrelated stories', () => {
  const link = (from: string, to: string, relation: Link['relation'], score = 0.3): Link => ({ from, to, relation, score });
  const story = (names: number, claims = 20) => ({ sharedNames: () => names, claimCount: () => claims });

  it('drops a differing attribution between articles linked by nothing else', () => {
    const quote = link('a.txt#3', 'b.txt#4', 'differs-in-attribution');
    expect(sameStoryAttributions([quote], story(0))).toEqual([]);
  });

  it('keeps it when the articles are linked twice more, or name two entities in common', () => {
    const quote = link('a.txt#3', 'b.txt#4', 'differs-in-attribution');
    const others = [link('a.txt#1', 'b.txt#1', 'corroborates'), link('a.txt#2', 'b.txt#5', 'differs-in-number')];
    expect(sameStoryAttributions([quote, ...others], story(0))).toContain(quote);
    expect(sameStoryAttributions([quote, others[0]!], story(0))).not.toContain(quote);
    expect(sameStoryAttributions([quote], story(2))).toContain(quote);
  });

  it('asks one other link of two short briefs', () => {
    const quote = link('a.txt#3', 'b.txt#4', 'differs-in-attribution');
    expect(sameStoryAttributions([quote, link('a.txt#1', 'b.txt#1', 'corroborates')], story(0, 6))).toContain(quote);
  });
});
