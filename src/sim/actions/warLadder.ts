/**
 * The top of the escalation ladder (GAME.md: "8 major offensive, 9 war between two regional powers,
 * 10 regional war (four or more actors fighting). Climbing is cheap except 5 to 6 and 8 to 9").
 *
 * Rung 8 comes from a major offensive, or from troops of a third state coming under fire in one
 * (battle.ts). The step to 9 is the outside power's own decision to fight: an outside power (Iran,
 * Turkey, Russia, Israel) using force (a strike or an offensive) on a state with which it already stands
 * at rung 8. Baku's forces firing on Iranian units in Syunik put Tehran and Baku at rung 8; if Tehran
 * strikes back, it is a war between regional powers, the article's warning [§Conclusion]: a direct clash
 * of Iran and Azerbaijan could drag in Armenia, Turkey and Russia. A power that does not answer (Moscow,
 * absorbed by Ukraine, whose border guards are fired on) is not at war by another's choice alone.
 * Rung 10 (systems/widening.ts) follows when four or more states fight.
 */
import type { ActorId } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { raiseRungTo, setAtWar } from '../effects.js';
import type { GameEvent } from '../state/types.js';

/** The four outside powers of the region (the endings use the same list). */
export const OUTSIDE_POWERS: readonly ActorId[] = ['IRN', 'TUR', 'RUS', 'ISR'];

/** The rung from which another use of force between a pair with an outside power is a war between powers. */
export const WAR_BETWEEN_POWERS_FROM = 8;

/** Whether force used by `user` on `other`, their pair at `rungBefore`, makes a war between regional powers. */
export function makesPowerWar(user: ActorId, other: ActorId, rungBefore: number): boolean {
  return rungBefore >= WAR_BETWEEN_POWERS_FROM && user !== other && OUTSIDE_POWERS.includes(user);
}

/**
 * Call after `user` used force on `other` (a strike, an offensive, fire on its troops) with the pair's
 * rung before it: climbs to rung 9 and marks the pair at war when makesPowerWar holds.
 */
export function escalateToPowerWar(ctx: SimContext, ev: GameEvent, user: ActorId, other: ActorId, rungBefore: number): void {
  if (!makesPowerWar(user, other, rungBefore)) return;
  raiseRungTo(ctx.state, ev, user, other, 9);
  setAtWar(ctx.state, ev, user, other);
}
