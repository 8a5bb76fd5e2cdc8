// Command-line arguments → options. Mistakes here are usage errors (exit 2).
import { parseArgs } from 'node:util';
import type { RuleSetting } from '../config/load.js';

export class UsageError extends Error {}

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  command: 'check' | 'claims' | 'lsp' | 'help' | 'version';
  paths: string[];
  format: Format | 'text';
  config?: string;
  date?: string;
  against: string[];
  ignore: string[];
  rules: Record<string, RuleSetting>;
  maxWarnings?: number;
  quiet: boolean;
  outputFile?: string;
  color?: boolean;
  debug: boolean;
  cache: boolean;
  cacheLocation: string;
  reportUnusedDisable: boolean;
  stdin: boolean;
  stdinFilename?: string;
  jobs?: number;
}

export const HELP = `Usage: briefcheck [check] <paths...> [options]
       briefcheck claims <paths...> [--format text|json]
       briefcheck lsp [--stdio]

Lint news articles (.txt with a " date YYYY-MM-DD" dateline, .md with front
matter) for claims the sources do not agree on.

Options:
  -f, --format <name>       stylish (default), json, sarif or github; for "claims": text (default) or json
  -c, --config <file>       use this config instead of looking for .briefcheckrc.yaml
      --date <YYYY-MM-DD>   publication date for articles that carry none
      --against <path>      reference articles (repeatable, globs allowed): used for
                            cross-source checks, never reported
      --ignore-pattern <g>  ignore files matching this glob (repeatable)
      --rule <id:level>     set a rule's level: off, info, warning, error (repeatable)
      --max-warnings <n>    exit 1 when there are more than n warnings
      --quiet               report errors only
  -o, --output-file <file>  write the report to a file
      --color / --no-color  force colours on or off (default: on for a TTY)
      --cache               reuse the claims of unchanged files from the last run
      --cache-location <f>  where the cache lives (default: .briefcheckcache)
      --report-unused-disable  report suppression comments that hide nothing
      --stdin               read one article from standard input
      --stdin-filename <p>  the path the standard input stands for (for config and output)
  -j, --jobs <n>            threads for extraction, this one included (default: automatic)
      --debug               show stack traces of internal errors
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors, 1 error-level findings (or too many warnings), 2 usage,
configuration or input errors.`;

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        date: { type: 'string' },
        against: { type: 'string', multiple: true },
        'ignore-pattern': { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'output-file': { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'report-unused-disable': { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        stdio: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  let command: CliOptions['command'] = 'check';
  let paths = positionals;
  if (paths[0] === 'claims' || paths[0] === 'check' || paths[0] === 'lsp') {
    command = paths[0];
    paths = paths.slice(1);
  }
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  // One value per flag: repeat it (`--against a/ --against b/`) or use a glob.
  const against = [...(values.against ?? [])];
  const format = values.format ?? (command === 'claims' ? 'text' : 'stylish');
  const allowed = command === 'claims' ? ['text', 'json'] : FORMATS;
  if (!(allowed as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (expected ${allowed.join(', ')})`);
  if (values.stdin) {
    if (paths.length > 0) throw new UsageError('--stdin reads one article from standard input; give no paths with it');
    paths = [values['stdin-filename'] ?? 'stdin.txt'];
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number of at least 1, got "${values.jobs}"`);
  }
  if ((command === 'check' || command === 'claims') && paths.length === 0) throw new UsageError('no paths given: name the articles or folders to check (see --help)');
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, got "${values['max-warnings']}"`);
  }
  const rules: Record<string, RuleSetting> = {};
  for (const r of values.rule ?? []) {
    const m = /^([a-z0-9-]+)\s*[:=]\s*(off|info|warning|error)$/.exec(r);
    if (!m) throw new UsageError(`--rule takes id:level (off, info, warning, error), got "${r}"`);
    rules[m[1]!] = { severity: m[2] as RuleSetting['severity'], options: {} };
  }
  return {
    command,
    paths,
    format: format as CliOptions['format'],
    ...(values.config ? { config: values.config } : {}),
    ...(values.date ? { date: values.date } : {}),
    against,
    ignore: values['ignore-pattern'] ?? [],
    rules,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    quiet: values.quiet ?? false,
    ...(values['output-file'] ? { outputFile: values['output-file'] } : {}),
    ...(values['no-color'] ? { color: false } : values.color ? { color: true } : {}),
    debug: values.debug ?? false,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'] ?? '.briefcheckcache',
    reportUnusedDisable: values['report-unused-disable'] ?? false,
    stdin: values.stdin ?? false,
    ...(values['stdin-filename'] ? { stdinFilename: values['stdin-filename'] } : {}),
    ...(jobs ? { jobs } : {}),
  };
}
