/**
 * Hostile orders: malformed CLI orders files (tests/fixtures/hostile/orders) each fail with one clear
 * CliError naming the file, the JSON path and the problem; and orders carrying deeply nested or
 * oversized parameters are refused at the sim's gate rather than poisoning the event log and saves.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/inputs.js';
import { CliError } from '../../src/cli/args.js';
import { createGame, resolveTurn, stateHash } from '../../src/sim/engine.js';
import { getScenarioFile } from '../../src/sim/scenario/registry.js';
import { validateOrder } from '../../src/sim/orders.js';

const DIR = path.resolve(__dirname, '../fixtures/hostile/orders');

/** File -> what the one error line must say (after `orders file <path>: `). */
const EXPECTED: Record<string, RegExp> = {
  'not-json.json': /not JSON \(.*position 47/,
  'empty.json': /not JSON \(.*end of JSON/i,
  'root-array.json': /\(root\): .*expected object, received array/,
  'turns-missing.json': /turns: expected an object of turn numbers/,
  'turn-key-not-number.json': /turns\.first: /,
  'turn-zero.json': /turns\.0: /,
  'orders-not-list.json': /turns\.1: expected a list of orders/,
  'unknown-action.json': /turns\.1\[0\]\.type: unknown action "military\.nuke"/,
  'type-number.json': /turns\.1\[0\]\.type: expected an action id/,
  'params-list.json': /turns\.1\[0\]\.params: expected an object of parameters/,
  'extra-key.json': /turns\.1\[0\]: .*"cost"/,
  'other-actor.json': /turns\.1\[0\]\.actor: the file is for ARM .*"AZE"/,
  'too-many-orders.json': /turns\.1: .*at most 50/,
  'script-in-type.json': /turns\.1\[0\]\.type: unknown action "<script>/,
};

function errorOf(file: string): Error {
  try {
    loadOrdersFile(path.join(DIR, file), 'ARM');
  } catch (err) {
    return err as Error;
  }
  throw new Error(`${file} was accepted`);
}

describe('hostile CLI orders files', () => {
  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file}: one clear error naming the file and the path`, () => {
      const err = errorOf(file);
      expect(err).toBeInstanceOf(CliError);
      expect(err.message).toContain(`orders file ${path.join(DIR, file)}: `);
      expect(err.message).toMatch(want);
      expect(err.message.split('\n')).toHaveLength(1);
    });
  }

  it('a __proto__ key is ignored or refused, never merged into Object.prototype', () => {
    let result: unknown;
    try {
      result = loadOrdersFile(path.join(DIR, 'proto-key.json'), 'ARM');
    } catch (err) {
      expect(err).toBeInstanceOf(CliError);
    }
    if (result) expect(Object.keys(result as object)).toEqual(['1']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a missing file is a clear error too', () => {
    expect(errorOf('no-such-file.json').message).toMatch(/cannot be read \(no such file\)/);
  });
});

describe('oversized order parameters', () => {
  const state = createGame(getScenarioFile('autumn-2023'), 1, {});
  const empty = stateHash(resolveTurn(state, []).state);
  let deep: unknown = 1;
  for (let i = 0; i < 10_000; i++) deep = [deep];

  it('a 10,000-deep extra parameter is refused with a reason naming it, not logged into the events', () => {
    const order = { actor: 'AZE', type: 'diplomacy.summit', params: { target: 'TUR', junk: deep } };
    const r = resolveTurn(state, [order]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0].reason).toMatch(/params\.junk/);
    expect(stateHash(r.state)).toBe(empty);
    // The turn's events must stay serialisable (saves, the debrief export, the CLI's --json).
    expect(() => JSON.stringify(r.events)).not.toThrow();
  });

  it('a 5 MB string parameter and a 100,000-item list are refused', () => {
    for (const junk of ['x'.repeat(5_000_000), Array.from({ length: 100_000 }, (_, i) => i)]) {
      const res = validateOrder(state, { actor: 'AZE', type: 'diplomacy.summit', params: { target: 'TUR', junk } });
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.reason).toMatch(/params\.junk/);
    }
  });

  it('small extra parameters are still accepted (the gate refuses only what a save could not hold)', () => {
    const res = validateOrder(state, { actor: 'AZE', type: 'diplomacy.summit', params: { target: 'TUR', note: 'talks', n: 2, tags: ['a'] } });
    expect(res.ok).toBe(true);
  });
});
