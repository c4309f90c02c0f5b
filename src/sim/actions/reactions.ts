/**
 * Third-party reactions shared by several actions: who notices a move and minds it. Each reaction is
 * its own event (kind 'reaction') so the news feed can say "Tehran protests Baku's ...".
 */
import type { ActorId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import type { SimContext } from '../context.js';
import { addActor, addRelation, addRung, addTrust, raiseRungTo } from '../effects.js';
import { pair } from '../state/selectors.js';
import type { GameState } from '../state/types.js';
import { othersThan, reactionEvent, seat } from './common.js';

/**
 * Walt's "association" (MODELS.md): warming up to X's enemy is noticed by X. A third party that is
 * friendly with `actor` (relation >= 40) and hostile to `partner` (<= -50) loses relation with `actor`.
 * Israel watching Baku talk to Tehran is the typical case [§Israel].
 */
export function associationReactions(ctx: SimContext, order: Order, actor: ActorId, partner: ActorId, delta: number, what: string, where?: string): void {
  const s = ctx.state as GameState;
  for (const x of othersThan(actor, partner)) {
    if (pair(s, x, actor).relation >= 40 && pair(s, x, partner).relation <= -50) {
      // "talks with Baku", or, for a mission, where it opens: "new consulate in Azerbaijan".
      const ev = reactionEvent(ctx, order, x, actor, `${seat(x)} looks warily at ${seat(actor)}'s ${what} ${where ?? `with ${seat(partner)}`}.`, '§Israel');
      addRelation(ctx.state, ev, x, actor, -Math.abs(delta));
    }
  }
}

/**
 * Iran minds Israeli arms in Azerbaijan, drones most of all: it reads them as a forward Israeli
 * presence on its border [§Israel, §Iran-Armenia].
 */
export function iranOnIsraeliArms(ctx: SimContext, order: Order, buyer: ActorId, item: string, scale = 1): void {
  if (buyer !== 'AZE') return;
  const drones = item === 'drones';
  const ev = reactionEvent(ctx, order, 'IRN', 'AZE',
    `Tehran protests Israeli ${drones ? 'drones' : 'arms'} for Baku, calling them an Israeli foothold on its border.`, '§Israel',
    { factors: [{ label: 'Israeli supplier', weight: -5 * scale }, ...(drones ? [{ label: 'drones (surveillance near Iran)', weight: -4 * scale }] : [])] });
  addRelation(ctx.state, ev, 'IRN', 'AZE', (drones ? -9 : -5) * scale);
  raiseRungTo(ctx.state, ev, 'AZE', 'IRN', drones ? 3 : 2);
  // Yerevan's outcry over Israeli weapons used against Armenians [§Israel].
  const ev2 = reactionEvent(ctx, order, 'ARM', 'ISR', 'Yerevan condemns Israeli arms deliveries to Baku.', '§Israel');
  addRelation(ctx.state, ev2, 'ARM', 'ISR', -3 * scale);
}

/**
 * Russia minds Armenia turning to Western or Indian suppliers and away from Moscow: relation and
 * trust fall, and Moscow's leverage (gas, media, migrants' remittances) shakes Armenian stability
 * a little [§Postwar]. `weight` scales the reaction (1 = one arms purchase).
 */
export function russiaOnArmenianDrift(ctx: SimContext, order: Order, what: string, weight: number): void {
  const ev = reactionEvent(ctx, order, 'RUS', 'ARM', `Moscow criticises Yerevan's ${what}.`, '§Postwar',
    { factors: [{ label: 'Armenia drifting from Russia', weight: -5 * weight }] });
  addRelation(ctx.state, ev, 'RUS', 'ARM', -5 * weight);
  addTrust(ctx.state, ev, 'RUS', 'ARM', -4 * weight);
  addActor(ctx.state, ev, 'ARM', 'stability', -weight);
}

/**
 * Iran's red line: an extraterritorial corridor along its border with Armenia [§Iran-Armenia,
 * §Postwar]. `severity` 1 for a demand, 2 for an agreement, 3 for a seizure.
 */
export function iranOnCorridor(ctx: SimContext, order: Order, by: ActorId, extraterritorial: boolean, severity: number): void {
  const relation = extraterritorial ? -6 - 6 * severity : -2 - severity;
  const ev = reactionEvent(ctx, order, 'IRN', by,
    extraterritorial
      ? `Tehran warns that an extraterritorial corridor through Syunik (Zangezur) would cut its border with Armenia, a red line.`
      : `Tehran notes ${seat(by)}'s corridor move and insists the border with Armenia stays under Armenian control.`,
    '§Iran-Armenia',
    { factors: [{ label: extraterritorial ? 'extraterritorial corridor (red line)' : 'Armenian-controlled transit', weight: relation }] });
  addRelation(ctx.state, ev, 'IRN', by, relation);
  const p = pair(ctx.state as GameState, 'IRN', by);
  // Words climb the ladder only to 5 (covert/proxy); a seizure is handled by the offensive itself.
  const cap = extraterritorial ? 5 : 4;
  const step = extraterritorial ? 2 : 1;
  if (p.rung < cap) addRung(ctx.state, ev, 'IRN', by, Math.min(step, cap - p.rung));
  else p.lastIncidentTurn = ctx.state.turn;
}

/** Turkey's standing in the Muslim world rises when it takes Gaza's side against Israel [§Conclusion]. */
export function turkeyGazaStanding(s: GameState): number {
  return s.global.gazaIntensity >= 3 ? 3 : 1;
}
