// Build step: the CLI as a few ESM files under dist/cli/ (esbuild), run by
// package.json "bin". Start-up matters (editors and pre-commit hooks run
// briefcheck once per file) and Node spends more time resolving and compiling
// a hundred small modules than checking one article. `tsc` still type-checks
// and writes dist/src/ for the tests, the benchmark and library users.
//
// - Entry points: the CLI and the extraction worker (piscina loads it by path:
//   src/extract/batch.ts looks for `worker.js` next to its own module).
// - Code splitting: what only some runs need (the language server, the SARIF
//   and GitHub formatters, worker pools) stays in chunks loaded on demand.
// - Packages stay in node_modules (external): they are dependencies anyway,
//   and `yaml` is replaced by a stub that loads it on first use, because most
//   runs never parse YAML (lexicons are precompiled to dist/lexicons.json).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');

/**
 * `import { … } from 'yaml'` → a module that requires yaml the first time one
 * of its functions is called. A name src/ starts importing that is not listed
 * here fails the build (esbuild: no matching export), never a run.
 */
const lazyYaml = {
  name: 'lazy-yaml',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'lazy-yaml' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      loader: 'js',
      resolveDir: root,
      contents: LAZY_YAML,
    }));
  },
};

// Functions are wrapped; classes used with `new` (LineCounter) get a
// constructor that builds the real one. Only what src/ imports from yaml.
const LAZY_YAML = `
import { createRequire } from 'node:module';
let real;
const yaml = () => (real ??= createRequire(import.meta.url)('yaml'));
export const parse = (...a) => yaml().parse(...a);
export const parseDocument = (...a) => yaml().parseDocument(...a);
export const stringify = (...a) => yaml().stringify(...a);
export const isMap = (n) => yaml().isMap(n);
export const isSeq = (n) => yaml().isSeq(n);
export const isScalar = (n) => yaml().isScalar(n);
export const isPair = (n) => yaml().isPair(n);
export const isNode = (n) => yaml().isNode(n);
export function LineCounter() { return new (yaml().LineCounter)(); }
`;

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: join(root, 'src', 'cli', 'main.ts'), worker: join(root, 'src', 'extract', 'worker.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Pure-JS dependencies are bundled (resolving dozens of small modules costs
  // start-up time); these load at run time from node_modules.
  external: ['piscina', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument'],
  // Bundled CommonJS (picomatch) calls require() for Node built-ins.
  banner: { js: "import { createRequire as __bcRequire } from 'node:module';\nconst require = __bcRequire(import.meta.url);" },
  plugins: [lazyYaml],
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
console.log(`bundle: ${files.length} files in dist/cli/ (${(files.reduce((n, f) => n + result.metafile.outputs[f].bytes, 0) / 1024).toFixed(0)} KB)`);
