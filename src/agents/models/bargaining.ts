/**
 * Fearon's bargaining model of war (1995) with Powell's commitment problem (2006), applied to the
 * Syunik (Zangezur) route. p is the attacker's chance of winning a fight over it; c_A and c_D are the
 * two sides' costs as shares of the stake; any split x in [p − c_A, p + c_D] beats war for both.
 * Beliefs move only on costly signals (mobilising, drills, deployments, strikes cost money or risk);
 * words are free and move nothing. A fall in p larger than c_A + c_D opens the preventive window (a closing window invites preventive moves)
 */
import type { GameEvent } from '../../sim/state/types.js';

/** Attacker's chance of winning from the local balance (a contest success function). */
export function winProbability(attacker: number, defender: number): number {
  const a = Math.max(0, attacker);
  const d = Math.max(0, defender);
  return a + d <= 0 ? 0.5 : a / (a + d);
}

export interface DealRange { lo: number; hi: number; empty: boolean }

/**
 * The range of splits (share of the good going to the attacker) both prefer to war. `lumpiness` 0..1
 * models indivisibility: an extraterritorial corridor cannot be split, so the usable range shrinks.
 */
export function dealRange(p: number, costAttacker: number, costDefender: number, lumpiness = 0): DealRange {
  const lo0 = Math.max(0, p - costAttacker);
  const hi0 = Math.min(1, p + costDefender);
  const mid = (lo0 + hi0) / 2;
  const half = ((hi0 - lo0) / 2) * (1 - Math.min(1, Math.max(0, lumpiness)));
  const lo = mid - half;
  const hi = mid + half;
  return { lo, hi, empty: hi - lo < 0.02 };
}

export function acceptable(offer: number, range: DealRange): boolean {
  return acceptableTo('attacker', offer, range) && acceptableTo('defender', offer, range);
}

/**
 * Whether one side prefers split `offer` to war: the attacker (Baku, on the route) any split down to
 * p − c_A, the defender (Yerevan) any split up to p + c_D; neither when the range is empty. Each side of
 * the Zangezur talks checks its own bound (agents/mind/proposals.ts `wouldSign`).
 */
export function acceptableTo(side: 'attacker' | 'defender', offer: number, range: DealRange): boolean {
  if (range.empty) return false;
  return side === 'attacker' ? offer >= range.lo - 1e-9 : offer <= range.hi + 1e-9;
}

/** How costly an act is as a signal of resolve (0 for words: cheap talk moves no belief). */
export function signalCost(ev: Pick<GameEvent, 'type' | 'params'>): number {
  switch (ev.type) {
    case 'military.mobilise': return 0.5;
    case 'military.drill': return 0.3;
    case 'military.deploy': return 0.4;
    case 'military.strike': return 0.8;
    case 'military.offensive': return 1;
    case 'economy.sanction': return ev.params?.lift ? 0 : 0.25;
    case 'arms.buy': return 0.15;
    case 'corridor.zangezur': return ev.params?.step === 'seize' ? 1 : 0;
    default: return 0;
  }
}

/** Belief that the other side is resolved (0..1): moves towards 1 by the signal's cost; decays slowly otherwise. */
export function updateResolve(belief: number, cost: number, decay = 0.05): number {
  if (cost <= 0) return Math.max(0, belief - decay * belief);
  return Math.min(1, belief + (1 - belief) * cost * 0.5);
}

/** Powell's commitment problem: the declining side's window opens when p falls by more than c_A + c_D. */
export function preventiveWindow(pNow: number, pLater: number, costAttacker: number, costDefender: number): boolean {
  return pNow - pLater > costAttacker + costDefender;
}

/** War costs as shares of the stake: larger for the weak, the unstable and the distracted. */
export function warCost(ownStrength: number, otherStrength: number, stability: number, distraction: number): number {
  const ratio = otherStrength / Math.max(1, ownStrength + otherStrength);
  return 0.1 + 0.3 * ratio + 0.1 * (1 - stability / 100) + 0.1 * (distraction / 100);
}
