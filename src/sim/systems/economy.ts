/**
 * The monthly economy: budget income, oil and transit revenue, and the running costs of sanctions,
 * mobilisation and war. All money is US$ bn; income is added to the treasury here, once a month.
 */
import { ACTOR_IDS, ACTOR_NAMES, PAIR_KEYS, pairMembers, type ActorId } from '../../shared/ids.js';
import { pair } from '../state/selectors.js';
import type { SimContext } from '../context.js';
import { addActor, round2 } from '../effects.js';
import { param } from '../scenario/params.js';
import type { GameState } from '../state/types.js';

export interface IncomeLine {
  label: string;
  bn: number;
}

/** Labels with a part that varies, built once: the economy runs for every actor every turn. */
const SANCTIONS_LABEL = Object.fromEntries(ACTOR_IDS.map((id) => [id, `sanctions with ${id}`])) as Record<ActorId, string>;
const READINESS_LABEL: Record<string, string> = { alert: 'readiness (alert)', mobilised: 'readiness (mobilised)' };

/**
 * Visits the month's income and cost lines of one actor in their fixed order, each with its label and
 * its unrounded amount. monthlyLedger lists them; the monthly run only sums them, without building
 * the list (it did, for every actor every turn).
 */
function visitLedger(state: GameState, id: ActorId, line: (label: string, bn: number) => void): void {
  const a = state.actors[id];
  const g = state.global;
  line('military budget', (a.milexBn / 12) * param(state, 'budgetMilexShare'));
  line('state budget', (a.gdpBn / 12) * param(state, 'budgetGdpShare'));
  if (id === 'AZE') {
    // Oil revenue through BTC [§Israel]; oil to Israel is a share of that flow, so it scales with it.
    line('oil exports (BTC)', param(state, 'oilRevenueBn') * g.btcFlow);
    line('oil to Israel', param(state, 'oilToIsraelRevenueBn') * a.oilToIsrael * g.btcFlow);
    // Rebuilding the retook districts comes first in Baku's budget (grade C, params.ts).
    const rebuild = param(state, 'reconstructionCostBn');
    if (rebuild > 0) line('reconstruction of the Karabakh districts', -rebuild);
  }
  if (id === 'TUR') line('BTC transit fees', param(state, 'btcTransitRevenueBn') * g.btcFlow);
  if (id === 'IRN' && g.aras.status === 'open') line('Aras transit', param(state, 'arasTransitRevenueBn'));
  for (const key of PAIR_KEYS) {
    const p = state.pairs[key];
    if (!p.treaties.sanctions) continue;
    const [x, y] = pairMembers(key);
    if (x === id || y === id) {
      const other = state.actors[x === id ? y : x];
      // A trade halt hurts the smaller economy of the two more.
      const share = param(state, 'sanctionsCostShare') * (a.gdpBn <= other.gdpBn ? 1 : 0.5);
      line(SANCTIONS_LABEL[other.id] ?? `sanctions with ${other.id}`, -a.gdpBn * share);
    }
  }
  if (a.readiness !== 'peace') {
    const k = a.readiness === 'mobilised' ? 1 : 0.5;
    line(READINESS_LABEL[a.readiness] ?? `readiness (${a.readiness})`, -a.milexBn * param(state, 'mobilisationCostShare') * k);
  }
  if (atWar(state, id)) line('war costs', -a.milexBn * 0.02);
}

/** The month's income and costs for one actor, itemised (used by the UI's budget panel too). */
export function monthlyLedger(state: GameState, id: ActorId): IncomeLine[] {
  const lines: IncomeLine[] = [];
  visitLedger(state, id, (label, bn) => lines.push({ label, bn: round2(bn) }));
  return lines;
}

/** The sum of monthlyLedger's rounded amounts, added in the same order (so the same number). */
function monthlyNet(state: GameState, id: ActorId): number {
  let net = 0;
  visitLedger(state, id, (_label, bn) => { net += round2(bn); });
  return net;
}

function atWar(state: GameState, id: ActorId): boolean {
  return ACTOR_IDS.some((o) => o !== id && pair(state, id, o).atWar);
}

/** Applies one month of income and costs, mobilisation strain and war damage. */
export function runEconomy(ctx: SimContext): void {
  const state = ctx.state as GameState;
  for (const id of ACTOR_IDS) {
    const a = ctx.state.actors[id];
    const net = monthlyNet(state, id);
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
