// Which files to check: files, folders (recursive) and globs, minus ignores.
// tinyglobby does the globbing (small, fast, maintained; the same engine many
// build tools use) so patterns behave as users know them from other tools.
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'mdown', 'mkd', 'text'];
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

export interface Discovered {
  /** Absolute, real paths, sorted, without duplicates. */
  files: string[];
  /** Paths that matched nothing / do not exist. */
  missing: Array<{ path: string; message: string }>;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Path as shown to users: relative to cwd when inside it, always with `/`. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return toPosix(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute);
}

/**
 * @param virtual absolute paths that exist only in memory (an editor buffer,
 *   standard input): named on their own, they count as files.
 */
export async function discover(inputs: string[], cwd: string, ignore: string[] = [], virtual: ReadonlySet<string> = new Set()): Promise<Discovered> {
  const ignoreMatchers = [...DEFAULT_IGNORES, ...ignore];
  const isIgnored = picomatch(ignoreMatchers, { dot: true });
  const found = new Set<string>();
  const missing: Discovered['missing'] = [];
  const extGlob = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;

  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let kind: 'file' | 'dir' | 'glob' | 'none' = 'none';
    try {
      const st = statSync(absolute);
      kind = st.isDirectory() ? 'dir' : 'file';
    } catch {
      kind = virtual.has(absolute) ? 'file' : isDynamicPattern(input) ? 'glob' : 'none';
    }
    let matches: string[] = [];
    if (kind === 'file') {
      // An explicitly named file is checked whatever its extension, unless ignored.
      matches = [absolute];
    } else if (kind === 'dir') {
      matches = await glob(extGlob, { cwd: absolute, absolute: true, ignore: ignoreMatchers, followSymbolicLinks: true, dot: false });
    } else if (kind === 'glob') {
      matches = await glob(toPosix(input), { cwd, absolute: true, ignore: ignoreMatchers, followSymbolicLinks: true });
    }
    if (kind === 'none') {
      missing.push({ path: input, message: 'no such file or folder' });
      continue;
    }
    if (kind === 'glob' && matches.length === 0) {
      missing.push({ path: input, message: 'the pattern matched no files' });
      continue;
    }
    for (const file of matches) {
      const rel = toPosix(relative(cwd, file));
      if (kind !== 'file' && isIgnored(rel)) continue;
      let real = file;
      try {
        real = realpathSync(file);
      } catch {
        // A dangling link: keep the path so reading it reports the problem.
      }
      found.add(real);
    }
  }
  return { files: [...found].sort(), missing };
}
