// Reading and validating one .briefcheckrc.yaml. Every mistake names the
// file, the line and the key, because config is where users start.
import { readFileSync, statSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { SeverityOrOff } from '../types.js';
import type { Rule } from '../rules/types.js';
import { ConfigError } from './errors.js';

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

export interface ConfigFile {
  path: string;
  root: boolean;
  rules: Record<string, RuleSetting>;
  aliases: Record<string, string[]>;
  ignore: string[];
  overrides: Array<{ files: string[]; rules: Record<string, RuleSetting> }>;
  maxFileSize?: number;
  /** How to read "11/7": month first (US) or day first. */
  numericDates?: 'month-first' | 'day-first';
}

const TOP_KEYS = ['root', 'rules', 'aliases', 'ignore', 'overrides', 'maxFileSize', 'numericDates'];
const SEVERITIES = ['off', 'info', 'warning', 'error'];

export function loadConfigFile(path: string, rules: ReadonlyMap<string, Rule>): ConfigFile {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new ConfigError(path, undefined, 'config path is a folder, not a file');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'symbolic link loop' : code ?? (error as Error).message;
    throw new ConfigError(path, undefined, `cannot read config: ${why}`);
  }
  if (text.includes('\u0000')) throw new ConfigError(path, undefined, 'config is a binary file, not YAML');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | Pair | null | undefined): number | undefined => {
    const range = node && 'range' in node ? node.range : node && 'key' in node && node.key && typeof node.key === 'object' && 'range' in node.key ? (node.key as Node).range : undefined;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const at = err.pos?.[0] ?? 0;
    // Unclosed brackets and quotes are reported where the file ends; the key
    // they belong to is where the user has to look.
    const atEnd = at >= text.trimEnd().length;
    const key = atEnd ? keyAt(doc.contents as Node | null, at) : undefined;
    const line = key ? lines.linePos(key.offset).line : Math.min(lines.linePos(at).line, lastContentLine(text));
    const token = atEnd ? undefined : /^[ \t]*([^\s:,[\]{}]{1,40})/.exec(text.slice(at, at + 60))?.[1];
    const where = key ? ` in "${key.path.join('.')}"` : token ? ` at "${token}"` : '';
    throw new ConfigError(path, line, `invalid YAML${where}: ${err.message.split('\n')[0]}`);
  }
  const config: ConfigFile = { path, root: false, rules: {}, aliases: {}, ignore: [], overrides: [] };
  const top = doc.contents;
  if (top === null || (isScalar(top) && top.value === null)) return config;
  if (!isMap(top)) throw new ConfigError(path, lineOf(top as Node), 'config must be a mapping of keys (rules, aliases, ignore, overrides, root, maxFileSize)');
  const fail = (node: Node | Pair | null | undefined, message: string): never => {
    throw new ConfigError(path, lineOf(node), message);
  };

  for (const pair of top.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (!TOP_KEYS.includes(key)) fail(pair.key as Node, `unknown key "${key}" (expected one of: ${TOP_KEYS.join(', ')})`);
    if (key === 'root') {
      if (!isScalar(value) || typeof value.value !== 'boolean') fail(value, '"root" must be true or false');
      config.root = (value as { value: boolean }).value;
    } else if (key === 'rules') {
      config.rules = readRules(value, 'rules', rules, fail);
    } else if (key === 'aliases') {
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (!isMap(value)) fail(value, '"aliases" must map a canonical name to a list of other names');
      for (const item of (value as { items: Pair[] }).items) {
        const name = isScalar(item.key) ? String(item.key.value) : fail(item.key as Node, 'alias names must be strings');
        const list = item.value as Node | null;
        if (isScalar(list) && typeof list.value === 'string') config.aliases[name] = [list.value];
        else if (isSeq(list) && list.items.every((x) => isScalar(x) && typeof x.value === 'string')) config.aliases[name] = list.items.map((x) => String((x as { value: string }).value));
        else fail(list ?? item, `aliases."${name}" must be a name or a list of names`);
      }
    } else if (key === 'ignore') {
      config.ignore = stringList(value, 'ignore', fail);
    } else if (key === 'maxFileSize') {
      config.maxFileSize = parseSize(value, fail);
    } else if (key === 'numericDates') {
      const v = isScalar(value) ? value.value : undefined;
      if (v !== 'month-first' && v !== 'day-first') fail(value, '"numericDates" must be month-first (11/7 = 7 November) or day-first (11/7 = 11 July)');
      config.numericDates = v as 'month-first' | 'day-first';
    } else if (key === 'overrides') {
      if (!isSeq(value)) fail(value, '"overrides" must be a list of { files, rules }');
      for (const item of (value as { items: Node[] }).items) {
        if (!isMap(item)) fail(item, 'each override must be a mapping with "files" and "rules"');
        const map = item as unknown as { items: Pair[] };
        const override = { files: [] as string[], rules: {} as Record<string, RuleSetting> };
        for (const p of map.items) {
          const k = isScalar(p.key) ? String(p.key.value) : '';
          if (k === 'files') override.files = stringList(p.value as Node, 'overrides.files', fail);
          else if (k === 'rules') override.rules = readRules(p.value as Node, 'overrides.rules', rules, fail);
          else fail(p.key as Node, `unknown key "overrides.${k}" (expected files, rules)`);
        }
        if (override.files.length === 0) fail(item, 'an override needs "files": a list of globs');
        config.overrides.push(override);
      }
    }
  }
  return config;
}

type Fail = (node: Node | Pair | null | undefined, message: string) => never;

/** The innermost mapping key whose entry holds `offset`: its dotted path and where the key starts. */
function keyAt(node: Node | null, offset: number): { path: string[]; offset: number } | undefined {
  if (!node || !(isMap(node) || isSeq(node))) return undefined;
  for (const item of node.items as Array<Pair | Node>) {
    if (isMap(node)) {
      const pair = item as Pair;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      const start = key?.range?.[0];
      const end = value?.range?.[2] ?? key?.range?.[2];
      if (start === undefined || end === undefined || offset < start || offset > end) continue;
      const name = isScalar(key) ? String(key.value) : String(key);
      const inner = keyAt(value, offset);
      return inner ? { path: [name, ...inner.path], offset: inner.offset } : { path: [name], offset: start };
    }
    const inner = keyAt(item as Node, offset);
    if (inner) return inner;
  }
  return undefined;
}

function lastContentLine(text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  let n = lines.length;
  while (n > 1 && lines[n - 1]!.trim() === '') n--;
  return n;
}

function stringList(node: Node | null, key: string, fail: Fail): string[] {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (isSeq(node) && node.items.every((x) => isScalar(x) && typeof x.value === 'string')) return node.items.map((x) => String((x as { value: string }).value));
  return fail(node, `"${key}" must be a list of glob patterns`);
}

function parseSize(node: Node | null, fail: Fail): number {
  const raw = isScalar(node) ? node.value : undefined;
  if (typeof raw === 'number' && raw > 0) return raw;
  const m = typeof raw === 'string' ? /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(raw.trim()) : null;
  if (!m) return fail(node, '"maxFileSize" must be a number of bytes or a size like "20MB"');
  const unit = (m[2] ?? 'b').toLowerCase();
  return Math.round(Number(m[1]) * ({ b: 1, kb: 1024, mb: 1048576, gb: 1073741824 } as Record<string, number>)[unit]!);
}

function readRules(node: Node | null, where: string, rules: ReadonlyMap<string, Rule>, fail: Fail): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (node === null || (isScalar(node) && node.value === null)) return out;
  if (!isMap(node)) return fail(node, `"${where}" must map rule ids to off | info | warning | error, or [level, {options}]`);
  for (const pair of (node as { items: Pair[] }).items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const rule = rules.get(id);
    if (!rule) fail(pair.key as Node, `unknown rule "${id}" in ${where} (known rules: ${[...rules.keys()].sort().join(', ')})`);
    out[id] = readSetting(pair.value as Node | null, `${where}.${id}`, rule!, fail);
  }
  return out;
}

function readSetting(node: Node | null, where: string, rule: Rule, fail: Fail): RuleSetting {
  const severityOf = (n: Node | null): SeverityOrOff => {
    const v = isScalar(n) ? n.value : undefined;
    if (typeof v === 'string' && SEVERITIES.includes(v)) return v as SeverityOrOff;
    return fail(n, `bad severity ${JSON.stringify(v ?? null)} for ${where} (expected off, info, warning or error)`);
  };
  if (isSeq(node)) {
    const [level, options] = node.items as Array<Node | null>;
    if (level === undefined) return fail(node, `${where} is an empty list: give a level (off, info, warning, error) and optionally {options}`);
    const severity = severityOf(level);
    if (node.items.length > 2) fail(node, `${where} takes [level] or [level, {options}]`);
    if (options === undefined || options === null) return { severity, options: {} };
    if (!isMap(options)) return fail(options, `options of ${where} must be a mapping`);
    const values: Record<string, unknown> = {};
    for (const pair of (options as { items: Pair[] }).items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const spec = rule.meta.options?.[name];
      if (!spec) fail(pair.key as Node, `unknown option "${name}" for ${where}${rule.meta.options ? ` (known: ${Object.keys(rule.meta.options).join(', ')})` : ' (it takes no options)'}`);
      const value = (pair.value as Node & { toJSON(): unknown })?.toJSON?.() ?? null;
      const ok = spec!.type === 'string[]' ? Array.isArray(value) && value.every((x) => typeof x === 'string') : typeof value === spec!.type;
      if (!ok) fail(pair.value as Node, `option ${where}.${name} must be a ${spec!.type}, got ${JSON.stringify(value)}`);
      values[name] = value;
    }
    return { severity, options: values };
  }
  return { severity: severityOf(node), options: {} };
}
