/**
 * Walt's balance of threat (1987), as MODELS.md writes it:
 *   T_ij = w1·P_j + w2·Prox_ij + w3·Off_j + w4·Intent_ij + w5·Assoc_ij
 * Every term is normalised to 0..1 so the weights read as shares. Intent is a memory of hostile acts
 * and rhetoric that decays by λ each turn; association lets a partner inherit a threat ("Israel's
 * partner is Iran's threat", the article's §Israel and §Iran-Armenia).
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import type { GameEvent, GameState } from '../../sim/state/types.js';
import { pair, proximity } from '../../sim/state/selectors.js';
import { facts } from '../cache.js';

export interface ThreatWeights { power: number; proximity: number; offence: number; intent: number; association: number }

/** Default shares of the five terms; a personality may override them with `threat.<term>` weights. */
export const DEFAULT_THREAT_WEIGHTS: ThreatWeights = { power: 0.12, proximity: 0.12, offence: 0.12, intent: 0.44, association: 0.2 };

/** λ: the share of last turn's remembered hostility that survives a turn. */
export const INTENT_DECAY = 0.8;

/** The parts of one actor's threat from another, each 0..1, and their weighted total. */
export interface ThreatParts { power: number; proximity: number; offence: number; intent: number; association: number; total: number }

/** One turn of memory: λ·previous + this turn's hostility (never below 0: goodwill cannot bank credit). */
export function decayIntent(previous: number, hostility: number, lambda = INTENT_DECAY): number {
  return Math.max(0, lambda * previous + hostility);
}

/** Maps an unbounded hostility memory to 0..1 (3 units ≈ 0.63). */
export function intentLevel(memory: number): number {
  return 1 - Math.exp(-Math.max(0, memory) / 3);
}

/**
 * Threat without the association term: power, proximity, offence and intent (standing hostility from
 * a bad relation plus the remembered acts).
 */
export function directThreat(state: GameState, i: ActorId, j: ActorId, intentMemory: number, w: ThreatWeights = DEFAULT_THREAT_WEIGHTS): ThreatParts {
  if (i === j) return { power: 0, proximity: 0, offence: 0, intent: 0, association: 0, total: 0 };
  const f = facts(state);
  const p = f.power[j] / f.maxPower;
  const prox = proximity(i, j);
  const off = f.offence[j] / f.maxOffence;
  const standing = Math.max(0, -pair(state, i, j).relation / 100);
  const intent = Math.min(1, 0.5 * standing + intentLevel(intentMemory));
  const total = w.power * p + w.proximity * prox + w.offence * off + w.intent * intent;
  return { power: p, proximity: prox, offence: off, intent, association: 0, total };
}

/** How closely j is aligned with k, 0..1 (a good relation plus treaties). */
export function alignment(state: GameState, j: ActorId, k: ActorId): number {
  if (j === k) return 0;
  const pr = pair(state, j, k);
  const pact = pr.treaties.defencePact === 'explicit' ? 0.3 : pr.treaties.defencePact === 'vague' ? 0.15 : 0;
  const arms = pr.treaties.armsSupply ? 0.15 : 0;
  return Math.min(1, Math.max(0, pr.relation / 100) * 0.7 + pact + arms);
}

/**
 * The full threat row of actor i: T_ij for every j, with association Assoc_ij = Σ_k align(j,k)·T_ik
 * computed from the direct threats (one step, so the matrix stays well defined).
 */
export function threatRow(
  state: GameState, i: ActorId, intent: Partial<Record<ActorId, number>>, w: ThreatWeights = DEFAULT_THREAT_WEIGHTS,
): Record<ActorId, ThreatParts> {
  const row = {} as Record<ActorId, ThreatParts>;
  for (const j of ACTOR_IDS) row[j] = directThreat(state, i, j, intent[j] ?? 0, w);
  // Each direct threat becomes the full one in place: association reads only the direct intents,
  // which this does not change (a copy per actor was garbage made for every agent every turn).
  for (const j of ACTOR_IDS) {
    let assoc = 0;
    if (j !== i) for (const k of ACTOR_IDS) if (k !== i && k !== j) assoc += alignment(state, j, k) * row[k].intent;
    assoc = Math.min(1, assoc);
    const d = row[j];
    d.association = assoc;
    d.total = j === i ? 0 : d.total + w.association * assoc;
  }
  return row;
}

/** The actor with the highest threat towards i (its balancing target), or null when all are 0. */
export function mainThreat(row: Record<ActorId, ThreatParts>): ActorId | null {
  let best: ActorId | null = null;
  for (const j of ACTOR_IDS) if (row[j].total > 0 && (!best || row[j].total > row[best].total)) best = j;
  return best;
}

/**
 * Hostility of one event's actor towards `towards`: acts and rhetoric both count (Walt reads words as
 * intent; Fearon, in bargaining.ts, does not). Negative for friendly acts. 0 when unrelated.
 */
export function hostility(ev: GameEvent, towards: ActorId): number {
  if (!ev.actor || ev.actor === towards) return 0;
  const p = ev.params ?? {};
  const aimed = ev.target === towards || p.target === towards;
  switch (ev.type) {
    case 'diplomacy.denounce': return aimed ? 0.6 : 0;
    case 'diplomacy.expel': return aimed ? 1 : 0;
    // Lifting a halt of trade is a friendly act, imposing one a hostile one.
    case 'economy.sanction': return aimed ? (p.lift ? -0.5 : 1.2) : 0;
    case 'covert.influence': return aimed ? 1.5 : 0;
    case 'military.drill': return aimed ? 1.5 : 0;
    case 'military.deploy': return aimed ? 1 : 0;
    case 'military.mobilise': return aimed ? 1 : 0.2;
    case 'military.strike': return aimed ? 3 : 0;
    case 'military.offensive': return aimed ? 5 : 0;
    case 'rhetoric.set': return p.line === 'revanchist' ? 0.5 : p.line === 'conciliatory' ? -0.3 : 0;
    case 'corridor.zangezur': {
      // An extraterritorial demand or a seizure threatens Armenia's sovereignty and Iran's border.
      const hard = p.mode === 'extraterritorial' || p.step === 'seize';
      if (!hard || (towards !== 'ARM' && towards !== 'IRN')) return 0;
      return p.step === 'seize' ? 4 : p.step === 'demand' ? 1.5 : 0.5;
    }
    case 'diplomacy.summit': return aimed ? -0.5 : 0;
    case 'diplomacy.proposeTreaty': return aimed ? -0.3 : 0;
    default: return aimed && ev.type.startsWith('event.') ? 0.5 : 0;
  }
}
