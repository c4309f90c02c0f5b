/**
 * What the UI shows about an agent: posture, alignment, a one-line summary and normalised threats.
 */
import { ACTOR_IDS, ACTOR_NAMES, type ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { postureWords, type AgentView, type Alignment, type Posture } from '../types.js';
import type { AgentMemory } from './memory.js';
import type { Assessment } from './posture.js';
import { threatFor } from './assess.js';

const seat = (a: ActorId): string => ACTOR_NAMES[a].seat;

export function summaryOf(posture: Posture, alignment: Alignment, a: Assessment | null): string {
  const mode = `Posture: ${postureWords(posture)}.`;
  if (!a || !a.main) return `${mode} No pressing threat.`;
  if (alignment === 'balancing') return `${mode} Balancing against ${seat(a.main)}${a.partner ? ` with ${seat(a.partner)}` : ''}.`;
  if (alignment === 'bandwagoning') return `${mode} Accommodating ${seat(a.main)}: too strong to balance without a reliable partner.`;
  return `${mode} Hedging towards ${seat(a.main)}: no partner it trusts enough to balance with.`;
}

/** The AgentView of one agent; threat is empty until it has seen a state. */
export function agentView(memory: AgentMemory, posture: Posture, alignment: Alignment, assessment: Assessment | null, state: GameState | null): AgentView {
  const threat: Partial<Record<ActorId, number>> = {};
  if (state) {
    const row = threatFor(state, memory);
    let max = 1e-9;
    for (const j of ACTOR_IDS) if (j !== memory.actor) max = Math.max(max, row[j].total);
    for (const j of ACTOR_IDS) if (j !== memory.actor) threat[j] = Math.round((row[j].total / Math.max(0.5, max)) * 100) / 100;
  }
  return { actor: memory.actor, posture, alignment, summary: summaryOf(posture, alignment, assessment), threat };
}
