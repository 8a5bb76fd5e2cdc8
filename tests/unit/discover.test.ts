// Folder discovery: the plain-folder walk (no ignore patterns, no links) must
// list exactly what the glob engine lists, and step aside when it cannot.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover, displayPath } from '../../src/load/discover.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tree(files: string[]): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'briefcheck-discover-')));
  made.push(dir);
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'Officials said the ferry left at noon.\n');
  }
  return dir;
}

const FILES = [
  'archive/2024/03/port-strike.txt',
  'archive/2024/03/port-strike-update.md',
  'archive/2024/04/budget vote (final).markdown',
  'archive/2024/04/notes.mdown',
  'archive/2024/04/wire.mkd',
  'archive/2024/04/raw.text',
  'archive/SHOUTING.TXT',
  'archive/photo.jpg',
  'archive/.draft.txt',
  'archive/.hidden/secret.txt',
  'archive/node_modules/pkg/readme.md',
  'archive/deep/node_modules/x/a.txt',
  'archive/noextension',
  'archive/ünïcode-headline.txt',
];

// A pattern that matches nothing still sends discovery through the glob engine.
const viaGlob = (dir: string, input: string) => discover([input], dir, ['**/no-such-name-anywhere']);
const viaWalk = (dir: string, input: string) => discover([input], dir);

describe('discovering a folder of articles', () => {
  it('lists what the glob engine lists, real paths, sorted', async () => {
    const dir = tree(FILES);
    const walked = await viaWalk(dir, 'archive');
    expect(walked).toEqual(await viaGlob(dir, 'archive'));
    expect(walked.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'archive/2024/03/port-strike-update.md',
      'archive/2024/03/port-strike.txt',
      'archive/2024/04/budget vote (final).markdown',
      'archive/2024/04/notes.mdown',
      'archive/2024/04/raw.text',
      'archive/2024/04/wire.mkd',
      'archive/ünïcode-headline.txt',
    ]);
    expect(walked.missing).toEqual([]);
    expect(walked.skipped).toEqual([]);
  });

  it('gives the same files when the folder is named through a link or the tree holds links', async () => {
    const dir = tree(FILES);
    symlinkSync(join(dir, 'archive'), join(dir, 'linked'));
    symlinkSync(join(dir, 'archive', '2024', '03', 'port-strike.txt'), join(dir, 'archive', 'alias.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'archive', 'dangling.txt'));
    const direct = await viaWalk(dir, 'archive');
    expect(direct).toEqual(await viaGlob(dir, 'archive'));
    expect(await viaWalk(dir, 'linked')).toEqual(await viaGlob(dir, 'linked'));
    // The link to an article is the same article: listed once, by its real path.
    expect(direct.files.filter((f) => f.endsWith('port-strike.txt'))).toHaveLength(1);
    expect(direct.skipped.map((s) => [s.path.slice(dir.length + 1), s.error])).toEqual([['archive/dangling.txt', false]]);
  });
});

describe('paths as shown', () => {
  it('are relative to cwd when inside it, as path.relative gives them, else absolute', () => {
    const cases: Array<[string, string, string]> = [
      ['/news/archive/a.txt', '/news', 'archive/a.txt'],
      ['/news/archive/a.txt', '/news/', 'archive/a.txt'],
      ['/news/archive/../desk/b.md', '/news', 'desk/b.md'],
      ['/news/./desk//b.md', '/news', 'desk/b.md'],
      ['/newsroom/a.txt', '/news', '/newsroom/a.txt'],
      ['/news', '/news', '/news'],
      ['/elsewhere/c.txt', '/news', '/elsewhere/c.txt'],
    ];
    for (const [absolute, cwd, shown] of cases) {
      expect(displayPath(absolute, cwd), `${absolute} from ${cwd}`).toBe(shown);
      const rel = relative(cwd, absolute);
      if (rel && !rel.startsWith('..')) expect(shown).toBe(rel);
    }
  });
});
