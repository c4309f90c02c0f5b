/**
 * What the White Cell may inject: the world-event catalogue, passed through the runtime because the
 * UI reads the simulation only through the runtime and the action specs (architecture rule).
 */
import { WORLD_EVENTS, type WorldEventInfo } from '../sim/systems/catalogue.js';

/** Every world event a facilitator can inject, with its title, summary and source section. */
export const INJECTABLE_EVENTS: readonly WorldEventInfo[] = WORLD_EVENTS;
