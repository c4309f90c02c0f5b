/**
 * Bueno de Mesquita's expected-utility model on one issue: the sovereignty of the route to Nakhchivan
 * on a 0..100 scale (0 Armenian-controlled transit, Yerevan's "Crossroads of Peace"; 40 an Aras route
 * via Iran; 100 an extraterritorial corridor, which Baku calls the Zangezur corridor). The forecast is
 * the capability×salience-weighted median; pairwise challenges move positions towards credible
 * challengers. The UI shows the median as the "predicted settlement".
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { power } from '../../sim/state/selectors.js';

export interface Stakeholder { actor: ActorId; position: number; salience: number; capability: number }

/** MODELS.md's starting positions and saliences. */
export const CORRIDOR_POSITIONS: Record<ActorId, { position: number; salience: number }> = {
  AZE: { position: 95, salience: 0.9 },
  TUR: { position: 85, salience: 0.6 },
  ISR: { position: 70, salience: 0.2 },
  RUS: { position: 60, salience: 0.4 },
  IRN: { position: 10, salience: 0.8 },
  ARM: { position: 5, salience: 1 },
};

/** The capability×salience-weighted median position. */
export function weightedMedian(players: readonly Stakeholder[]): number {
  const sorted = [...players].sort((a, b) => a.position - b.position || a.actor.localeCompare(b.actor));
  const total = sorted.reduce((s, p) => s + p.capability * p.salience, 0);
  let acc = 0;
  for (const p of sorted) {
    acc += p.capability * p.salience;
    if (acc >= total / 2 - 1e-9) return p.position;
  }
  return sorted.length ? sorted[sorted.length - 1].position : 50;
}

/** Utility of an outcome x for a player at `position` (1 at its own position, −1 at the far end). */
function u(position: number, x: number): number {
  return 1 - 2 * Math.abs(position - x) / 100;
}

/**
 * EU_i(j): i's expected gain from challenging j. P is i's chance of winning the challenge (capability
 * of i and its supporters against j's); Q the chance j lets the status quo stand; T the chance the
 * status quo improves for i. A simplified, documented form of the 1985 model.
 */
export function challengeUtility(i: Stakeholder, j: Stakeholder, players: readonly Stakeholder[], q = 0.5, t = 0.5): number {
  let forI = 0;
  let forJ = 0;
  for (const k of players) {
    const pref = k.capability * k.salience * (u(k.position, i.position) - u(k.position, j.position));
    if (pref > 0) forI += pref;
    else forJ -= pref;
  }
  const P = forI + forJ > 0 ? forI / (forI + forJ) : 0.5;
  const us = u(i.position, i.position) - u(i.position, j.position); // success: j moves to i
  const uf = -us; // failure: i moves to j
  const ub = us / 2;
  const uw = -us / 2;
  const usq = 0;
  return j.salience * (P * us + (1 - P) * uf) + (1 - j.salience) * us - (q * usq + (1 - q) * (t * ub + (1 - t) * uw));
}

/** One round: every target moves a third of the way towards its most credible challenger. */
export function negotiationRound(players: readonly Stakeholder[]): Stakeholder[] {
  return players.map((j) => {
    let best: Stakeholder | null = null;
    let bestEu = 0;
    for (const i of players) {
      if (i.actor === j.actor) continue;
      const eu = challengeUtility(i, j, players);
      if (eu > bestEu) { bestEu = eu; best = i; }
    }
    if (!best) return j;
    const pull = Math.min(1, bestEu) / 3;
    return { ...j, position: j.position + (best.position - j.position) * pull * (1 - j.salience / 2) };
  });
}

/** The stakeholders read from the state: scenario positions, capability from `power`. */
export function corridorStakeholders(state: GameState): Stakeholder[] {
  return ACTOR_IDS.map((a) => ({ actor: a, ...CORRIDOR_POSITIONS[a], capability: power(state, a) }));
}

/** The predicted settlement on corridor sovereignty (0..100) after `rounds` of pairwise challenges. */
export function predictedSettlement(state: GameState, rounds = 3): { median: number; positions: Record<ActorId, number> } {
  let players = corridorStakeholders(state);
  for (let r = 0; r < rounds; r++) players = negotiationRound(players);
  const positions = {} as Record<ActorId, number>;
  for (const p of players) positions[p.actor] = Math.round(p.position);
  return { median: Math.round(weightedMedian(players)), positions };
}
