/**
 * The rules behind the machine's posture and alignment regions, as numbers and plain functions. The
 * XState machine (machines/nation.ts) reads the same thresholds in its guards; the plain director uses
 * `nextPosture` / `nextAlignment`, and a test checks both agree.
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { pair } from '../../sim/state/selectors.js';
import { facts } from '../cache.js';
import type { Alignment, Posture } from '../types.js';
import { directThreat, type ThreatParts } from '../models/threat.js';

/** Alarm needed to enter a posture, and the lower alarm below which it is left (hysteresis). */
export const POSTURE_ENTER = { guarded: 0.3, hostile: 0.5, mobilised: 0.72 } as const;
export const POSTURE_EXIT = { guarded: 0.22, hostile: 0.4, mobilised: 0.62 } as const;

/** Walt: a partner whose cap·reliability·shared threat clears this line makes balancing possible. */
export const BALANCING_LINE = 0.08;
/** Walt: with no partner, bandwagon when the threat is this many times stronger. */
export const BANDWAGON_RATIO = 5;

/** The numbers the machine's guards read, from one assessment. */
export interface Assessment {
  alarm: number;
  atWar: boolean;
  partnerScore: number;
  powerRatio: number;
  main: ActorId | null;
  partner: ActorId | null;
}

const LADDER: readonly Posture[] = ['cooperative', 'guarded', 'hostile', 'mobilised'];

/** Alarm 0..1: the worst of threat and escalation rung over all others. */
export function alarmLevel(state: GameState, me: ActorId, threat: Record<ActorId, ThreatParts>): number {
  let a = 0;
  for (const j of ACTOR_IDS) {
    if (j === me) continue;
    a = Math.max(a, 0.6 * threat[j].total + 0.4 * Math.min(1, pair(state, me, j).rung / 8));
  }
  return Math.round(a * 1e6) / 1e6;
}

/** Walt's partner choice: the k maximising cap_k·κ_ik·T_kj against the main threat j. */
export function bestPartner(state: GameState, me: ActorId, main: ActorId | null, kappa: Record<ActorId, number>): { partner: ActorId | null; score: number } {
  if (!main) return { partner: null, score: 0 };
  const f = facts(state);
  const maxPower = f.maxPower;
  let partner: ActorId | null = null;
  let score = 0;
  for (const k of ACTOR_IDS) {
    if (k === me || k === main) continue;
    const s = (f.power[k] / maxPower) * Math.max(0, kappa[k]) * directThreat(state, k, main, 0).total;
    if (s > score) { score = s; partner = k; }
  }
  return { partner, score: Math.round(score * 1e6) / 1e6 };
}

/** The posture after an assessment: up to the highest line crossed, down one step below the exit line. */
export function nextPosture(current: Posture, a: Pick<Assessment, 'alarm' | 'atWar'>): Posture {
  if (a.atWar) return 'atWar';
  if (current === 'atWar') return 'mobilised';
  const level = LADDER.indexOf(current);
  if (a.alarm >= POSTURE_ENTER.mobilised && level < 3) return 'mobilised';
  if (a.alarm >= POSTURE_ENTER.hostile && level < 2) return 'hostile';
  if (a.alarm >= POSTURE_ENTER.guarded && level < 1) return 'guarded';
  if (current === 'mobilised' && a.alarm < POSTURE_EXIT.mobilised) return 'hostile';
  if (current === 'hostile' && a.alarm < POSTURE_EXIT.hostile) return 'guarded';
  if (current === 'guarded' && a.alarm < POSTURE_EXIT.guarded) return 'cooperative';
  return current;
}

/** Walt's rule: balance with a partner that clears the line; else bandwagon if overwhelmed; else hedge. */
export function nextAlignment(a: Pick<Assessment, 'partnerScore' | 'powerRatio'>): Alignment {
  if (a.partnerScore >= BALANCING_LINE) return 'balancing';
  if (a.powerRatio > BANDWAGON_RATIO) return 'bandwagoning';
  return 'hedging';
}
