#!/usr/bin/env node
// The `briefcheck` command: arguments in, report out, exit code. Everything
// else happens in the library (src/pipeline.ts), so the CLI stays thin.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, claims } from '../pipeline.js';
import { rulesById } from '../../rules/index.js';
import { projectRoot } from '../project-root.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import { formatClaimsJson, formatClaimsText } from '../report/claims-json.js';
import { HELP, parseCli, UsageError, type CliOptions } from './args.js';

function fail(message: string): number {
  process.stderr.write(`briefcheck: ${message}\n`);
  return 2;
}

function emit(text: string, options: CliOptions): void {
  if (options.outputFile) writeFileSync(options.outputFile, text);
  else process.stdout.write(text);
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
    process.stdout.write(`${JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version}\n`);
    return 0;
  }
  for (const id of Object.keys(options.rules)) if (!rulesById.has(id)) return fail(`unknown rule "${id}" in --rule (known rules: ${[...rulesById.keys()].sort().join(', ')})`);
  const libOptions = {
    ...(options.config ? { config: options.config } : {}),
    ...(options.date ? { date: options.date } : {}),
    against: options.against,
    ignore: options.ignore,
    rules: options.rules,
  };

  if (options.command === 'claims') {
    const result = await claims(options.paths, libOptions);
    emit(options.format === 'json' ? formatClaimsJson(result) : formatClaimsText(result), options);
    for (const e of result.errors) process.stderr.write(`${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
    return result.errors.some((e) => e.kind !== 'internal') ? 2 : 0;
  }

  const result = await check(options.paths, libOptions);
  if (options.quiet) for (const f of result.files) f.messages = f.messages.filter((m) => m.severity === 'error');
  const color = options.color ?? (Boolean(process.stdout.isTTY) && !options.outputFile && !process.env.NO_COLOR);
  emit(options.format === 'json' ? formatJson(result) : formatStylish(result, { color }), options);
  if (options.format === 'json') for (const e of result.errors) process.stderr.write(`${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefcheck: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.argv.includes('--debug')) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
