// Which files to check: files, folders (recursive) and globs, minus ignores.
// tinyglobby does the globbing (small, fast, maintained; the same engine many
// build tools use) so patterns behave as users know them from other tools.
import { lstatSync, readdir, readdirSync, realpath, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

// The glob engine is loaded when a pattern or an unusual folder needs it: a
// run over plain folders and files never does (start-up time).
const globber = () => import('tinyglobby');

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

/**
 * relative(cwd, absolute), without its general case for the common one (a
 * clean absolute path below a clean cwd): it is asked for every file of an archive.
 */
function relativeTo(cwd: string, absolute: string): string {
  if (absolute.length > cwd.length + 1 && absolute.startsWith(cwd) && absolute[cwd.length] === sep && isAbsolute(cwd) && !cwd.endsWith(sep) && !DOT_SEGMENT.test(absolute) && !DOT_SEGMENT.test(cwd)) return absolute.slice(cwd.length + 1);
  return relative(cwd, absolute);
}
const DOT_SEGMENT = sep === '/' ? /\/\.\.?(?:\/|$)|\/\// : /[\\/]\.\.?(?:[\\/]|$)|[\\/][\\/]/;

/** Path as shown to users: relative to cwd when inside it, always with `/`. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relativeTo(cwd, absolute);
  return toPosix(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute);
}

const ARTICLE_NAME = new RegExp(`\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`, 'i');
/** What the folder glob matches: extensions as written (globs are case-sensitive), no dot files. */
const GLOB_ARTICLE_NAME = new RegExp(`^[^.].*\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`);

/**
 * The articles under a plain folder tree, found without the glob engine:
 * real folders and regular files only, nothing ignored but node_modules.
 * Returns undefined at the first thing only the full walk handles (a
 * symbolic link, a folder it cannot read, a pipe or device), so the result
 * is always what the glob would give. An archive of thousands of articles is
 * listed in a few milliseconds instead of tens, and as no link lies below
 * the folder, a file's real path is the folder's real path and its name.
 */
function walkPlainFolder(root: string): Array<{ path: string; real: string }> | undefined {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return undefined;
  }
  const out: Array<{ path: string; real: string }> = [];
  const folders = [''];
  while (folders.length > 0) {
    const sub = folders.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(realRoot, sub), { withFileTypes: true });
    } catch {
      return undefined;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') folders.push(join(sub, entry.name));
      } else if (entry.isFile()) {
        if (GLOB_ARTICLE_NAME.test(entry.name)) out.push({ path: join(root, sub, entry.name), real: join(realRoot, sub, entry.name) });
      } else return undefined;
    }
  }
  return out;
}

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
      kind = virtual.has(absolute) ? 'file' : (await globber()).isDynamicPattern(input) ? 'glob' : 'none';
      why = missingReason(absolute, error);
    }
    let matches: string[] = [];
    // Real paths the plain folder walk already knows: no realpath per file below.
    let realOf: Map<string, string> | undefined;
    if (kind === 'file') {
      // An explicitly named file is checked whatever its extension, unless ignored.
      matches = [absolute];
    } else if (kind === 'dir') {
      const plain = ignore.length === 0 ? walkPlainFolder(absolute) : undefined;
      if (plain) {
        realOf = new Map(plain.map((p) => [p.path, p.real]));
        matches = [...realOf.keys()];
      } else matches = await (await globber()).glob(extGlob, { cwd: absolute, absolute: true, ignore: ignoreMatchers, followSymbolicLinks: true, dot: false, fs });
    } else if (kind === 'glob') {
      matches = await (await globber()).glob(toPosix(input), { cwd, absolute: true, ignore: ignoreMatchers, followSymbolicLinks: true, fs });
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
      const rel = toPosix(relativeTo(cwd, file));
      if (kind !== 'file' && isIgnored(rel)) continue;
      let path = realOf?.get(file);
      if (path !== undefined) {
        found.add(path);
        continue;
      }
      path = file;
      try {
        path = realpathSync(file);
      } catch {
        // A dangling link: keep the path so reading it reports the problem.
      }
      found.add(path);
    }
  }
  const reported = [...skipped.values()].filter((s) => !isIgnored(toPosix(relative(cwd, s.path)))).sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files: [...found].sort(), missing, skipped: reported };
}
