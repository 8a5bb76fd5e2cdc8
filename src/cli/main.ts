#!/usr/bin/env node
// The `briefcheck` command: arguments in, report out, exit code. Everything
// else happens in the library (src/pipeline.ts), so the CLI stays thin.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { decode } from '../load/read.js';
import { projectRoot } from '../project-root.js';
import type { CheckOptions, CheckResult } from '../pipeline.js';
import type { Rule } from '../rules/types.js';
import { HELP, parseCli, UsageError, type CliOptions } from './args.js';

// Extraction's cue lists are large alternation regexes. By default V8 first
// runs a regex in its bytecode interpreter and compiles it to machine code
// only once it is seen to be hot: for these that first pass costs more than
// compiling straight away (about 40 ms of a one-article run). Set before any
// of them runs; worker threads share the setting. The command only: the
// library leaves the host's engine flags alone.
setFlagsFromString('--no-regexp-tier-up');

function version(): string {
  return JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version as string;
}

// Formatters are loaded on demand: start-up time matters to editors and hooks.
async function format(result: CheckResult, options: CliOptions, rulesById: ReadonlyMap<string, Rule>): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('../report/json.js')).formatJson(result);
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(result, [...rulesById.values()], version());
    case 'github':
      return (await import('../report/github.js')).formatGithub(result);
    default: {
      const color = options.color ?? (Boolean(process.stdout.isTTY) && !options.outputFile && !process.env.NO_COLOR);
      return (await import('../report/stylish.js')).formatStylish(result, { color });
    }
  }
}

/** Standard input, decoded as a file would be (UTF-16 and UTF-8 BOMs, invalid UTF-8, binary). */
async function readStdin(): Promise<ReturnType<typeof decode>> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decode(Buffer.concat(chunks));
}

/** A one-line progress indicator on stderr, only for people at a terminal. */
function progress(options: CliOptions): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || options.format !== 'stylish' || options.outputFile) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (total < 200 || (now - last < 200 && done < total)) return;
    last = now;
    process.stderr.write(`\rbriefcheck: ${done}/${total} articles${done === total ? '\u001b[K\r' : ''}`);
    if (done === total) process.stderr.write('\r\u001b[K');
  };
}

function fail(message: string): number {
  process.stderr.write(`briefcheck: ${message}\n`);
  return 2;
}

/** Write the report; false (after saying why, in one line) when the output file cannot be written. */
function emit(text: string, options: CliOptions): boolean {
  if (!options.outputFile) {
    process.stdout.write(text);
    return true;
  }
  try {
    mkdirSync(dirname(resolve(options.outputFile)), { recursive: true });
    writeFileSync(options.outputFile, text);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    process.stderr.write(`briefcheck: cannot write the report to ${options.outputFile}: ${why}\n`);
    return false;
  }
}

export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\nRun "briefcheck --help" for usage.`);
    throw error;
  }
  if (options.command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (options.command === 'version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (options.command === 'lsp') {
    await (await import('../lsp/server.js')).startLanguageServer();
    return 0;
  }
  // Loaded here, not at the top: a broken lexicon or rule module then fails
  // as one line through the handler below, not as a raw stack trace.
  const { check, claims } = await import('../pipeline.js');
  const { rulesById } = await import('../../rules/index.js');
  for (const id of Object.keys(options.rules)) if (!rulesById.has(id)) return fail(`unknown rule "${id}" in --rule (known rules: ${[...rulesById.keys()].sort().join(', ')})`);
  const libOptions: CheckOptions = {
    ...(options.config ? { config: options.config } : {}),
    ...(options.date ? { date: options.date } : {}),
    against: options.against,
    ignore: options.ignore,
    rules: options.rules,
    ...(options.cache ? { cache: options.cacheLocation } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
  };
  if (options.stdin) {
    const read = await readStdin();
    if (!read.ok) return fail(`standard input: ${read.message}`);
    if (read.warning) process.stderr.write(`${options.paths[0]}: ${read.warning}\n`);
    libOptions.contents = { [options.paths[0]!]: read.text };
  }
  const onProgress = progress(options);

  if (options.command === 'claims') {
    const result = await claims(options.paths, libOptions);
    const { formatClaimsJson, formatClaimsText } = await import('../report/claims-json.js');
    if (!emit(options.format === 'json' ? formatClaimsJson(result) : formatClaimsText(result), options)) return 2;
    for (const e of result.errors) process.stderr.write(`${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
    return result.errors.some((e) => e.kind === 'config' || e.kind === 'usage' || e.kind === 'input') ? 2 : 0;
  }

  const result = await check(options.paths, { ...libOptions, ...(onProgress ? { onProgress } : {}) });
  if (options.reportUnusedDisable) {
    for (const u of result.unusedDisables) {
      const file = result.files.find((f) => f.path === u.path);
      file?.messages.push({ ruleId: 'unused-disable', severity: 'warning', message: `Unused briefcheck-disable directive (no problem${u.rules.length ? ` from ${u.rules.join(', ')}` : ''} was reported here).`, path: u.path, span: { start: 0, end: 0 }, line: u.line, column: 1, endLine: u.line, endColumn: 1, excerpt: '', related: [] });
      file?.messages.sort((a, b) => a.line - b.line || a.column - b.column);
    }
  }
  if (options.quiet) for (const f of result.files) f.messages = f.messages.filter((m) => m.severity === 'error');
  if (!emit(await format(result, options, rulesById), options)) return 2;
  if (options.format !== 'stylish') for (const e of result.errors) process.stderr.write(`${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
  if (options.debug) for (const e of result.errors) if (e.stack) process.stderr.write(`${e.stack}\n`);
  const messages = result.files.flatMap((f) => f.messages);
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  if (result.errors.some((e) => e.kind === 'config' || e.kind === 'usage' || e.kind === 'input')) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`briefcheck found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

// A reader that stops early (`briefcheck . | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefcheck: internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}${process.argv.includes('--debug') ? '' : ' (run with --debug for details)'}\n`);
    if (process.argv.includes('--debug')) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
