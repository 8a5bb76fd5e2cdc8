// Sentence templates with slots. Templates are data (bench/templates/*.yaml);
// this module compiles them once into small trees and renders them fast.
//
// Syntax:  {name}        a slot, looked up in the render context
//          {a|b|c}       one of the alternatives, chosen at random
//          {a|}          optional text ("a" or nothing)
//          alternatives may themselves hold slots and choices: {said|told {outlet}}
//          {=a|b}        a choice fixed once per event by fixChoices (no nesting inside)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Random } from './prng.js';

export type TemplateNode = string | { slot: string } | { choice: TemplateNode[][] };
export type Template = TemplateNode[];

/** A slot value: fixed text, or a function called on every use (e.g. a fresh anonymous source). */
export type SlotValue = string | ((rng: Random) => string);
export type Context = Record<string, SlotValue>;

const compiled = new Map<string, Template>();

export function compile(source: string): Template {
  const hit = compiled.get(source);
  if (hit) return hit;
  const state = { i: 0 };
  const nodes = parseSequence(source, state, false);
  if (state.i < source.length) throw new Error(`unbalanced "}" in template: ${source}`);
  compiled.set(source, nodes[0]!);
  return nodes[0]!;
}

// Returns the alternatives of the sequence (one when there is no top-level "|").
function parseSequence(src: string, state: { i: number }, inBraces: boolean): TemplateNode[][] {
  const alternatives: TemplateNode[][] = [];
  let current: TemplateNode[] = [];
  let text = '';
  const flush = () => {
    if (text) current.push(text);
    text = '';
  };
  while (state.i < src.length) {
    const ch = src[state.i]!;
    if (ch === '{') {
      flush();
      state.i++;
      const inner = parseSequence(src, state, true);
      if (src[state.i] !== '}') throw new Error(`unclosed "{" in template: ${src}`);
      state.i++;
      const only = inner[0]!;
      if (inner.length === 1 && only.length === 1 && typeof only[0] === 'string' && /^[\w.]+$/.test(only[0])) {
        current.push({ slot: only[0] });
      } else {
        current.push({ choice: inner });
      }
    } else if (ch === '}' && inBraces) {
      break;
    } else if (ch === '|' && inBraces) {
      flush();
      alternatives.push(current);
      current = [];
      state.i++;
    } else {
      text += ch;
      state.i++;
    }
  }
  flush();
  alternatives.push(current);
  return alternatives;
}

const FIXED_CHOICE = /\{=([^{}]*)\}/g;

/** Make the `{=a|b}` choices of a template once, so every article of an event tells the same thing. */
export function fixChoices(source: string, rng: Random): string {
  return source.replace(FIXED_CHOICE, (_, alts: string) => rng.pick(alts.split('|')));
}

export function render(template: Template | string, ctx: Context, rng: Random): string {
  const nodes = typeof template === 'string' ? compile(template) : template;
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if ('slot' in node) {
      const value = ctx[node.slot];
      if (value === undefined) throw new Error(`template slot {${node.slot}} has no value`);
      out += typeof value === 'string' ? value : value(rng);
    } else out += render(rng.pick(node.choice), ctx, rng);
  }
  return out;
}

/** Render a template picked from a list. */
export function renderOne(templates: readonly string[], ctx: Context, rng: Random): string {
  return render(rng.pick(templates), ctx, rng);
}

// --- template data ---------------------------------------------------------

export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

const dataCache = new Map<string, any>();

/** bench/templates/<name>.yaml, parsed once. */
export function loadTemplates(name: string): any {
  let data = dataCache.get(name);
  if (data === undefined) {
    data = parseYaml(readFileSync(join(projectRoot(), 'bench', 'templates', `${name}.yaml`), 'utf8'));
    dataCache.set(name, data);
  }
  return data;
}
