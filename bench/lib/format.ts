// The file formats a corpus mixes, as real collections do: wire copy with a
// dateline, plain text whose first line is " date YYYY-MM-DD", Markdown with
// YAML front matter, analyst briefs with sections and bullets, press releases.
import { iso, MONTHS, MONTHS_SHORT, parts } from './dates.js';
import type { Body } from './article.js';
import type { Random } from './prng.js';

export type Genre = 'dated' | 'wire' | 'md' | 'brief' | 'release';

export const GENRES: ReadonlyArray<readonly [Genre, number]> = [['dated', 35], ['wire', 25], ['md', 25], ['brief', 8], ['release', 7]];

export interface Masthead {
  pubDay: number;
  outlet: string;
  capital: string;
  authors: [string, string];
  /** Who issues a press release, and its boilerplate paragraph. */
  issuer: string;
  about: string;
  slug: string;
}

const joinParagraph = (sentences: string[]) => sentences.join(' ');
const yamlString = (s: string) => JSON.stringify(s);

export function formatArticle(genre: Genre, body: Body, m: Masthead, rng: Random): { text: string; ext: 'txt' | 'md' } {
  const paras = body.paragraphs.map(joinParagraph);
  const date = iso(m.pubDay);
  const p = parts(m.pubDay);
  let text: string;
  let ext: 'txt' | 'md' = 'txt';
  switch (genre) {
    case 'dated': {
      // Like the sample corpus: a dateline token, then paragraphs apart by runs of blank lines.
      const gap = '\n'.repeat(rng.int(2, 6));
      const head = ` date ${date}${rng.chance(0.5) ? ' ' : ''}\n${'\n'.repeat(rng.int(1, 3))}`;
      text = head + (rng.chance(0.3) ? body.headline + gap : '') + paras.join(gap) + '\n'.repeat(rng.int(1, 4));
      break;
    }
    case 'wire': {
      const withYear = rng.chance(0.6);
      const when = `${rng.chance(0.5) ? MONTHS_SHORT[p.m] : MONTHS[p.m]} ${p.d}${withYear ? `, ${p.y}` : ''}`;
      const dash = rng.pick([' - ', ' -- ', ' — ']);
      const lead = `${m.capital.toUpperCase()}, ${when} (${m.outlet})${dash}${paras[0]}`;
      const byline = rng.chance(0.5) ? `By ${m.authors[0]}\n\n` : '';
      const credit = rng.chance(0.6) ? `\n\n(Reporting by ${m.authors[0]}; Editing by ${m.authors[1]})` : '';
      text = `${body.headline}\n\n${byline}${[lead, ...paras.slice(1)].join('\n\n')}${credit}\n`;
      break;
    }
    case 'md': {
      ext = 'md';
      const fm = [`title: ${yamlString(body.headline)}`, `date: ${date}`, `source: ${yamlString(m.outlet)}`];
      if (rng.chance(0.5)) fm.push(`url: https://news.example.org/${p.y}/${String(p.m + 1).padStart(2, '0')}/${m.slug}`);
      if (rng.chance(0.4)) fm.push(`author: ${yamlString(m.authors[0])}`);
      const out: string[] = [];
      if (rng.chance(0.5)) out.push(`# ${body.headline}`);
      let backgroundHeading = rng.chance(0.4);
      body.paragraphs.forEach((_, i) => {
        if (backgroundHeading && i > 2 && body.kinds[i]![0] === 'background') {
          out.push('## Background');
          backgroundHeading = false;
        }
        out.push(paras[i]!);
      });
      text = `---\n${fm.join('\n')}\n---\n\n${out.join('\n\n')}\n`;
      break;
    }
    case 'brief': {
      ext = 'md';
      const summary: string[] = [];
      const details: string[] = [];
      const assessment: string[] = [];
      body.paragraphs.forEach((sentences, i) => {
        const kind = body.kinds[i]![0];
        if (kind === 'analysis') assessment.push(paras[i]!);
        else if ((kind === 'lead' || kind === 'fact') && summary.length < 4) summary.push(...sentences.map((s) => `- ${s}`));
        else details.push(paras[i]!);
      });
      const fm = [`title: ${yamlString('Brief: ' + body.headline)}`, `date: ${date}`, `source: ${yamlString(m.outlet)}`];
      const sections = [`## Summary\n\n${summary.join('\n')}`, `## Details\n\n${details.join('\n\n')}`];
      if (assessment.length) sections.push(`## Assessment\n\n${assessment.join('\n\n')}`);
      text = `---\n${fm.join('\n')}\n---\n\n${sections.join('\n\n')}\n`;
      break;
    }
    case 'release': {
      const lead = `${m.capital.toUpperCase()}, ${MONTHS[p.m]} ${p.d}, ${p.y} — ${paras[0]}`;
      const contact = `Media contact: ${m.authors[0]}, press@${m.slug.split('-')[0]}.example.org`;
      text = ` date ${date}\n\nFOR IMMEDIATE RELEASE\n\n${body.headline}\n\n${[lead, ...paras.slice(1)].join('\n\n')}\n\nAbout ${m.issuer}\n\n${m.about}\n\n${contact}\n`;
      break;
    }
  }
  // A few files as editors really save them: Windows line endings, a BOM.
  if (rng.chance(0.03)) text = text.replace(/\n/g, '\r\n');
  if (rng.chance(0.01)) text = '\uFEFF' + text;
  return { text, ext };
}
