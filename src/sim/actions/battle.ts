/**
 * Land battle for a province: the odds, the roll, the human cost and the third parties' commitment
 * checks. Used by military.offensive and by corridor.zangezur's `seize` step.
 *
 * p = A / (A + D), where A is the share of the attacker's usable strength committed locally and D the
 * defender's local force: its own committed share plus the garrison and foreign troops present (troops
 * of a state that is not the attacker fight for the host: Iranian units in Syunik [§Postwar]), all
 * multiplied by the fortification. p is clamped to 5-90%.
 */
import { ACTOR_NAMES, pairKey, type ActorId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import type { SimContext } from '../context.js';
import { addActor, addCapability, addRelation, addRung, noteChange, raiseRungTo, round2, setAtWar } from '../effects.js';
import { SYUNIK, militaryStrength, pair } from '../state/selectors.js';
import type { Factor, GameEvent, GameState, ProvinceState } from '../state/types.js';
import { holder, orderEvent, othersThan, prob, provinceLabel, reactionEvent, rule, seat } from './common.js';
import { escalateToPowerWar } from './warLadder.js';
import { iranOnCorridor } from './reactions.js';

/** Share of total strength an attacker commits to one province; a defender's share on the spot. */
const ATTACK_SHARE = 0.3;
const DEFENCE_SHARE = 0.2;
/** Foreign troops count double: fresh units and the political weight of their presence. */
const FOREIGN_WEIGHT = 2;

export interface BattleOdds {
  p: number;
  factors: Factor[];
  attack: number;
  defence: number;
}

/** The odds of `attacker` taking `prov` from its holder, with the factors for the log. */
export function battleOdds(s: GameState, attacker: ActorId, prov: ProvinceState): BattleOdds {
  const defender = holder(prov);
  const attack = militaryStrength(s, attacker) * ATTACK_SHARE;
  const own = militaryStrength(s, defender) * DEFENCE_SHARE;
  const fort = 1 + prov.fortification / 100;
  const foreign = Object.entries(prov.troops)
    .filter(([id]) => id !== attacker && id !== defender)
    .map(([id, n]) => ({ id, n: (n ?? 0) * FOREIGN_WEIGHT }));
  const foreignTotal = foreign.reduce((x, f) => x + f.n, 0);
  const defence = (own + prov.garrison + foreignTotal) * fort;
  const p = prob(attack / (attack + defence), 0.05, 0.9);
  const pts = (v: number) => Math.round((v / (attack + defence)) * 100);
  const factors: Factor[] = [
    { label: `${seat(attacker)}'s committed forces`, weight: pts(attack) },
    { label: `${seat(defender)}'s forces on the spot`, weight: -pts(own * fort) },
    { label: 'garrison', weight: -pts(prov.garrison * fort) },
    { label: `fortification ${prov.fortification}`, weight: -pts((own + prov.garrison + foreignTotal) * (fort - 1)) },
    ...foreign.map((f) => ({ label: `${ACTOR_NAMES[f.id as ActorId]?.adjective ?? f.id} troops present`, weight: -pts(f.n * fort) })),
  ];
  return { p, factors, attack: round2(attack), defence: round2(defence) };
}

/** Why `attacker` cannot attack `prov` (not adjacent, its own, ...), or null. */
export function offensiveProblem(s: GameState, attacker: ActorId, prov: ProvinceState): string | null {
  switch (offensiveBar(s, attacker, prov)) {
    case 'own': return `${prov.id} is already held by ${attacker}`;
    case 'notAdjacent': return `${prov.id} does not border a province held by ${attacker}`;
    case 'pact': return `${attacker} has a defence pact with ${holder(prov)}`;
    default: return null;
  }
}

/**
 * Which of offensiveProblem's reasons applies, without its words: the offensive menu asks this of
 * every province of a state the agent is in confrontation with, every turn, and needs only yes or no.
 */
export function offensiveBar(s: GameState, attacker: ActorId, prov: ProvinceState): 'own' | 'notAdjacent' | 'pact' | null {
  const defender = holder(prov);
  if (defender === attacker) return 'own';
  const adjacent = prov.neighbours.some((n) => s.provinces[n] && holder(s.provinces[n]) === attacker);
  if (!adjacent) return 'notAdjacent';
  if (pair(s, attacker, defender).treaties.defencePact !== 'none') return 'pact';
  return null;
}

/** Casualties and displaced of one battle (grade C scales, tunable). */
function humanCost(s: GameState, success: boolean) {
  const base = rule(s, 'offensiveCasualties', 600);
  return {
    attacker: Math.round(base * (success ? 0.4 : 0.6)),
    defender: Math.round(base * (success ? 0.6 : 0.3)),
    displaced: Math.round(rule(s, 'offensiveDisplaced', 30000) * (success ? 1 : 0.3)),
  };
}

/**
 * The Zangezur corridor follows Syunik's holder: Baku's forces taking the province open the route by
 * force (status seized, extraterritorial, 100 on the sovereignty scale), as `corridor.zangezur` seize
 * does; Armenia taking it back closes it. A player had watched Baku's forces take Syunik while the map
 * still showed the corridor "negotiating" and Baku went on negotiating transit under Armenian control
 * through a province it held.
 */
function corridorFollowsSyunik(s: GameState, ev: GameEvent, holder: ActorId | null): void {
  const z = s.global.zangezur;
  const set = <K extends 'status' | 'mode' | 'sovereignty'>(k: K, v: GameState['global']['zangezur'][K]) => {
    if (z[k] !== v) noteChange(ev, `zangezur.${k}`, z[k], v);
    z[k] = v;
  };
  if (holder === 'AZE') {
    set('status', 'seized');
    set('mode', 'extraterritorial');
    set('sovereignty', 100);
  } else if (holder === null && z.status === 'seized') {
    set('status', 'closed');
    set('mode', null);
  }
}

/**
 * Fights for `provId`. Emits the order event (with p and factors) and the reactions; returns whether
 * the attacker took the province.
 */
export function fight(ctx: SimContext, o: Order, provId: string, text: (ok: boolean, where: string) => string, claim: string): { ok: boolean; ev: GameEvent } {
  const s = ctx.state as GameState;
  const prov = ctx.state.provinces[provId];
  const attacker = o.actor;
  const defender = holder(prov);
  const odds = battleOdds(s, attacker, prov);
  // The rungs before the battle: a second battle or strike at rung 8 with an outside power is a war between powers (warLadder.ts).
  const rungBefore = pair(s, attacker, defender).rung;
  const ok = ctx.roll(odds.p);
  const cost = humanCost(s, ok);
  const foreign = (Object.keys(prov.troops) as ActorId[]).filter((id) => id !== attacker && id !== defender && (prov.troops[id] ?? 0) > 0);
  const foreignCasualties = foreign.length ? Math.round(cost.defender * 0.2) : 0;
  const where = provinceLabel(s, provId);
  const ev = orderEvent(ctx, o, text(ok, where), claim, {
    target: defender, province: provId, outcome: ok ? 'success' : 'failure', probability: odds.p, factors: odds.factors,
    casualties: cost.attacker + cost.defender + foreignCasualties, displaced: cost.displaced,
  });
  addActor(ctx.state, ev, attacker, 'casualties', cost.attacker);
  addActor(ctx.state, ev, defender, 'casualties', cost.defender);
  addActor(ctx.state, ev, prov.owner, 'displaced', cost.displaced);
  addCapability(ctx.state, ev, attacker, 'ground', -(ok ? 3 : 5));
  addCapability(ctx.state, ev, defender, 'ground', -(ok ? 5 : 2));
  if (ok) {
    const to = attacker === prov.owner ? null : attacker;
    noteChange(ev, `${provId}.occupier`, prov.occupier, to);
    prov.occupier = to;
    prov.garrison = Math.max(2, Math.round(prov.garrison / 3));
    if (provId === SYUNIK) corridorFollowsSyunik(s as GameState, ev, to);
  } else {
    prov.garrison = Math.max(1, round2(prov.garrison - 2));
  }
  raiseRungTo(ctx.state, ev, attacker, defender, 8);
  escalateToPowerWar(ctx, ev, attacker, defender, rungBefore);
  setAtWar(ctx.state, ev, attacker, defender);
  // An offensive breaks a peace treaty between the two, as a strike does (combat.ts), even one signed
  // earlier the same month: a settlement had been declared as Baku's forces took Syunik.
  breakPeace(ctx, ev, attacker, defender);
  addRelation(ctx.state, ev, attacker, defender, -25);
  addActor(ctx.state, ev, defender, 'stability', ok ? -10 : -3);
  addActor(ctx.state, ev, attacker, 'stability', ok ? -1 : -5);
  addActor(ctx.state, ev, attacker, 'standing', -8);
  // Foreign troops in the province are fired on: their state and the attacker stand at rung 8 (clashes),
  // but whether that state is at war is its own decision (warLadder.ts): Moscow, whose border guards come
  // under fire and who does not answer, is not counted among the states fighting a regional war.
  for (const f of foreign) {
    const foreignBefore = pair(s, f, attacker).rung;
    const r = reactionEvent(ctx, o, f, attacker, `${seat(f)}'s troops in ${where} come under fire from ${seat(attacker)}'s forces.`, '§Postwar',
      { casualties: foreignCasualties, province: provId });
    addActor(ctx.state, r, f, 'casualties', foreignCasualties);
    raiseRungTo(ctx.state, r, f, attacker, 8);
    escalateToPowerWar(ctx, r, attacker, f, foreignBefore);
    addRelation(ctx.state, r, f, attacker, -20);
  }
  commitmentChecks(ctx, o, attacker, defender, provId, foreign);
  if (ok && provId === SYUNIK && prov.occupier === 'AZE') tehranOnSyunikTaken(ctx, o, attacker);
  return { ok, ev };
}

/**
 * Syunik taken by Baku's forces, by an offensive or by the corridor's seizure: the route along Iran's
 * border is seized (corridorFollowsSyunik), Tehran's red line crossed. Its orders reportedly foresee
 * armed intervention to stop the corridor's takeover [§Postwar, §Iran-Armenia]. Both ways of taking
 * the province bring the same reaction (only the seizure had, and a player as Tehran had seen an
 * offensive take Syunik with no word of the red line).
 */
function tehranOnSyunikTaken(ctx: SimContext, o: Order, by: ActorId): void {
  iranOnCorridor(ctx, o, by, true, 3);
  const pledged = pair(ctx.state as GameState, 'IRN', 'ARM').treaties.defencePact !== 'none';
  const r = reactionEvent(ctx, o, 'IRN', by, `Tehran declares the seizure of Syunik (Zangezur) an attack on its own security${pledged ? ', and its defence pact with Yerevan is called on' : ''}.`, '§Postwar');
  raiseRungTo(ctx.state, r, 'IRN', by, 7);
  addRelation(ctx.state, r, 'IRN', by, -15);
}

/**
 * At rung 6 and above third parties check their commitments (GAME.md): pact holders of the victim
 * and states already in confrontation with the attacker react; Tehran reacts to any attack on
 * Armenia's south, where its border and the corridor lie [§Iran-Armenia].
 */
export function commitmentChecks(ctx: SimContext, o: Order, attacker: ActorId, defender: ActorId, provId: string | null, skip: ActorId[] = []): void {
  const s = ctx.state as GameState;
  for (const x of othersThan(attacker, defender)) {
    if (skip.includes(x)) continue;
    const pact = pair(s, x, defender).treaties.defencePact;
    const confronting = pair(s, x, attacker).rung >= 6;
    const iranSouth = x === 'IRN' && provId !== null && (s.provinces[provId]?.neighbours.some((n) => s.provinces[n]?.owner === 'IRN') ?? false);
    if (pact === 'none' && !confronting && !iranSouth) continue;
    const factors: Factor[] = [];
    if (pact !== 'none') factors.push({ label: `${pact} defence pact with ${defender}`, weight: pact === 'explicit' ? -15 : -8 });
    if (confronting) factors.push({ label: `already at rung ${pair(s, x, attacker).rung} with ${attacker}`, weight: -5 });
    if (iranSouth) factors.push({ label: 'attack next to Iran\'s border with Armenia', weight: -12 });
    const weight = factors.reduce((a, f) => a + f.weight, 0);
    const r = reactionEvent(ctx, o, x, attacker,
      `${seat(x)} weighs its commitments after ${seat(attacker)}'s attack on ${seat(defender)}.`, '§Conclusion', { factors });
    addRelation(ctx.state, r, x, attacker, Math.max(-20, weight));
    const target = pact === 'explicit' || iranSouth ? 6 : 4;
    if (pair(s, x, attacker).rung < target) addRung(ctx.state, r, x, attacker, target - pair(s, x, attacker).rung);
    else ctx.state.pairs[pairKey(x, attacker)].lastIncidentTurn = ctx.state.turn;
  }
}

/** Ends a peace treaty between `attacker` and `victim`, if any; breaking it costs the attacker credibility. */
export function breakPeace(ctx: SimContext, ev: GameEvent, attacker: ActorId, victim: ActorId): void {
  const key = pairKey(attacker, victim);
  const tr = ctx.state.pairs[key].treaties;
  if (!tr.peace) return;
  tr.peace = false;
  noteChange(ev, `${key}.treaties.peace`, true, false);
  addActor(ctx.state, ev, attacker, 'credibility', -10);
}
