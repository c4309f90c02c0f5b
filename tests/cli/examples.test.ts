/**
 * The orders scripts shipped in examples/ (and named in the README) stay valid: they load, and every
 * order in them is accepted when played on the default scenario.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/inputs.js';
import { playGame } from '../../src/runtime/headless.js';
import type { ActorId } from '../../src/shared/ids.js';

const EXAMPLES: Record<string, ActorId> = {
  'aze-demands-corridor.json': 'AZE',
  'arm-turns-west.json': 'ARM',
};

describe('examples/ orders scripts', () => {
  it('lists every example file here', () => {
    expect(readdirSync('examples').filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  for (const [file, actor] of Object.entries(EXAMPLES)) {
    it(`${file} loads and plays without a refused order`, () => {
      const script = loadOrdersFile(`examples/${file}`, actor);
      expect(Object.keys(script).length).toBeGreaterThan(0);
      const result = playGame({ scenario: 'autumn-2023', seed: 7, turns: 4, plain: true, humanScripts: { [actor]: script } });
      const mine = result.rejected.filter((r) => r.order.actor === actor);
      expect(mine, JSON.stringify(mine)).toEqual([]);
      expect(result.events.some((e) => e.actor === actor && e.kind === 'order')).toBe(true);
    });
  }
});
