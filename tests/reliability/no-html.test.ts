/**
 * Nothing from a file is ever inserted as HTML: the source is scanned for the DOM's HTML sinks
 * (innerHTML, outerHTML, insertAdjacentHTML, document.write, srcdoc, createContextualFragment,
 * DOMParser) and for code from strings (eval, new Function, string timers). A sink is allowed only
 * when fed a constant: a quoted literal or a template without `${...}`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [p] : [];
  });
}

/** Comments removed (line and block), so prose like "never innerHTML" does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** A constant string expression: '...', "..." or `...` with no interpolation, and nothing after it. */
const CONSTANT = /^\s*(?:'[^'\\\n]*'|"[^"\\\n]*"|`[^`$\\]*`)\s*[;,)]?\s*$/;

const SINKS: { name: string; re: RegExp }[] = [
  { name: 'innerHTML/outerHTML assignment', re: /\.(?:innerHTML|outerHTML)\s*\+?=(?!=)\s*([^\n]*)/g },
  { name: 'insertAdjacentHTML', re: /\.insertAdjacentHTML\s*\(\s*[^,]+,\s*([^\n]*)/g },
  { name: 'document.write', re: /document\.write(?:ln)?\s*\(\s*([^\n]*)/g },
  { name: 'srcdoc', re: /\.srcdoc\s*=(?!=)\s*([^\n]*)|setAttribute\(\s*['"]srcdoc['"]\s*,\s*([^\n]*)/g },
  { name: 'createContextualFragment', re: /createContextualFragment\s*\(\s*([^\n]*)/g },
  { name: 'DOMParser', re: /\.parseFromString\s*\(\s*([^\n]*)/g },
];
const NEVER: { name: string; re: RegExp }[] = [
  { name: 'eval', re: /(?<![\w.])eval\s*\(/g },
  { name: 'new Function', re: /new\s+Function\s*\(/g },
  { name: 'string timer', re: /set(?:Timeout|Interval)\s*\(\s*['"`]/g },
];

/** Every sink use in a text that is not fed a constant, as `file:line: what`. */
export function htmlSinks(text: string, file = 'x.ts'): string[] {
  const src = code(text);
  const out: string[] = [];
  const line = (i: number): number => src.slice(0, i).split('\n').length;
  for (const { name, re } of SINKS) {
    for (const m of src.matchAll(re)) {
      const arg = (m[1] ?? m[2] ?? '').replace(/\)\s*;?\s*$/, ')');
      const value = name === 'innerHTML/outerHTML assignment' ? arg : arg.replace(/\)\s*;?\s*$/, '');
      if (!CONSTANT.test(value)) out.push(`${file}:${line(m.index ?? 0)}: ${name} fed ${value.trim().slice(0, 60) || 'a value on the next line'}`);
    }
  }
  for (const { name, re } of NEVER) for (const m of src.matchAll(re)) out.push(`${file}:${line(m.index ?? 0)}: ${name}`);
  return out;
}

describe('no HTML from data', () => {
  it('the scanner flags what it should and passes constants (self-check)', () => {
    expect(htmlSinks("el.innerHTML = '';")).toEqual([]);
    expect(htmlSinks('el.innerHTML = `<b>hi</b>`;')).toEqual([]);
    expect(htmlSinks('// el.innerHTML = save.label')).toEqual([]);
    expect(htmlSinks('el.innerHTML = save.label;')).toHaveLength(1);
    expect(htmlSinks('el.innerHTML += `<li>${name}</li>`;')).toHaveLength(1);
    expect(htmlSinks("el.insertAdjacentHTML('beforeend', row);")).toHaveLength(1);
    expect(htmlSinks("el.insertAdjacentHTML('beforeend', '<hr>');")).toEqual([]);
    expect(htmlSinks('el.outerHTML =\n  text;')).toHaveLength(1);
    expect(htmlSinks('document.write(x)')).toHaveLength(1);
    expect(htmlSinks("frame.setAttribute('srcdoc', page)")).toHaveLength(1);
    expect(htmlSinks('eval(code)')).toHaveLength(1);
    expect(htmlSinks('const f = new Function(body)')).toHaveLength(1);
    expect(htmlSinks('if (a.innerHTML === b) {}')).toEqual([]);
  });

  it('src/ feeds no HTML sink with anything but a constant, and never evaluates strings as code', () => {
    const files = tsFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => htmlSinks(fs.readFileSync(f, 'utf8'), path.relative(SRC, f)));
    expect(found).toEqual([]);
  });

  it('index.html has no inline script or inline event handlers (they would need a weaker CSP)', () => {
    const html = fs.readFileSync(path.resolve(SRC, '../index.html'), 'utf8');
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(m[1]).toMatch(/\bsrc=/);
      expect(m[2].trim()).toBe('');
    }
  });
});
