/**
 * The monthly economy: budget income, oil and transit revenue, and the running costs of sanctions,
 * mobilisation and war. All money is US$ bn; income is added to the treasury here, once a month.
 */
import { ACTOR_IDS, ACTOR_NAMES, PAIR_KEYS, pairKey, pairMembers, type ActorId } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { addActor, round2 } from '../effects.js';
import { param } from '../scenario/params.js';
import type { GameState } from '../state/types.js';

export interface IncomeLine {
  label: string;
  bn: number;
}

/** The month's income and costs for one actor, itemised (used by the UI's budget panel too). */
export function monthlyLedger(state: GameState, id: ActorId): IncomeLine[] {
  const a = state.actors[id];
  const g = state.global;
  const lines: IncomeLine[] = [
    { label: 'military budget', bn: (a.milexBn / 12) * param(state, 'budgetMilexShare') },
    { label: 'state budget', bn: (a.gdpBn / 12) * param(state, 'budgetGdpShare') },
  ];
  if (id === 'AZE') {
    // Oil revenue through BTC [§Israel]; oil to Israel is a share of that flow, so it scales with it.
    lines.push({ label: 'oil exports (BTC)', bn: param(state, 'oilRevenueBn') * g.btcFlow });
    lines.push({ label: 'oil to Israel', bn: param(state, 'oilToIsraelRevenueBn') * a.oilToIsrael * g.btcFlow });
  }
  if (id === 'TUR') lines.push({ label: 'BTC transit fees', bn: param(state, 'btcTransitRevenueBn') * g.btcFlow });
  if (id === 'IRN' && g.aras.status === 'open') lines.push({ label: 'Aras transit', bn: param(state, 'arasTransitRevenueBn') });
  for (const key of PAIR_KEYS) {
    const p = state.pairs[key];
    const [x, y] = pairMembers(key);
    if (p.treaties.sanctions && (x === id || y === id)) {
      const other = state.actors[x === id ? y : x];
      // A trade halt hurts the smaller economy of the two more.
      const share = param(state, 'sanctionsCostShare') * (a.gdpBn <= other.gdpBn ? 1 : 0.5);
      lines.push({ label: `sanctions with ${other.id}`, bn: -a.gdpBn * share });
    }
  }
  if (a.readiness !== 'peace') {
    const k = a.readiness === 'mobilised' ? 1 : 0.5;
    lines.push({ label: `readiness (${a.readiness})`, bn: -a.milexBn * param(state, 'mobilisationCostShare') * k });
  }
  if (atWar(state, id)) lines.push({ label: 'war costs', bn: -a.milexBn * 0.02 });
  return lines.map((l) => ({ label: l.label, bn: round2(l.bn) }));
}

function atWar(state: GameState, id: ActorId): boolean {
  return ACTOR_IDS.some((o) => o !== id && state.pairs[pairKey(id, o)].atWar);
}

/** Applies one month of income and costs, mobilisation strain and war damage. */
export function runEconomy(ctx: SimContext): void {
  const state = ctx.state as GameState;
  for (const id of ACTOR_IDS) {
    const a = ctx.state.actors[id];
    const net = monthlyLedger(state, id).reduce((s, l) => s + l.bn, 0);
    addActor(ctx.state, null, id, 'treasuryBn', net);
    if (a.readiness === 'mobilised') {
      // A state already carrying a war (Gaza, Ukraine) feels an extra month of mobilisation less.
      addActor(ctx.state, null, id, 'stability', -param(state, 'mobilisationStabilityCost') * (1 - a.distraction / 100));
    }
    if (atWar(state, id)) {
      const ev = ctx.emit({
        kind: 'world', type: 'system.economy', actor: id, outcome: 'info',
        text: `War weighs on the economy of ${ACTOR_NAMES[id].state}: output and public confidence fall.`,
      });
      addActor(ctx.state, ev, id, 'gdpBn', -a.gdpBn * param(state, 'warGdpLoss'));
      addActor(ctx.state, ev, id, 'stability', -1);
    }
  }
}
