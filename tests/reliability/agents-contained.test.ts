/**
 * An agent that throws, loops or returns nonsense is contained: the turn completes within a bound,
 * the failure is in the turn log, and the game goes on to its end. Faults are injected through the
 * directors' `score` option (a replaceable scoring model) and through a whole director that throws.
 *
 * A synchronous infinite loop cannot be interrupted from JavaScript, so instead the tests check what
 * bounds an agent's work: one scoring call per candidate order, at most `maxOrders` picks and a fixed
 * cap on draws in decideTurn, whatever the scores say.
 */
import { describe, expect, it } from 'vitest';
import { ACTOR_IDS, type ActorId } from '../../src/shared/ids.js';
import type { AgentDirector } from '../../src/agents/types.js';
import { createDirector } from '../../src/agents/director.js';
import { createPlainDirector } from '../../src/agents/plain.js';
import { DIFFICULTY_SETTINGS } from '../../src/agents/difficulty.js';
import type { ScoreModel } from '../../src/agents/mind/decide.js';
import { scoreOrder } from '../../src/agents/mind/score.js';
import { createSession } from '../../src/runtime/session.js';
import { playGame } from '../../src/runtime/headless.js';
import { createGame } from '../../src/sim/engine.js';
import { getScenarioFile } from '../../src/sim/scenario/registry.js';
import { legalOrders } from '../../src/sim/orders.js';
import { violations } from './invariants.js';

/** Scores normally, except for `who`, for whom it does `fault`. */
function faulty(who: readonly ActorId[], fault: () => never | number): ScoreModel {
  return (sit, order, cost) => {
    if (!who.includes(sit.me)) return scoreOrder(sit, order, cost);
    const total = fault();
    return { terms: [{ key: 'fault', text: 'injected', value: total }], total };
  };
}
const boom = (): never => { throw new Error('injected scoring failure'); };
const makers = {
  xstate: (score: ScoreModel) => createDirector({ difficulty: 'standard', score }),
  plain: (score: ScoreModel) => createPlainDirector({ difficulty: 'standard', score }),
};

describe('agents that fail are contained', () => {
  for (const [name, make] of Object.entries(makers)) {
    it(`${name}: an agent whose model throws passes its turns, the failure is logged, the game reaches its end`, () => {
      const t0 = Date.now();
      const res = playGame({ scenario: 'autumn-2023', seed: 3, director: make(faulty(['IRN'], boom)), plain: name === 'plain' });
      expect(Date.now() - t0).toBeLessThan(30_000);
      expect(res.state.ending).not.toBeNull();
      expect(res.turnsPlayed).toBeGreaterThan(1);
      for (const entry of res.log) {
        expect(entry.agentFailures).toEqual([{ actor: 'IRN', error: expect.stringMatching(/injected scoring failure/) }]);
        expect(entry.orders.some((o) => o.actor === 'IRN')).toBe(false);
      }
      // The others still played.
      expect(res.log.flatMap((e) => e.orders).some((o) => o.actor === 'AZE')).toBe(true);
      expect(violations(res.state)).toEqual([]);
      res.session.dispose();
    });
  }

  it('every agent failing at once: the turns still resolve and the game ends', () => {
    const res = playGame({ scenario: 'spring-2024', seed: 5, director: makers.plain(faulty(ACTOR_IDS, boom)), plain: true });
    expect(res.state.ending).not.toBeNull();
    expect(res.log[0].agentFailures.map((f) => f.actor).sort()).toEqual([...ACTOR_IDS].sort());
    res.session.dispose();
  });

  it('a whole director that throws in decide is contained by the session: every agent seat logs the failure', () => {
    const broken: AgentDirector = {
      observe() {},
      decide() { throw new Error('director crashed'); },
      view: (actor) => ({ actor, posture: 'guarded', alignment: 'hedging', summary: '', threat: {} }),
      snapshot: () => ({}),
      restore() {},
      stop() {},
    };
    const session = createSession({ scenario: 'autumn-2023', seed: 1, seats: { ARM: 'human' }, difficulty: 'standard', director: broken });
    const out = session.endTurn();
    expect(out.agentFailures.map((f) => f.actor)).toEqual(ACTOR_IDS.filter((a) => a !== 'ARM'));
    expect(out.agentFailures[0].error).toMatch(/director crashed/);
    expect(session.log[0].agentFailures).toHaveLength(5);
    expect(session.state.turn).toBe(2);
    session.endTurn();
    expect(session.state.turn).toBe(3);
  });

  it('a director that throws while observing does not stop the game', () => {
    let calls = 0;
    const inner = createPlainDirector({ difficulty: 'standard' });
    const flaky: AgentDirector = { ...inner, observe(state, events) { calls++; if (calls % 2) throw new Error('observe failed'); inner.observe(state, events); } };
    const session = createSession({ scenario: 'autumn-2023', seed: 2, seats: {}, difficulty: 'standard', director: flaky });
    for (let i = 0; i < 4; i++) session.endTurn();
    expect(session.state.turn).toBe(5);
    expect(session.log.flatMap((e) => e.agentFailures).some((f) => /observe failed/.test(f.error))).toBe(true);
  });

  it('nonsense utilities (NaN, Infinity, -Infinity) still give a finished turn and a valid state', () => {
    for (const v of [NaN, Infinity, -Infinity, 1e308]) {
      const res = playGame({ scenario: 'autumn-2023', seed: 8, turns: 3, director: makers.plain(faulty(['AZE', 'TUR'], () => v)), plain: true });
      expect(res.turnsPlayed).toBe(3);
      expect(violations(res.state)).toEqual([]);
      for (const r of res.rejected) expect(r.reason.length).toBeGreaterThan(0);
      res.session.dispose();
    }
  });
});

describe('an agent cannot loop without bound', () => {
  it('one scoring call per candidate and at most maxOrders orders, even when every option looks irresistible', () => {
    const state = createGame(getScenarioFile('autumn-2023'), 4, {});
    const calls: Record<string, number> = {};
    const greedy: ScoreModel = (sit) => {
      calls[sit.me] = (calls[sit.me] ?? 0) + 1;
      return { terms: [{ key: 'x', text: 'irresistible', value: 1e6 }], total: 1e6 };
    };
    const director = createPlainDirector({ difficulty: 'expert', score: greedy });
    const { orders, failures } = director.decide(state, [], [...ACTOR_IDS]);
    expect(failures).toEqual([]);
    for (const id of ACTOR_IDS) {
      expect(orders.filter((o) => o.actor === id).length).toBeLessThanOrEqual(DIFFICULTY_SETTINGS.expert.maxOrders + 2);
      expect(calls[id] ?? 0).toBeLessThanOrEqual(legalOrders(state, id).length + 5);
    }
  });

  it('a slow model (1 ms a call) still decides a turn for all six within a bound', () => {
    const state = createGame(getScenarioFile('autumn-2023'), 4, {});
    let n = 0;
    const slow: ScoreModel = (sit, order, cost) => {
      n++;
      const end = Date.now() + 1;
      while (Date.now() < end) { /* busy: a model that takes its time */ }
      return scoreOrder(sit, order, cost);
    };
    const t0 = Date.now();
    createPlainDirector({ difficulty: 'standard', score: slow }).decide(state, [], [...ACTOR_IDS]);
    const ms = Date.now() - t0;
    const candidates = ACTOR_IDS.reduce((s, id) => s + legalOrders(state, id).length, 0);
    expect(n).toBeLessThanOrEqual(candidates + 30);
    expect(ms).toBeLessThan(candidates * 5 + 2_000);
  });
});
