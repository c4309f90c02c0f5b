/**
 * The trigger of a choice: the remembered event most relevant to the order (by whom it came from,
 * whether it concerns the corridor, how much it mattered and how recent it is).
 */
import type { Order } from '../../shared/actions.js';
import { ACTOR_NAMES, isActorId, type ActorId } from '../../shared/ids.js';
import type { AgentMemory, SalientEvent } from './memory.js';

const CORRIDOR_KEYS = new Set(['armeniaBorder', 'syunikKept', 'nakhchivanLink', 'arasRevenue']);

/**
 * Whether a remembered event can have triggered an order aimed at `target`: an act of the target's, or
 * a world event that names it. A review had Ankara expelling Israel's diplomats "triggered" by Yerevan's
 * corridor talks, and Baku taking Syunik by Tehran's objection to those talks: the most salient event,
 * whoever it came from. An order with no target answers a world event or an act that names the agent.
 */
function concerns(ev: SalientEvent, target: unknown, me: ActorId): boolean {
  // An order with no target (a line of rhetoric, mobilising) answers a world event or what others did
  // to the agent itself: Moscow's mobilisation had been "triggered" by Yerevan rejecting Ankara's demand.
  if (typeof target !== 'string' || !isActorId(target)) return ev.actor === null || names(ev.text, me);
  if (ev.actor === target) return true;
  if (ev.actor !== null) return false;
  return names(ev.text, target);
}

/** Whether `text` names the state (its capital, its name or its adjective). */
function names(text: string, who: ActorId): boolean {
  const n = ACTOR_NAMES[who];
  return text.includes(n.seat) || text.includes(n.state) || text.includes(n.adjective);
}

/**
 * `id: text` of the most relevant salient event that concerns the order's target, or undefined when the
 * agent remembers none (the card then says the move came from its own reading of the situation).
 */
export function pickTrigger(memory: AgentMemory, order: Order, topKey: string | undefined, turn: number): string | undefined {
  const target = order.params.target ?? order.params.with;
  const corridorOrder = order.type.startsWith('corridor.') || (topKey !== undefined && CORRIDOR_KEYS.has(topKey));
  // The first event of the highest score; its words are written once, for it alone.
  let best: SalientEvent | null = null;
  let bestScore = 0;
  for (const ev of memory.salient) {
    if (!concerns(ev, target, memory.actor)) continue;
    const score = ev.weight + (ev.actor && ev.actor === target ? 2 : 0) + (ev.corridor && corridorOrder ? 2 : 0) - 0.3 * Math.max(0, turn - 1 - ev.turn);
    if (!best || score > bestScore) {
      best = ev;
      bestScore = score;
    }
  }
  return best ? `${best.id}: ${best.text}`.slice(0, 300) : undefined;
}
