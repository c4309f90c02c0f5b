/**
 * The White Cell's preview of the agents' orders: previewing does not change what the agents play;
 * forcing a previewed uncertain order is applied at its index in the resolved list, kept in the log
 * and replayed exactly by a save; adjustments are logged and survive a save.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/runtime/session.js';
import { loadSaveText, serializeSave } from '../../src/runtime/save.js';

const UNCERTAIN = new Set(['military.strike', 'military.offensive', 'covert.influence', 'corridor.zangezur']);
const make = (seats = {}) => createSession({ scenario: 'autumn-2023', seed: 21, seats, difficulty: 'standard', plain: true });

describe('previewing the agents\' orders', () => {
  it('plays exactly the previewed orders, even after the humans change their queue', () => {
    const a = make({ ARM: 'human' });
    const b = make({ ARM: 'human' });
    const preview = a.previewAgentOrders();
    expect(preview.offset).toBe(0);
    a.endTurn();
    b.endTurn();
    expect(a.log[0].orders).toEqual(b.log[0].orders);
    expect(a.log[0].orders).toEqual(preview.orders);
    expect(a.log[0].stateHash).toBe(b.log[0].stateHash);
    // A queue change after a preview: the agents decide again from the same memory.
    const order = { actor: 'ARM' as const, type: 'rhetoric.set' as const, params: { line: 'conciliatory' } };
    a.previewAgentOrders();
    const refused = a.queue(order);
    b.queue(order);
    expect(refused === null).toBe(b.pending('ARM').length === 1);
    a.endTurn();
    b.endTurn();
    expect(a.log[1].stateHash).toBe(b.log[1].stateHash);
    a.dispose();
    b.dispose();
  });

  it('forces a previewed uncertain agent order, logs it at its resolved index and replays it', () => {
    const s = make();
    let forcedAt = -1;
    for (let t = 0; t < 8 && forcedAt < 0; t++) {
      const p = s.previewAgentOrders();
      const i = p.orders.findIndex((o) => UNCERTAIN.has(o.type));
      if (i >= 0) {
        s.forceAgentOutcome(i, { outcome: 'failure', note: 'the class decided it fails' });
        forcedAt = p.offset + i;
      }
      s.endTurn();
    }
    expect(forcedAt, 'some agent played an uncertain order within 8 turns').toBeGreaterThanOrEqual(0);
    const entry = s.log.find((e) => e.facilitator?.overrides)!;
    expect(entry.facilitator!.overrides![forcedAt].note).toBe('the class decided it fails');
    expect(UNCERTAIN.has(entry.orders[forcedAt].type)).toBe(true);
    const loaded = loadSaveText(serializeSave(s, { savedAt: 'test' }));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.session.log.map((e) => e.stateHash)).toEqual(s.log.map((e) => e.stateHash));
    s.dispose();
  });

  it('records an adjustment in the log and a save reloads it to the same state', () => {
    const s = make();
    s.facilitate({ adjust: [{ path: 'global.gazaIntensity', value: 1, note: 'ceasefire' }] });
    s.endTurn();
    expect(s.log[0].facilitator?.adjust).toEqual([{ path: 'global.gazaIntensity', value: 1, note: 'ceasefire' }]);
    expect(s.events.some((e) => e.type === 'facilitator.adjust' && e.text.includes('ceasefire'))).toBe(true);
    const loaded = loadSaveText(serializeSave(s, { savedAt: 'test' }));
    expect(loaded.ok && loaded.session.log[0].stateHash).toBe(s.log[0].stateHash);
    s.dispose();
  });
});
