import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/shared/actions.js';
import { legalOrders } from '../../src/sim/orders.js';
import { stateHash } from '../../src/sim/engine.js';
import { testSession, hashes } from './helpers.js';

/** A legal order of `actor` in the session's current state, the n-th of the non-military ones. */
function legal(session: ReturnType<typeof testSession>, actor: Order['actor'], n = 0): Order {
  const all = legalOrders(session.state, actor).filter((o) => !o.type.startsWith('military.'));
  return all[n % all.length];
}

describe('GameSession', () => {
  it('plays turns: the log grows with a hash per turn and listeners hear each outcome', () => {
    const s = testSession();
    const heard: number[] = [];
    s.subscribe((o) => heard.push(o.turn));
    const first = s.endTurn();
    s.endTurn();
    expect(heard).toEqual([1, 2]);
    expect(s.state.turn).toBe(3);
    expect(s.log.map((e) => e.turn)).toEqual([1, 2]);
    expect(s.log[1].stateHash).toBe(stateHash(s.state));
    expect(first.agentOrders.length).toBeGreaterThan(0);
    expect(s.log[0].orders).toEqual(first.agentOrders);
    expect(s.starts.map((x) => x.turn)).toEqual([1, 2, 3]);
  });

  it('queues orders only for human seats and validates them against what the actor already queued', () => {
    const s = testSession({ seats: { AZE: 'human' } });
    expect(s.queue({ ...legal(s, 'ARM'), actor: 'ARM' })).toMatch(/ARM is played by an agent/);
    expect(s.queue({ actor: 'AZE', type: 'corridor.grab' as Order['type'], params: {} })).toMatch(/malformed order: type/);
    const ap = s.state.actors.AZE.actionPoints;
    let refused: string | null = null;
    for (let i = 0; i < ap + 3 && refused === null; i++) refused = s.queue(legal(s, 'AZE', i));
    expect(refused).toMatch(/action points left|left;/);
    expect(s.pending('AZE').length).toBeGreaterThan(0);
    const before = s.pending('AZE').length;
    s.unqueue('AZE', 0);
    expect(s.pending('AZE').length).toBe(before - 1);
    const out = s.endTurn();
    expect(s.log[0].orders.slice(0, before - 1).every((o) => o.actor === 'AZE')).toBe(true);
    expect(out.agentOrders.every((o) => o.actor !== 'AZE')).toBe(true);
    expect(s.pending('AZE')).toEqual([]);
  });

  it('is deterministic: same scenario, seed and orders give the same hashes', () => {
    const play = () => {
      const s = testSession({ seats: { ARM: 'human' }, seed: 11 });
      for (let t = 0; t < 3; t++) {
        expect(s.queue(legal(s, 'ARM', t))).toBeNull();
        s.endTurn();
      }
      return hashes(s);
    };
    const a = play();
    expect(play()).toEqual(a);
    expect(new Set(a).size).toBe(3);
  });

  it('records the facilitator and seat changes in the log; ISR and RUS stay agents', () => {
    const s = testSession();
    s.facilitate({ injects: [{ event: 'gazaEscalation', note: 'white cell' }] });
    s.facilitate({ overrides: { 0: { outcome: 'failure', note: 'forced' } } });
    s.setSeat('TUR', 'human');
    expect(() => s.setSeat('ISR', 'human')).toThrow(/always played by an agent/);
    s.endTurn();
    const e = s.log[0];
    expect(e.facilitator?.injects?.[0].event).toBe('gazaEscalation');
    expect(e.facilitator?.overrides?.[0].outcome).toBe('failure');
    expect(e.seats?.TUR).toBe('human');
    expect(s.log[0].orders.some((o) => o.actor === 'TUR')).toBe(false);
    s.endTurn();
    expect(s.log[1].facilitator).toBeUndefined();
    expect(s.log[1].seats).toBeUndefined();
  });

  it('branches from turn 2: turns before are identical, other orders diverge, the original is untouched', () => {
    const s = testSession({ seats: { AZE: 'human' } });
    for (let t = 0; t < 3; t++) {
      s.queue(legal(s, 'AZE', 0));
      s.endTurn();
    }
    const original = hashes(s);
    const b = s.branch(2);
    expect(b.state.turn).toBe(2);
    expect(b.log.map((e) => e.stateHash)).toEqual(original.slice(0, 1));
    expect(stateHash(b.state)).toBe(original[0]);
    expect(b.events.every((e) => e.turn < 2)).toBe(true);
    // Same orders again: the branch reproduces the game (agents' memory was restored for turn 2).
    const same = s.branch(2);
    same.queue(s.log[1].orders[0]);
    same.endTurn();
    expect(same.log[1].stateHash).toBe(original[1]);
    // Other orders: it diverges.
    const other = legalOrders(b.state, 'AZE').find((o) => o.type !== s.log[1].orders[0].type && !o.type.startsWith('military.'))!;
    expect(b.queue(other)).toBeNull();
    b.endTurn();
    expect(b.log[1].stateHash).not.toBe(original[1]);
    expect(hashes(s)).toEqual(original);
    expect(() => s.branch(9)).toThrow(/cannot branch from turn 9/);
  });

  it('a director that throws makes every agent pass and the failure is logged, not thrown', () => {
    const s = testSession();
    (s.director as unknown as { decide: () => never }).decide = () => { throw new Error('boom'); };
    const out = s.endTurn();
    expect(out.agentOrders).toEqual([]);
    expect(out.agentFailures.map((f) => f.error)).toContain('boom');
    expect(s.log[0].agentFailures.length).toBe(out.agentFailures.length);
  });
});
