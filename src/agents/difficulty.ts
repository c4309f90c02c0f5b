/**
 * Difficulty changes what agents know and how carefully they think, never what they are given:
 * no hidden bonuses in money, action points or dice.
 */
import type { Difficulty } from './types.js';

export interface DifficultySettings {
  /** Softmax temperature: higher is more erratic. */
  temperature: number;
  /** Turns ahead an agent projects arms deliveries (Powell's commitment problem). */
  foresight: number;
  /** How much a covert act it did not see still counts (intelligence and suspicion). */
  unseenCovertWeight: number;
  /** Whether it weighs third parties' likely reactions in escalation risk. */
  readsThirdParties: boolean;
  /** Most orders it gives in a turn. */
  maxOrders: number;
}

export const DIFFICULTY_SETTINGS: Record<Difficulty, DifficultySettings> = {
  novice: { temperature: 0.9, foresight: 0, unseenCovertWeight: 0, readsThirdParties: false, maxOrders: 2 },
  standard: { temperature: 0.35, foresight: 2, unseenCovertWeight: 0.25, readsThirdParties: true, maxOrders: 3 },
  expert: { temperature: 0.12, foresight: 4, unseenCovertWeight: 0.5, readsThirdParties: true, maxOrders: 3 },
};

/** Plain words for the UI's difficulty picker. */
export const DIFFICULTY_NOTES: Record<Difficulty, string> = {
  novice:
    'Agents think loosely: their choices are noisy, they look no further than this month, they ignore deniable acts they did not see, forget what third parties would do, and give at most two orders a turn.',
  standard:
    'Agents weigh their objectives with some noise, project arms deliveries two months ahead (a closing window can push them to act first), half-suspect unseen covert pressure, and expect allies and rivals to react.',
  expert:
    'Agents choose carefully with little noise, look four months ahead at the balance of forces, read more of the covert pressure aimed at them, and weigh every third party’s reaction. They get no extra money, points or luck.',
};
