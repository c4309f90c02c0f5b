import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/runtime/headless.js';
import { toSave } from '../../src/runtime/save.js';
import { replaySave } from '../../src/runtime/replay.js';
import { legalOrders } from '../../src/sim/orders.js';
import { SeededTestDirector } from './helpers.js';

describe('headless games', () => {
  it('a scripted seat plays its orders; refusals are reported; the game replays to the same hash', () => {
    const run = () => playGame({
      scenario: 'autumn-2023', seed: 9, turns: 3, makeDirector: () => new SeededTestDirector(9),
      humanScripts: {
        ARM: (state, turn) => [
          legalOrders(state, 'ARM').filter((o) => !o.type.startsWith('military.'))[turn],
          { type: 'economy.oil', params: { level: 'cut' } },
        ],
      },
    });
    const a = run();
    expect(a.turnsPlayed).toBe(3);
    expect(a.session.seats.ARM).toBe('human');
    expect(a.log.every((e) => e.orders[0].actor === 'ARM')).toBe(true);
    expect(a.rejected.some((r) => r.order.type === 'economy.oil' && r.stage === 'queue' && /not open to ARM/.test(r.reason))).toBe(true);
    expect(run().stateHash).toBe(a.stateHash);
    const replay = replaySave(toSave(a.session, { savedAt: 'x' }));
    expect(replay.ok && replay.finalHash).toBe(a.stateHash);
  });
});
