/**
 * Endings (GAME.md "Endings and scores"; MODELS.md "Endings in more detail"), checked at the end of
 * every turn in this order of precedence:
 *  1. regionalWar: some pair at rung 10 and at least `regionalWarActors` (4) of the six fighting;
 *  2. regionalPowerWar: a pair at rung >= 9 that includes at least one of the four outside powers
 *     (Iran, Turkey, Russia, Israel). Rung 9 is by definition war between regional powers; an
 *     Armenia-Azerbaijan war alone stays a local war however high it climbs, until a power joins;
 *  3. armeniaCollapse: Armenia's stability at or below `armeniaCollapseStability` (5), or Yerevan occupied;
 *  4. settlement: an Armenia-Azerbaijan peace treaty together with a corridor arrangement (a Zangezur
 *     route agreed, the Aras route open, or a corridor deal between the two);
 *  5. turnLimit: the scenario's last turn has been played.
 */
import { ACTOR_NAMES, PAIR_KEYS, pairMembers } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { param } from '../scenario/params.js';
import type { Ending, GameState } from '../state/types.js';
import { fightingActors } from '../state/selectors.js';
import { OUTSIDE_POWERS } from '../actions/warLadder.js';


/** "Armenia, Azerbaijan, Iran and Russia". */
function listOf(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Which ending, if any, the state has reached (pure; `state.turn` is the turn just played). */
export function checkEnding(state: GameState): Ending | null {
  const turn = state.turn;
  const fighting = fightingActors(state);
  const rung10 = PAIR_KEYS.some((k) => state.pairs[k].rung >= 10);
  if (rung10 && fighting.length >= param(state, 'regionalWarActors')) {
    return { kind: 'regionalWar', turn, actors: fighting, text: `Regional war: ${listOf(fighting.map((a) => ACTOR_NAMES[a].state))} are fighting. Everyone loses.` };
  }
  const powerWar = PAIR_KEYS.find((k) => state.pairs[k].rung >= 9 && pairMembers(k).some((a) => OUTSIDE_POWERS.includes(a)));
  if (powerWar) {
    const actors = pairMembers(powerWar);
    return { kind: 'regionalPowerWar', turn, actors, text: `War between ${actors.map((a) => ACTOR_NAMES[a].state).join(' and ')}: a regional power is at war in the South Caucasus.` };
  }
  const yerevan = state.provinces['AM.ER'];
  const occupied = yerevan && yerevan.occupier !== null && yerevan.occupier !== 'ARM';
  if (state.actors.ARM.stability <= param(state, 'armeniaCollapseStability') || occupied) {
    return { kind: 'armeniaCollapse', turn, actors: ['ARM'], text: occupied ? 'Yerevan is occupied: the Armenian state collapses.' : 'The Armenian state collapses under internal strain.' };
  }
  const p = state.pairs['ARM-AZE'].treaties;
  const g = state.global;
  const corridor = g.zangezur.status === 'agreed' || g.aras.status === 'open' || p.corridorDeal;
  if (p.peace && corridor) {
    // Say which route settled it: the text had read "sign a peace treaty with a corridor arrangement" in
    // a game whose treaty was months old and whose route was the Aras, opened that month.
    const route = g.zangezur.status === 'agreed'
      ? `a route through Syunik (Zangezur) agreed (${g.zangezur.mode === 'extraterritorial' ? 'extraterritorial' : g.zangezur.sovereignty > 0 ? 'transit under Armenian control with guarantees for Baku\'s traffic' : 'transit under Armenian control'}, ${g.zangezur.sovereignty} on the 0-100 sovereignty scale)`
      : g.aras.status === 'open' ? 'Nakhchivan linked to the rest of Azerbaijan by the Aras route through Iran' : 'a corridor deal signed';
    return { kind: 'settlement', turn, actors: ['ARM', 'AZE'], text: `A settlement: Armenia and Azerbaijan at peace under a treaty, with ${route}.` };
  }
  if (turn >= state.scenario.turns) {
    return { kind: 'turnLimit', turn, text: 'The last turn has been played: the region stays in frozen hostility. Scores decide.' };
  }
  return null;
}

/** The endings system: records the ending and an 'ending' event. */
export function runEndings(ctx: SimContext): void {
  if (ctx.state.ending) return;
  const ending = checkEnding(ctx.state as GameState);
  if (!ending) return;
  ctx.state.ending = ending;
  ctx.emit({
    kind: 'ending', type: `ending.${ending.kind}`, actor: null, outcome: 'info', text: ending.text,
    effects: [{ path: 'ending', from: null, to: ending.kind }],
    claim: ending.kind === 'settlement' ? '§Postwar' : '§Conclusion',
  });
}

