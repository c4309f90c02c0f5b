/**
 * The White Cell's forced outcomes of agents' orders survive the agents deciding again (QA, class game:
 * a force on "Israel: Covert influence → Tehran" was lost without a word when a team queued its orders):
 * a force goes back onto the same order (actor, type, parameters) of the new decision, at its new index
 * in the turn's list; a force whose order the agents no longer plan is kept in `droppedForces` and the
 * White Cell says so. The same orders and forces give the same game.
 */
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/shared/ids.js';
import type { Order } from '../../src/shared/actions.js';
import type { GameEvent, GameState } from '../../src/sim/state/types.js';
import type { AgentDirector, AgentView } from '../../src/agents/types.js';
import { createSession, sameOrder, type GameSession } from '../../src/runtime/session.js';
import { ACTION_SPECS } from '../../src/sim/actions/index.js';
import { droppedForceText, recentDroppedForces } from '../../src/ui/classroom/whiteCellExtra.js';

const COVERT: Order = { actor: 'ISR', type: 'covert.influence', params: { target: 'IRN' } };
const SUMMIT: Order = { actor: 'ISR', type: 'diplomacy.summit', params: { target: 'AZE' } };
/** Baku's order that makes the scripted Israel drop its covert act (it hears it: a public order). */
const CONCILIATORY: Order = { actor: 'AZE', type: 'rhetoric.set', params: { line: 'conciliatory' } };
/** Baku's order that changes nothing in Israel's plans. */
const OTHER: Order = { actor: 'AZE', type: 'rhetoric.set', params: { line: 'neutral' } };

/**
 * Israel plays a summit with Baku and, unless Baku has gone conciliatory this turn, covert influence in
 * Tehran; it counts the orders it has heard, so a decision taken from the wrong memory would show.
 */
class ScriptedDirector implements AgentDirector {
  heard = 0;
  observe(_s: GameState, _e: readonly GameEvent[]): void {}
  decide(_s: GameState, publicOrders: readonly Order[], actors: readonly ActorId[]) {
    this.heard += publicOrders.length;
    const calm = publicOrders.some((o) => sameOrder(o, CONCILIATORY));
    const orders = actors.includes('ISR') ? (calm ? [SUMMIT] : [SUMMIT, COVERT]) : [];
    return { orders: orders.map((o) => ({ ...o, params: { ...o.params } })), failures: [] };
  }
  view(actor: ActorId): AgentView { return { actor, posture: 'guarded', alignment: 'hedging', summary: `heard ${this.heard}`, threat: {} }; }
  snapshot(): unknown { return { heard: this.heard }; }
  restore(m: unknown): void { this.heard = (m as { heard: number }).heard; }
  stop(): void {}
}

const scripted = (): GameSession => createSession({
  scenario: 'autumn-2023', seed: 5, seats: { AZE: 'human', ARM: 'human' }, difficulty: 'standard', makeDirector: () => new ScriptedDirector(),
});
const label = (o: Order) => ACTION_SPECS[o.type].label;

describe('a forced outcome of an agent\'s order when the agents decide again', () => {
  it('goes back onto the same order, at its new index, and plays as if set after the queue changed', () => {
    const a = scripted();
    const p = a.previewAgentOrders();
    const i = p.orders.findIndex((o) => sameOrder(o, COVERT));
    expect(i).toBeGreaterThanOrEqual(0);
    a.forceAgentOutcome(i, { outcome: 'failure', note: 'the class decided it fails' });
    // A team queues its orders: the preview is dropped and the agents decide again.
    expect(a.queue(OTHER)).toBeNull();
    const again = a.previewAgentOrders();
    expect(again.offset).toBe(1);
    const j = again.orders.findIndex((o) => sameOrder(o, COVERT));
    expect(a.agentOverrides[j], 'the force is back on Israel\'s covert act').toEqual({ outcome: 'failure', note: 'the class decided it fails' });
    expect(a.droppedForces).toEqual([]);
    a.endTurn();
    const entry = a.log[0];
    expect(entry.orders[again.offset + j]).toEqual(COVERT);
    expect(entry.facilitator?.overrides?.[again.offset + j]?.outcome).toBe('failure');
    expect(a.events.find((e) => e.type === 'covert.influence')?.overridden?.note).toBe('the class decided it fails');

    // The same orders and force, the force set after the queue: the same game.
    const b = scripted();
    expect(b.queue(OTHER)).toBeNull();
    const pb = b.previewAgentOrders();
    b.forceAgentOutcome(pb.orders.findIndex((o) => sameOrder(o, COVERT)), { outcome: 'failure', note: 'the class decided it fails' });
    b.endTurn();
    expect(b.log[0].stateHash).toBe(a.log[0].stateHash);
    a.dispose();
    b.dispose();
  });

  it('goes back on at End turn too, when nobody previews again', () => {
    const a = scripted();
    const p = a.previewAgentOrders();
    a.forceAgentOutcome(p.orders.findIndex((o) => sameOrder(o, COVERT)), { outcome: 'success', note: 'forced' });
    expect(a.queue(OTHER)).toBeNull();
    a.endTurn();
    const at = a.log[0].orders.findIndex((o) => sameOrder(o, COVERT));
    expect(a.log[0].facilitator?.overrides?.[at]).toEqual({ outcome: 'success', note: 'forced' });
    expect(a.droppedForces).toEqual([]);
    // The next turn starts clean: nothing carried over.
    expect(a.agentOverrides).toEqual({});
    a.dispose();
  });

  it('is recorded as dropped, and the White Cell says so, when the agents no longer plan the order', () => {
    const a = scripted();
    const p = a.previewAgentOrders();
    a.forceAgentOutcome(p.orders.findIndex((o) => sameOrder(o, COVERT)), { outcome: 'failure', note: 'fails' });
    expect(a.queue(CONCILIATORY)).toBeNull();
    const again = a.previewAgentOrders();
    expect(again.orders.some((o) => sameOrder(o, COVERT))).toBe(false);
    expect(a.agentOverrides).toEqual({});
    expect(a.droppedForces).toEqual([{ turn: 1, order: COVERT, outcome: 'failure', note: 'fails' }]);
    const text = droppedForceText(a.droppedForces[0], a.state.turn, label);
    expect(text).toBe('Israel no longer plans \'Covert influence: → Tehran\': the forced outcome (failure) was dropped');
    a.endTurn();
    expect(a.log[0].facilitator?.overrides, 'nothing forced on another order').toBeUndefined();
    // After the turn: said once more, as the turn just resolved; then it is history.
    expect(recentDroppedForces(a.droppedForces, a.state.turn)).toHaveLength(1);
    expect(droppedForceText(a.droppedForces[0], a.state.turn, label)).toMatch(/^Turn 1: Israel did not play 'Covert influence: → Tehran' after all/);
    expect(recentDroppedForces(a.droppedForces, a.state.turn + 1)).toHaveLength(0);
    a.dispose();
  });

  it('keeps two forces on two copies of the same order apart', () => {
    const a = scripted();
    a.previewAgentOrders();
    a.forceAgentOutcome(0, { outcome: 'success', note: 'summit' });
    a.forceAgentOutcome(1, { outcome: 'failure', note: 'covert' });
    expect(a.queue(OTHER)).toBeNull();
    const again = a.previewAgentOrders();
    const forced = Object.entries(a.agentOverrides).map(([i, f]) => [again.orders[Number(i)].type, f.note]);
    expect(forced.sort()).toEqual([['covert.influence', 'covert'], ['diplomacy.summit', 'summit']]);
    a.dispose();
  });
});

describe('with the real agents, in hot seat', () => {
  const UNCERTAIN = new Set(['military.strike', 'military.offensive', 'covert.influence']);
  const make = () => createSession({ scenario: 'autumn-2023', seed: 21, seats: { AZE: 'human', ARM: 'human' }, difficulty: 'standard', plain: true });
  const order = { actor: 'AZE' as const, type: 'rhetoric.set' as const, params: { line: 'conciliatory' } };

  it('plays the same game whether a force was set before or after a team queued its orders', () => {
    const a = make();
    const b = make();
    let kept = 0;
    for (let t = 0; t < 6 && !a.state.ending; t++) {
      const p = a.previewAgentOrders();
      const i = p.orders.findIndex((o) => UNCERTAIN.has(o.type));
      if (i >= 0) a.forceAgentOutcome(i, { outcome: 'failure', note: `turn ${t}` });
      const forcedOrder = i >= 0 ? p.orders[i] : null;
      expect(a.queue(order)).toBe(b.queue(order));
      const pb = b.previewAgentOrders();
      const again = a.previewAgentOrders();
      expect(again.orders).toEqual(pb.orders);
      if (forcedOrder) {
        const j = pb.orders.findIndex((o) => sameOrder(o, forcedOrder));
        if (j >= 0) {
          b.forceAgentOutcome(j, { outcome: 'failure', note: `turn ${t}` });
          kept++;
        } else {
          expect(a.droppedForces.some((d) => d.turn === a.state.turn && sameOrder(d.order, forcedOrder))).toBe(true);
        }
      }
      a.endTurn();
      b.endTurn();
      expect(a.log[t].facilitator).toEqual(b.log[t].facilitator);
      expect(a.log[t].stateHash, `turn ${t + 1}`).toBe(b.log[t].stateHash);
    }
    expect(kept, 'some force was kept across a re-decision').toBeGreaterThan(0);
    a.dispose();
    b.dispose();
  });
});
