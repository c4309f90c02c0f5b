/**
 * What an agent knows when it scores actions: its threat row, posture, alliance fears, the corridor
 * bargain and its weights. Built once per decision by `assess`, then read by the effect model.
 */
import type { ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import type { Alignment, Posture } from '../types.js';
import type { ThreatParts } from '../models/threat.js';
import type { AllianceFears } from '../models/commitments.js';
import type { DealRange } from '../models/bargaining.js';
import type { DifficultySettings } from '../difficulty.js';
import type { AgentMemory } from './memory.js';
import type { SecurityRow, WeightedGoal } from './goals.js';

export interface CorridorBargain {
  /** Chance that Baku (with Ankara) would win a fight over Syunik against Yerevan (with Tehran). */
  p: number;
  /** p projected over the foresight horizon (arms on order arriving). */
  pLater: number;
  range: DealRange;
  /** Powell's commitment problem: the declining side's window is open. */
  window: boolean;
  costAze: number;
  costArm: number;
}

/** One partner of `Situation.fears` as scoring reads it (score.ts collectOtherTerms). */
export interface FearRow {
  id: ActorId;
  /** Its position in ACTOR_IDS (and in a Delta's per-actor maps). */
  index: number;
  /** abandonment − entrapment: the sign and size of the pull towards supporting it. */
  balance: number;
}

export interface Situation {
  me: ActorId;
  state: GameState;
  memory: AgentMemory;
  settings: DifficultySettings;
  threat: Record<ActorId, ThreatParts>;
  /** Normalised threat 0..1 (the AgentView's numbers). */
  threatNorm: Record<ActorId, number>;
  /** The other actors' threat totals and focus, as the `security` goal reads them for every candidate. */
  securityRows: readonly SecurityRow[];
  main: ActorId | null;
  alarm: number;
  posture: Posture;
  alignment: Alignment;
  /** 0..1: how live an extraterritorial corridor through Syunik is (demanded, negotiated, seized). */
  corridorStake: number;
  /** How far Armenia has turned west, 0..1 (CSTO frozen, ICC, West). */
  westLevel: number;
  /** Snyder's fears towards each partner (relation > 30). */
  fears: Partial<Record<ActorId, AllianceFears>>;
  /** The same partners in `fears`' key order, as the alliance term reads them for every candidate. */
  fearRows: readonly FearRow[];
  bargain: CorridorBargain;
  /** For each j, how many actors other than me hold a defence pact with j (who may join a fight with j). */
  pactAllies: Record<ActorId, number>;
  /** Richardson keenness to buy arms, 0..1. */
  armsDrive: number;
  weights: Record<string, number>;
  /** `weights` resolved for the posture (goals.ts weightedGoals): what scoring iterates. */
  goals: readonly WeightedGoal[];
  /** ρ from risk tolerance. */
  rho: number;
  /**
   * Whether scoring writes the plain-words text of each term. Off while ranking every candidate (the
   * numbers are identical either way); on when the chosen orders are re-scored for their reasons.
   */
  explain: boolean;
}
