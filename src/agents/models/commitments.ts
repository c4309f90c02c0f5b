/**
 * Snyder's alliance security dilemma (1984). For a commitment i→j the ally fears two things:
 *   abandonment A_ij = dep_ij·(1−κ_ji)·alt_j   (j may walk away: it has options and is not credible)
 *   entrapment  E_ij = κ_ij·aggr_j·(1−overlap_ij)  (j may drag i into a fight that is not i's)
 * κ is updated after each crisis by help given minus help owed. A > E: support; E > A: restrain.
 * Russia's failure towards Armenia drives κ down until Armenia hedges (§Postwar); Turkey's vague
 * Shusha pledge keeps its entrapment low (§Turkey).
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { pair } from '../../sim/state/selectors.js';

export const KAPPA_RATE = 0.1;

export function abandonment(dependence: number, allyCredibility: number, allyAlternatives: number): number {
  return clamp01(dependence) * (1 - clamp01(allyCredibility)) * clamp01(allyAlternatives);
}

export function entrapment(ownCommitment: number, allyAggressiveness: number, interestOverlap: number): number {
  return clamp01(ownCommitment) * clamp01(allyAggressiveness) * (1 - clamp01(interestOverlap));
}

/** κ ← κ + η·(help given − help owed), kept in 0..1. */
export function updateKappa(kappa: number, helpGiven: number, helpOwed: number, eta = KAPPA_RATE): number {
  return clamp01(kappa + eta * (helpGiven - helpOwed));
}

export type AllianceStage = 'committed' | 'hedging' | 'distancing' | 'defected';

/** The machine's stage from the balance of fears and the ally's credibility. */
export function allianceStage(a: number, e: number, kappa: number): AllianceStage {
  if (kappa < 0.15) return 'defected';
  if (kappa < 0.35) return 'distancing';
  if (a - e < -0.1 || kappa < 0.5) return 'hedging';
  return 'committed';
}

/** How much i depends on j: j's share of i's arms, a defence pact and (for ISR) Baku's oil. */
export function dependence(state: GameState, i: ActorId, j: ActorId): number {
  const share = (state.actors[i].armsShare as Record<string, number | undefined>)[j] ?? 0;
  const pr = pair(state, i, j);
  const pact = pr.treaties.defencePact === 'explicit' ? 0.4 : pr.treaties.defencePact === 'vague' ? 0.2 : 0;
  const oil = i === 'ISR' && j === 'AZE' ? 0.4 : 0;
  return clamp01(share + pact + oil);
}

/** j's outside options: how many others it is on good terms with (0..1). */
export function alternatives(state: GameState, j: ActorId): number {
  let n = 0;
  for (const k of ACTOR_IDS) if (k !== j && pair(state, j, k).relation > 30) n++;
  return clamp01(0.2 + n / 4);
}

/** How aggressive j is: its highest rung with anyone and a revanchist line. */
export function aggressiveness(state: GameState, j: ActorId): number {
  let top = 0;
  for (const k of ACTOR_IDS) if (k !== j) top = Math.max(top, pair(state, j, k).rung);
  return clamp01(top / 8 + (state.actors[j].rhetoric === 'revanchist' ? 0.2 : 0));
}

/** i's own commitment level to j (explicit pact 1, vague 0.5, arms only 0.3). */
export function commitmentLevel(state: GameState, i: ActorId, j: ActorId): number {
  const t = pair(state, i, j).treaties;
  return t.defencePact === 'explicit' ? 1 : t.defencePact === 'vague' ? 0.5 : t.armsSupply ? 0.3 : 0.1;
}

/** Credibility of j's promises to i from the ledger (kept vs broken) blended with trust. */
export function ledgerCredibility(state: GameState, i: ActorId, j: ActorId): number {
  let kept = 0;
  let broken = 0;
  for (const c of state.commitments) {
    if (c.from !== j || c.to !== i) continue;
    if (c.status === 'kept') kept++;
    else if (c.status === 'broken') broken++;
  }
  const trust = pair(state, i, j).trust / 100;
  return clamp01(trust + 0.1 * kept - 0.15 * broken);
}

export interface AllianceFears { abandonment: number; entrapment: number; stance: 'support' | 'restrain' }

/** Both fears for i about ally j, given i's running κ for j (its memory of j's help). */
export function allianceFears(state: GameState, i: ActorId, j: ActorId, kappaOfAlly: number, overlap: number): AllianceFears {
  const a = abandonment(dependence(state, i, j), kappaOfAlly, alternatives(state, j));
  const e = entrapment(commitmentLevel(state, i, j), aggressiveness(state, j), overlap);
  return { abandonment: a, entrapment: e, stance: a >= e ? 'support' : 'restrain' };
}

function clamp01(v: number): number { return v < 0 ? 0 : v > 1 ? 1 : v; }
