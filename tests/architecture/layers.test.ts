/**
 * The layer rules of ARCHITECTURE.md, checked by walking the source tree's imports and calls.
 * Fails with the file, line and rule broken.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findViolations, type Rule } from './layer-rules.js';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

const RULES: Rule[] = [
  { layer: 'src/shared', forbidImports: [/^(?!\.{1,2}\/)/, /\/(sim|agents|runtime|ui|cli)\//], forbidCalls: true, allowPackages: [] },
  { layer: 'src/sim', forbidImports: [/\/(agents|runtime|ui|cli)\//, /^\.\.\/\.\.\/\.\.\/(?!levels\/)/], forbidCalls: true, allowPackages: ['immer', 'zod'] },
  { layer: 'src/agents', forbidImports: [/\/(runtime|ui|cli)\//], forbidCalls: true, allowPackages: ['xstate'] },
  { layer: 'src/runtime', forbidImports: [/\/(ui|cli)\//], forbidCalls: false, allowPackages: null },
];

describe('layer rules', () => {
  for (const rule of RULES) {
    it(`${rule.layer} keeps its rules`, () => {
      const dir = join(ROOT, rule.layer);
      const problems = sourceFiles(dir).flatMap((file) =>
        findViolations(relative(ROOT, file), readFileSync(file, 'utf8'), rule),
      );
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  it('src/runtime never imports Phaser, Howler or the DOM-only UI', () => {
    const dir = join(ROOT, 'src/runtime');
    const problems = sourceFiles(dir).flatMap((file) =>
      findViolations(relative(ROOT, file), readFileSync(file, 'utf8'), {
        layer: 'src/runtime', forbidImports: [/^phaser$/, /^howler$/, /\/ui\//], forbidCalls: false, allowPackages: null,
      }),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('src/ui never calls action handlers or resolves turns itself', () => {
    const dir = join(ROOT, 'src/ui');
    const problems: string[] = [];
    for (const file of sourceFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      text.split('\n').forEach((line, i) => {
        if (/\bresolveTurn\s*\(|\.apply\s*\(\s*(ctx|makeContext)|settleProposals|runEndOfTurn|from ['"][./]*sim\/(systems|actions\/(?!index))/.test(line)) {
          problems.push(`${relative(ROOT, file)}:${i + 1}: the UI must submit orders to the runtime, not change state: ${line.trim()}`);
        }
      });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the rule checker itself catches a forbidden import and a wall-clock call', () => {
    const rule = RULES[1];
    const bad = "import Phaser from 'phaser';\nimport { x } from '../ui/map.js';\nconst t = Date.now();\nconst r = Math.random();\nsetTimeout(() => 0, 1);\n";
    const found = findViolations('src/sim/bad.ts', bad, rule);
    expect(found.length).toBe(5);
    expect(findViolations('src/sim/ok.ts', "import { produce } from 'immer';\n// Date.now() is not called here\n", rule)).toEqual([]);
  });
});

void dirname;
