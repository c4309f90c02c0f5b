/**
 * The end-of-turn systems, run in this fixed order (docs/rules.md explains each):
 *  1. deliveries   arms arriving (or held up in transit)
 *  2. economy      one month of income and costs added to each treasury
 *  3. corridors    a finished Aras route opens
 *  4. events       scripted events of this turn, then random ones
 *  5. drift        rungs ease after quiet turns, wars end below rung 7, relations drift to baseline
 *  6. commitments  overdue promises become broken
 *  7. widening     a war between regional powers (rung 9) with four or more states fighting becomes a regional war (rung 10)
 *  8. tension      the regional tension index
 *  9. endings      a regional war, a war between powers, Armenia's collapse, a settlement, the turn limit
 * 10. history      the turn's indicators appended
 * 11. advance      unless the game ended: the turn counter moves on and action points are refilled
 */
import { ACTOR_IDS } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { runDeliveries } from './deliveries.js';
import { runEconomy } from './economy.js';
import { runCorridors } from './corridors.js';
import { runWorldEvents } from './events.js';
import { runDrift } from './drift.js';
import { runCommitments } from './commitments.js';
import { runWidening } from './widening.js';
import { runTension } from './tension.js';
import { runEndings } from './endings.js';
import { runHistory } from './history.js';

/** The systems in their running order, by name (tests and the rules page use it). */
export const SYSTEMS: readonly [name: string, run: (ctx: SimContext) => void][] = [
  ['deliveries', runDeliveries],
  ['economy', runEconomy],
  ['corridors', runCorridors],
  ['events', runWorldEvents],
  ['drift', runDrift],
  ['commitments', runCommitments],
  ['widening', runWidening],
  ['tension', runTension],
  ['endings', runEndings],
  ['history', runHistory],
];

/** Action points per turn when the scenario does not say (GAME.md: 3 a turn by default). */
export const ACTION_POINTS_PER_TURN = 3;

/** The params key of each actor's allowance, built once rather than concatenated every turn. */
const AP_KEYS = ACTOR_IDS.map((id) => [id, `actionPoints.${id}`] as const);

/** Runs every end-of-turn system, then advances the turn (when the game goes on) and refills action points. */
export function runEndOfTurn(ctx: SimContext): void {
  for (const [, run] of SYSTEMS) run(ctx);
  if (ctx.state.ending) return;
  ctx.state.turn += 1;
  for (const [id, key] of AP_KEYS) {
    // createGame stores each actor's allowance from the scenario as params['actionPoints.<id>'].
    const ap = ctx.state.params[key];
    ctx.state.actors[id].actionPoints = typeof ap === 'number' && ap >= 0 ? ap : ACTION_POINTS_PER_TURN;
  }
}
