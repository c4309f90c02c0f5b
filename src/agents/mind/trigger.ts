/**
 * The trigger of a choice: the remembered event most relevant to the order (by whom it came from,
 * whether it concerns the corridor, how much it mattered and how recent it is).
 */
import type { Order } from '../../shared/actions.js';
import type { AgentMemory, SalientEvent } from './memory.js';

const CORRIDOR_KEYS = new Set(['armeniaBorder', 'syunikKept', 'nakhchivanLink', 'arasRevenue']);

/** `id: text` of the most relevant salient event, or undefined when the agent remembers none. */
export function pickTrigger(memory: AgentMemory, order: Order, topKey: string | undefined, turn: number): string | undefined {
  const target = order.params.target ?? order.params.with;
  const corridorOrder = order.type.startsWith('corridor.') || (topKey !== undefined && CORRIDOR_KEYS.has(topKey));
  // The first event of the highest score; its words are written once, for it alone.
  let best: SalientEvent | null = null;
  let bestScore = 0;
  for (const ev of memory.salient) {
    const score = ev.weight + (ev.actor && ev.actor === target ? 2 : 0) + (ev.corridor && corridorOrder ? 2 : 0) - 0.3 * Math.max(0, turn - 1 - ev.turn);
    if (!best || score > bestScore) {
      best = ev;
      bestScore = score;
    }
  }
  return best ? `${best.id}: ${best.text}`.slice(0, 300) : undefined;
}
