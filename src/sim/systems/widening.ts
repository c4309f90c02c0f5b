/**
 * Rung 10, regional war (GAME.md's ladder: "four or more actors fighting"): at the end of a turn, a war
 * between regional powers (rung 9, actions/warLadder.ts) while at least `regionalWarActors` (4) of the
 * six states are at war with someone becomes a regional war. The endings step then reads it.
 */
import { ACTOR_NAMES, PAIR_KEYS, pairMembers } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { addRung } from '../effects.js';
import { param } from '../scenario/params.js';
import { fightingActors } from '../state/selectors.js';
import type { GameState } from '../state/types.js';

export function runWidening(ctx: SimContext): void {
  const s = ctx.state as GameState;
  const powerWars = PAIR_KEYS.filter((k) => s.pairs[k].rung === 9);
  if (!powerWars.length) return;
  const fighting = fightingActors(s);
  if (fighting.length < param(s, 'regionalWarActors')) return;
  for (const key of powerWars) {
    const [a, b] = pairMembers(key);
    const ev = ctx.emit({
      kind: 'world', type: 'system.widening', actor: null, outcome: 'ok', claim: '§Conclusion',
      text: `The war between ${ACTOR_NAMES[a].state} and ${ACTOR_NAMES[b].state} widens: ${fighting.length} states are fighting, a regional war.`,
    });
    addRung(ctx.state, ev, a, b, 1);
  }
}
