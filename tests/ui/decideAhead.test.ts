/**
 * The agents' orders decided ahead in idle time (src/ui/decideAhead.ts): the game is the same turn for
 * turn as one played without deciding ahead, whatever the human queues in between; End turn is told
 * the orders are ready only for the session, state and queue they were decided for; a new game's first
 * turn is left alone (its agents have not yet taken in the opening state).
 */
import { describe, expect, it } from 'vitest';
import { createSession, type GameSession } from '../../src/runtime/session.js';
import { DecideAhead } from '../../src/ui/decideAhead.js';
import { stateHash } from '../../src/sim/engine.js';

const make = () => createSession({ scenario: 'autumn-2023', seed: 7, seats: { AZE: 'human' }, difficulty: 'standard' });

/** An idle scheduler run by hand: `flush` runs what is waiting. */
function manualIdle() {
  let waiting: (() => void)[] = [];
  return {
    schedule: (f: () => void) => {
      waiting.push(f);
      return () => { waiting = waiting.filter((g) => g !== f); };
    },
    flush: () => {
      const now = waiting;
      waiting = [];
      for (const f of now) f();
    },
    get pending() { return waiting.length; },
  };
}

describe('deciding the agents\' orders ahead', () => {
  it('leaves the first turn alone and is ready only once the page has been idle', () => {
    const idle = manualIdle();
    const ahead = new DecideAhead<GameSession>(idle.schedule);
    const s = make();
    ahead.changed(s);
    expect(idle.pending, 'nothing scheduled on a new game\'s first turn').toBe(0);
    expect(ahead.ready(s)).toBe(false);
    s.endTurn();
    ahead.changed(s);
    expect(ahead.ready(s)).toBe(false);
    idle.flush();
    expect(ahead.ready(s)).toBe(true);
    // Any redraw (e.g. a queued order) makes it stale until the page is idle again.
    ahead.changed(s);
    expect(ahead.ready(s)).toBe(false);
    idle.flush();
    expect(ahead.ready(s)).toBe(true);
    // Another session, or the same one a turn later, is not ready.
    const other = make();
    expect(ahead.ready(other)).toBe(false);
    s.endTurn();
    expect(ahead.ready(s)).toBe(false);
    // A turn starting cancels a deciding not yet run; a busy page skips it.
    ahead.changed(s);
    ahead.stop();
    idle.flush();
    expect(ahead.ready(s)).toBe(false);
    ahead.changed(s, () => true);
    idle.flush();
    expect(ahead.ready(s)).toBe(false);
    s.dispose();
    other.dispose();
  });

  it('plays the same game as deciding at End turn, with orders queued and removed in between', () => {
    const idle = manualIdle();
    const ahead = new DecideAhead<GameSession>(idle.schedule);
    const a = make();
    const b = make();
    const order = { actor: 'AZE' as const, type: 'rhetoric.set' as const, params: { line: 'conciliatory' } };
    let queued = 0;
    for (let t = 0; t < 6 && !a.state.ending; t++) {
      ahead.changed(a);
      idle.flush();
      if (t % 2 === 1) {
        // The queue changes after the agents decided: the session decides again, the page schedules it again.
        const refusedA = a.queue(order);
        const refusedB = b.queue(order);
        expect(refusedA).toBe(refusedB);
        if (refusedA === null) queued++;
        ahead.changed(a);
        expect(ahead.ready(a)).toBe(false);
        if (t === 3) idle.flush();
      }
      if (t === 5 && a.pending('AZE').length) {
        a.unqueue('AZE', 0);
        b.unqueue('AZE', 0);
        ahead.changed(a);
        idle.flush();
      }
      const oa = a.endTurn();
      const ob = b.endTurn();
      expect(oa.agentOrders, `turn ${oa.turn}: the agents' orders`).toEqual(ob.agentOrders);
      expect(stateHash(oa.state), `turn ${oa.turn}: the state`).toBe(stateHash(ob.state));
      expect(oa.events.map((e) => e.text)).toEqual(ob.events.map((e) => e.text));
    }
    expect(queued, 'the human order was accepted at least once').toBeGreaterThan(0);
    expect(a.log.map((e) => e.stateHash)).toEqual(b.log.map((e) => e.stateHash));
    a.dispose();
    b.dispose();
  });
});
