import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/extract/entities.js';
import type { EntityMention } from '../../src/types.js';

const OFFSET = 1000;

/** [text, type, start, end] of each mention, spans made file-relative with OFFSET. */
function found(sentence: string) {
  return extractEntities(sentence, OFFSET).map((e) => [e.text, e.type, e.start - OFFSET, e.end - OFFSET] as const);
}

function one(sentence: string, text: string): EntityMention {
  const m = extractEntities(sentence, OFFSET).find((e) => e.text === text);
  if (!m) throw new Error(`"${text}" not found in: ${extractEntities(sentence, OFFSET).map((e) => e.text).join(' | ')}`);
  return m;
}

const at = (s: string, needle: string, from = 0) => {
  const i = s.indexOf(needle, from);
  return [i, i + needle.length] as const;
};

describe('extractEntities: names and spans', () => {
  it('finds multi-word names with inner connectors and gives file offsets', () => {
    const s = 'Ahmed bin Salman met Ludwig van der Berg at the Ministry of Foreign Affairs and Trade on Friday.';
    expect(found(s)).toEqual([
      ['Ahmed bin Salman', 'person', ...at(s, 'Ahmed bin Salman')],
      ['Ludwig van der Berg', 'person', ...at(s, 'Ludwig van der Berg')],
      ['Ministry of Foreign Affairs and Trade', 'organization', ...at(s, 'Ministry of Foreign Affairs and Trade')],
    ]);
  });

  it('skips a capitalised common word that opens the sentence, and keeps a name that does', () => {
    expect(found('The Kenyan government said on Monday that talks would resume.').map((f) => f[0])).toEqual(['Kenyan']);
    expect(found('According to witnesses, the convoy was hit near Garissa.').map((f) => f[0])).toEqual(['Garissa']);
    expect(found('Sokolov said the border was closed.').map((f) => f[0])).toEqual(['Sokolov']);
    expect(found('"We are not hopeful," said Ahmed Nazari.').map((f) => f[0])).toEqual(['Ahmed Nazari']);
  });

  it('never takes a number word opening the sentence for a name', () => {
    expect(found('Fourteen crew members were rescued off Skarholm.').map((f) => f[0])).toEqual(['Skarholm']);
    expect(found('Thirty miners remain trapped, officials in Velmora said.').map((f) => f[0])).toEqual(['Velmora']);
  });

  it('cuts the possessive off the span ("Kenya\'s" → "Kenya")', () => {
    const s = "Kenya's foreign ministry summoned the envoy of the Democratic Republic of the Congo's embassy.";
    const kenya = one(s, 'Kenya');
    expect([kenya.start - OFFSET, kenya.end - OFFSET]).toEqual(at(s, 'Kenya'));
    expect(kenya.type).toBe('place');
    expect(one(s, 'Democratic Republic of the Congo').type).toBe('place');
  });

  it('finds acronyms, dotted or not, and types country acronyms as places', () => {
    const s = 'The U.N. and NATO said UNHCR staff had left, while the U.S. and the UAE stayed.';
    expect(found(s).map(([t, ty]) => [t, ty])).toEqual([
      ['U.N.', 'organization'],
      ['NATO', 'organization'],
      ['UNHCR', 'organization'],
      ['U.S.', 'place'],
      ['UAE', 'place'],
    ]);
  });

  it('keeps "al-" names whole, cuts "anti-" and "-based", and splits "Russia-Ukraine"', () => {
    expect(found('The Cairo-based analyst said al-Nour Brigades fighters rejected anti-Houthi talks.').map((f) => f[0])).toEqual(['Cairo', 'al-Nour Brigades', 'Houthi']);
    expect(found('Stalled Russia-Ukraine talks resumed in Geneva.').map((f) => f[0])).toEqual(['Russia', 'Ukraine', 'Geneva']);
  });

  it('does not take dates for names, nor leave a connector at the edge', () => {
    expect(found('Fighters of the Tahreer-i Islami Front on Monday attacked the post.').map((f) => f[0])).toEqual(['Tahreer-i Islami Front']);
    expect(found('He told Reuters Tuesday that Theresa Wong would travel in May.').map((f) => f[0])).toEqual(['Reuters', 'Theresa Wong']);
  });

  it('types by cues: org suffix, place follower, group follower, demonym, known country', () => {
    const s = 'Gunmen from the Wadi Saba militants crossed into Garissa county, Somali officials and the National Bank said.';
    expect(found(s).map(([t, ty]) => [t, ty])).toEqual([
      ['Wadi Saba', 'group'],
      ['Garissa', 'place'],
      ['Somali', 'place'],
      ['National Bank', 'organization'],
    ]);
  });

  it('extends a name with "network" / "militia" and types it as a group', () => {
    const s = 'The Mansur network and the Dhala militia denied the report.';
    expect(found(s).map(([t, ty]) => [t, ty])).toEqual([
      ['Mansur network', 'group'],
      ['Dhala militia', 'group'],
    ]);
  });

  it('starts a name on a common word that opens the sentence when an organisation suffix closes it', () => {
    expect(found('National Liberation Movement fighters said they had withdrawn.').map(([t, ty]) => [t, ty])).toEqual([['National Liberation Movement', 'organization']]);
    expect(found('National elections will be held in Ghana next year.').map((f) => f[0])).toEqual(['Ghana']);
  });

  it('drops an adjective that opens the sentence before a known place ("Stalled Russia-Ukraine talks")', () => {
    expect(found('Armed Kenyan police guarded the border.').map((f) => f[0])).toEqual(['Kenyan']);
  });

  it('joins "X and Y Authority" but not two places', () => {
    expect(found('The Ports and Transport Authority said Kenya and Uganda agreed.').map((f) => f[0])).toEqual(['Ports and Transport Authority', 'Kenya', 'Uganda']);
  });

  it('reads a parenthesis after an acronym as its expansion, not a new sentence', () => {
    expect(found('Officials of the ECOWAS (Economic Community of West African States) met.').map((f) => f[0])).toEqual(['ECOWAS', 'Economic Community of West African States']);
  });

  it('reads a wire dateline as a place', () => {
    expect(found('NAIROBI (Reuters) - Police said on Sunday that six people died.').map(([t, ty]) => [t, ty])).toEqual([
      ['NAIROBI', 'place'],
      ['Reuters', 'organization'],
    ]);
  });

  it('in a Title Case headline keeps only names with a cue', () => {
    expect(found('Police Say Gunmen Kill Five In Northern Nigeria Village').map((f) => f[0])).toEqual(['Northern Nigeria Village']);
  });

  it('returns nothing for a shouted sentence rather than a row of fake acronyms', () => {
    expect(found('BREAKING: POLICE SAY FIVE DEAD IN BLAST')).toEqual([]);
  });
});

describe('extractEntities: titles', () => {
  it('splits a capitalised title off the name, with the place before it as its own entity', () => {
    const s = 'Kenyan Prime Minister Ahmed Qureshi met NATO Secretary-General Jens Berg.';
    const pm = one(s, 'Ahmed Qureshi');
    expect(pm.type).toBe('person');
    expect(pm.title?.text).toBe('Prime Minister');
    expect([pm.title!.start - OFFSET, pm.title!.end - OFFSET]).toEqual(at(s, 'Prime Minister'));
    expect(one(s, 'Kenyan').type).toBe('place');
    expect(one(s, 'Jens Berg').title?.text).toBe('Secretary-General');
    expect(one(s, 'NATO').type).toBe('organization');
  });

  it('takes a lowercase title with its modifiers ("acting interior minister")', () => {
    const s = 'On Sunday acting interior minister Farid Noori and the group\'s deputy leader Omar Haidari spoke.';
    expect(one(s, 'Farid Noori').title?.text).toBe('acting interior minister');
    expect(one(s, 'Omar Haidari').title?.text).toBe('deputy leader');
  });

  it('takes a title that opens the sentence ("Acting Interior Minister X")', () => {
    const s = 'Acting interior minister Farid Noori told reporters the road was open.';
    expect(found(s).map((f) => f[0])).toEqual(['Farid Noori']);
    expect(one(s, 'Farid Noori').title?.text).toBe('Acting interior minister');
  });

  it('takes a title in apposition, up to the closing comma', () => {
    const s = 'Omar Bashiri, the deputy spokesman of the Sahel Council, said the group would not comment.';
    const p = one(s, 'Omar Bashiri');
    expect(p.type).toBe('person');
    expect(p.title?.text).toBe('deputy spokesman of the Sahel Council');
    expect([p.title!.start - OFFSET, p.title!.end - OFFSET]).toEqual(at(s, 'deputy spokesman of the Sahel Council'));
  });

  it('leaves the place out of a title in apposition, as it does inside a run of capitals', () => {
    expect(one('Omar Bashiri, a former Kenyan foreign minister, is mediating.', 'Omar Bashiri').title?.text).toBe('foreign minister');
    expect(one('Former Kenyan foreign minister Omar Bashiri is mediating.', 'Omar Bashiri').title?.text).toBe('foreign minister');
  });

  it('takes a title before a comma ("The group\'s leader, X, said")', () => {
    expect(one("The group's leader, Ahmed Yusuf Rahimi, said the fighters had died.", 'Ahmed Yusuf Rahimi').title?.text).toBe('leader');
  });

  it('takes a capitalised title phrase before a comma ("The Kenyan Ambassador to Uganda, X, said")', () => {
    const s = 'The Kenyan Ambassador to Uganda, Ruth Wambui, said she could not confirm the reports.';
    expect(found(s).map((f) => f[0])).toEqual(['Kenyan', 'Uganda', 'Ruth Wambui']);
    expect(one(s, 'Ruth Wambui').title?.text).toBe('Ambassador to Uganda');
  });

  it('keeps only the place when a title closes the run ("the Kenyan President said")', () => {
    expect(found('The Kenyan President said the talks would resume.').map(([t, ty]) => [t, ty])).toEqual([['Kenyan', 'place']]);
  });

  it('does not give a title to a name that is not in apposition', () => {
    expect(one('Speaking to the minister, Ali Durrani said the road was open.', 'Ali Durrani').title).toBeUndefined();
    expect(one('An official of the Office of the President, Omar Said, declined to comment.', 'Omar Said').title).toBeUndefined();
  });

  it('handles abbreviated ranks and honorifics ("Gen.", "Dr.")', () => {
    const s = 'Gen. Asim Rana and Dr. Selin Aydin arrived in Ankara.';
    expect(one(s, 'Asim Rana').title?.text).toBe('Gen');
    expect(one(s, 'Selin Aydin').title?.text).toBe('Dr');
  });

  it('does not split an organisation that starts with a title word ("General Motors", "Justice Department")', () => {
    const s = 'Officials at General Motors and the Justice Department declined to comment.';
    expect(found(s).map((f) => f[0])).toEqual(['General Motors', 'Justice Department']);
  });

  it('drops a run that is only a title ("the Prime Minister") or a bare generic word ("the Ministry")', () => {
    expect(found('Later the Prime Minister told the Ministry to act.')).toEqual([]);
  });
});
