// Which configuration applies to a file: every .briefcheckrc.yaml from the
// file's folder up to the first `root: true` (or the file system root), the
// nearer one winning, then `overrides` whose globs match the file.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { SeverityOrOff } from '../types.js';
import type { Rule } from '../rules/types.js';
import { loadConfigFile, type ConfigFile, type RuleSetting } from './load.js';

export const CONFIG_NAMES = ['.briefcheckrc.yaml', '.briefcheckrc.yml'];

export interface EffectiveConfig {
  rules: Map<string, RuleSetting>;
  /** Ignore matchers, each relative to the folder of the config that declared it. */
  isIgnored(absPath: string): boolean;
  maxFileSize?: number;
  numericDates?: 'month-first' | 'day-first';
}

interface CompiledGlobs {
  overrides: Array<{ match: (path: string) => boolean; rules: ConfigFile['overrides'][number]['rules'] }>;
  ignore?: (path: string) => boolean;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

export class ConfigResolver {
  private readonly files = new Map<string, ConfigFile | null>();
  private readonly chains = new Map<string, ConfigFile[]>();
  private readonly folderConfigs = new Map<string, EffectiveConfig>();
  private readonly globs = new Map<ConfigFile, CompiledGlobs>();

  constructor(
    private readonly rules: ReadonlyMap<string, Rule>,
    private readonly explicit?: string,
    private readonly cliRules: Record<string, RuleSetting> = {},
  ) {}

  private file(path: string): ConfigFile {
    let f = this.files.get(path);
    if (!f) {
      f = loadConfigFile(path, this.rules);
      this.files.set(path, f);
    }
    return f;
  }

  /** Config files that apply to files in `dir`, outermost first. */
  chain(dir: string): ConfigFile[] {
    if (this.explicit) return [this.file(resolve(this.explicit))];
    const cached = this.chains.get(dir);
    if (cached) return cached;
    let result: ConfigFile[] = [];
    const here = CONFIG_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
    const config = here ? this.file(here) : undefined;
    const parent = dirname(dir);
    if (config?.root || parent === dir) result = config ? [config] : [];
    else result = [...this.chain(parent), ...(config ? [config] : [])];
    this.chains.set(dir, result);
    return result;
  }

  forFile(absPath: string): EffectiveConfig {
    const dir = dirname(absPath);
    const chain = this.chain(dir);
    // Without overrides every file of a folder gets the same config: built
    // once per folder (an archive of thousands of files sits in a few folders).
    const perFolder = chain.every((c) => c.overrides.length === 0);
    if (perFolder) {
      const cached = this.folderConfigs.get(dir);
      if (cached) return cached;
    }
    const rules = new Map<string, RuleSetting>();
    for (const [id, rule] of this.rules) rules.set(id, { severity: rule.meta.defaultSeverity as SeverityOrOff, options: {} });
    const matchers: Array<(p: string) => boolean> = [];
    let maxFileSize: number | undefined;
    let numericDates: EffectiveConfig['numericDates'];
    for (const config of chain) {
      const base = dirname(config.path);
      const compiled = this.compiled(config);
      for (const [id, setting] of Object.entries(config.rules)) rules.set(id, setting);
      if (compiled.overrides.length > 0) {
        const rel = toPosix(relative(base, absPath));
        for (const override of compiled.overrides) if (override.match(rel)) for (const [id, s] of Object.entries(override.rules)) rules.set(id, s);
      }
      const ignore = compiled.ignore;
      if (ignore) {
        matchers.push((p) => {
          const r = toPosix(relative(base, p));
          return !r.startsWith('..') && ignore(r);
        });
      }
      if (config.maxFileSize) maxFileSize = config.maxFileSize;
      if (config.numericDates) numericDates = config.numericDates;
    }
    for (const [id, s] of Object.entries(this.cliRules)) rules.set(id, s);
    const effective: EffectiveConfig = { rules, isIgnored: (p) => matchers.some((m) => m(p)), ...(maxFileSize ? { maxFileSize } : {}), ...(numericDates ? { numericDates } : {}) };
    if (perFolder) this.folderConfigs.set(dir, effective);
    return effective;
  }

  /** A config file's globs, compiled once. */
  private compiled(config: ConfigFile): CompiledGlobs {
    let globs = this.globs.get(config);
    if (!globs) {
      globs = {
        overrides: config.overrides.map((o) => ({ match: picomatch(o.files, { dot: true }), rules: o.rules })),
        ...(config.ignore.length > 0 ? { ignore: picomatch(config.ignore, { dot: true }) } : {}),
      };
      this.globs.set(config, globs);
    }
    return globs;
  }

  /** Entity aliases from every config file read so far. */
  aliases(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const f of this.files.values()) if (f) for (const [k, v] of Object.entries(f.aliases)) out[k] = [...(out[k] ?? []), ...v];
    return out;
  }
}
