// Which files to check: files, folders (recursive) and globs, minus ignores.
// tinyglobby does the globbing (small, fast, maintained; the same engine many
// build tools use) so patterns behave as users know them from other tools.
import { lstatSync, readdir, realpath, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'mdown', 'mkd', 'text'];
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

export interface Discovered {
  /** Absolute, real paths, sorted, without duplicates. */
  files: string[];
  /** Paths that matched nothing / do not exist. */
  missing: Array<{ path: string; message: string }>;
  /**
   * What the folder walk could not enter or follow: unreadable folders
   * (articles may be missing: an error) and article-named links that lead
   * nowhere (a notice). Paths are absolute.
   */
  skipped: Array<{ path: string; message: string; error: boolean }>;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Path as shown to users: relative to cwd when inside it, always with `/`. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return toPosix(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute);
}

const ARTICLE_NAME = new RegExp(`\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`, 'i');

function codeReason(error: NodeJS.ErrnoException): string {
  return error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : error.code === 'ELOOP' ? 'symbolic link loop' : error.code ?? error.message;
}

/** Why a named path cannot be checked, in the user's terms. */
function missingReason(absolute: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ELOOP' || code === 'EACCES' || code === 'EPERM') return codeReason(error as NodeJS.ErrnoException);
  if (code === 'ENOTDIR') return 'no such file or folder (a part of the path is a file)';
  try {
    if (lstatSync(absolute).isSymbolicLink()) return 'symbolic link to a file that does not exist';
  } catch {
    // Not there at all.
  }
  return 'no such file or folder';
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
  const skipped = new Map<string, Discovered['skipped'][number]>();
  // The walker skips what it cannot read without a word; these wrappers hear
  // about it, so a locked folder does not silently drop its articles.
  const fs = {
    readdir: ((path: string, options: object, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) =>
      readdir(path, options as never, (error, entries) => {
        if (error && error.code !== 'ENOENT') {
          let key = String(path);
          try {
            key = realpathSync(key);
          } catch {
            // Keep the path as found.
          }
          const known = skipped.get(key);
          if (!known || String(path).length < known.path.length) skipped.set(key, { path: String(path).replace(/\/+$/, ''), message: `cannot read folder: ${codeReason(error)}`, error: true });
        }
        callback(error, entries);
      })) as unknown as typeof readdir,
    realpath: ((path: string, callback: (error: NodeJS.ErrnoException | null, resolved: string) => void) =>
      realpath(path, (error, resolved) => {
        if (error && ARTICLE_NAME.test(String(path))) {
          // The same link seen through a looping folder link is still one link.
          let key = String(path);
          try {
            key = join(realpathSync(dirname(key)), basename(key));
          } catch {
            // Keep the path as found.
          }
          const known = skipped.get(key);
          if (!known || String(path).length < known.path.length) {
            skipped.set(key, { path: String(path), message: error.code === 'ELOOP' ? 'symbolic link loop: skipped' : 'symbolic link to a file that does not exist: skipped', error: false });
          }
        }
        callback(error, resolved);
      })) as unknown as typeof realpath,
  };

  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let kind: 'file' | 'dir' | 'glob' | 'none' = 'none';
    let why = 'no such file or folder';
    try {
      const st = statSync(absolute);
      kind = st.isDirectory() ? 'dir' : 'file';
    } catch (error) {
      kind = virtual.has(absolute) ? 'file' : isDynamicPattern(input) ? 'glob' : 'none';
      why = missingReason(absolute, error);
    }
    let matches: string[] = [];
    if (kind === 'file') {
      // An explicitly named file is checked whatever its extension, unless ignored.
      matches = [absolute];
    } else if (kind === 'dir') {
      matches = await glob(extGlob, { cwd: absolute, absolute: true, ignore: ignoreMatchers, followSymbolicLinks: true, dot: false, fs });
    } else if (kind === 'glob') {
      matches = await glob(toPosix(input), { cwd, absolute: true, ignore: ignoreMatchers, followSymbolicLinks: true, fs });
    }
    if (kind === 'none') {
      missing.push({ path: input, message: why });
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
  const reported = [...skipped.values()].filter((s) => !isIgnored(toPosix(relative(cwd, s.path)))).sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files: [...found].sort(), missing, skipped: reported };
}
