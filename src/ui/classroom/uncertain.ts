/**
 * Which orders have a drawn outcome the White Cell may force: strikes, offensives, covert influence,
 * mediation, and seizing the Zangezur/Syunik route by force.
 */
import type { Order } from '../../shared/actions.js';

const ALWAYS = new Set(['military.strike', 'military.offensive', 'covert.influence', 'diplomacy.mediate']);

/** True when the order's outcome is rolled (and so can be forced). */
export function isUncertain(order: Order): boolean {
  if (ALWAYS.has(order.type)) return true;
  return order.type === 'corridor.zangezur' && (order.params as { step?: unknown }).step === 'seize';
}
