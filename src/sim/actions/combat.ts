/**
 * Force: limited strikes and offensives. The battle arithmetic is in battle.ts.
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import type { ActionSpec } from '../context.js';
import { addActor, addCapability, addRelation, raiseRungTo } from '../effects.js';
import { offensiveCapability, pair, proximity } from '../state/selectors.js';
import type { Factor, GameState } from '../state/types.js';
import { checkOtherActor, checkProvince, holder, orderEvent, prob, provinceLabel, rule, seat, targetOf } from './common.js';
import { breakPeace, commitmentChecks, fight, offensiveBar, offensiveProblem } from './battle.js';
import { escalateToPowerWar } from './warLadder.js';

export const strike: ActionSpec = {
  type: 'military.strike',
  label: 'Limited strike / border clash',
  summary: 'A limited strike or border clash: the rung to at least 6, killed and wounded on both sides, a roll for whether it hits its aim.',
  who: 'any',
  cost: (s) => ({ ap: 1, moneyBn: rule(s, 'strikeCostBn', 0.05) }),
  claim: { section: '§Conclusion', note: 'Border clashes with Armenian soldiers killed, and a feared Iranian strike on Azerbaijan as a soft target, are the article\'s flashpoints.' },
  reactions: 'The target\'s pact holders and anyone already in confrontation with the striker check their commitments; a peace treaty is broken.',
  needs: 'needs a dispute at rung 3 (economic pressure) or higher with the target',
  check(s, o) {
    const bad = checkOtherActor(o) ?? checkProvince(s, o, true);
    if (bad) return bad;
    const t = targetOf(o);
    if (typeof o.params.province === 'string' && holder(s.provinces[o.params.province]) !== t) {
      return `params.province: ${o.params.province} is not held by ${t}`;
    }
    // Reach: a shared border, or long-range means (Israel and Iran strike at three hops).
    if (proximity(o.actor, t) < 0.25 && offensiveCapability(s, o.actor) < 40) return `${o.actor} cannot reach ${t}: no shared border and too little long-range strike capability`;
    if (pair(s, o.actor, t).treaties.defencePact !== 'none') return `${o.actor} has a defence pact with ${t}`;
    return null;
  },
  apply(ctx, o) {
    const t = targetOf(o);
    const s = ctx.state as GameState;
    const rungBefore = pair(s, o.actor, t).rung;
    const atk = offensiveCapability(s, o.actor);
    const ad = s.actors[t].capability.airDefence;
    const factors: Factor[] = [
      { label: `${seat(o.actor)}'s drones and artillery`, weight: Math.round((atk / (atk + ad * 1.2)) * 100) },
      { label: `${seat(t)}'s air defence`, weight: -Math.round(((ad * 1.2) / (atk + ad * 1.2)) * 100) },
    ];
    const p = prob(atk / (atk + ad * 1.2) + 0.1, 0.1, 0.9);
    const ok = ctx.roll(p);
    const base = rule(s, 'borderClashCasualties', 60);
    const own = Math.round(base * (ok ? 0.3 : 0.6));
    const their = Math.round(base * (ok ? 0.7 : 0.4));
    const displaced = ok ? Math.round(rule(s, 'strikeDisplaced', 2000)) : 0;
    const prov = typeof o.params.province === 'string' ? o.params.province : null;
    const where = prov ? ` in ${provinceLabel(s, prov)}` : '';
    const ev = orderEvent(ctx, o, ok
      ? `${seat(o.actor)}'s forces strike ${seat(t)}'s positions${where}.`
      : `${seat(o.actor)}'s strike on ${seat(t)}${where} is largely repelled.`, '§Conclusion',
    { outcome: ok ? 'success' : 'failure', probability: p, factors, casualties: own + their, displaced, province: prov });
    addActor(ctx.state, ev, o.actor, 'casualties', own);
    addActor(ctx.state, ev, t, 'casualties', their);
    if (displaced) addActor(ctx.state, ev, t, 'displaced', displaced);
    addCapability(ctx.state, ev, t, ok ? 'artillery' : 'airDefence', -2);
    if (!ok) addCapability(ctx.state, ev, o.actor, 'drones', -2);
    raiseRungTo(ctx.state, ev, o.actor, t, 6);
    escalateToPowerWar(ctx, ev, o.actor, t, rungBefore);
    addRelation(ctx.state, ev, o.actor, t, -15);
    addActor(ctx.state, ev, t, 'stability', -2);
    addActor(ctx.state, ev, o.actor, 'standing', -3);
    breakPeace(ctx, ev, o.actor, t);
    commitmentChecks(ctx, o, o.actor, t, prov);
  },
  enumerate(s, actor) {
    return ACTOR_IDS.filter((t) => t !== actor && pair(s, actor, t).rung >= 3).map((target) => ({ target }));
  },
};

export const offensive: ActionSpec = {
  type: 'military.offensive',
  label: 'Launch an offensive',
  summary: 'Take a neighbouring province by force: the big escalator. Success occupies it; both outcomes cost lives and displace civilians.',
  who: 'any',
  cost: (s) => ({ ap: 2, moneyBn: rule(s, 'offensiveCostBn', 0.2) }),
  claim: { section: '§Postwar', note: 'The article judges a major Azerbaijani assault on Armenia unlikely because it would force Tehran to react, yet it remains the path to regional war.' },
  reactions: 'The victim\'s pact holders, states in confrontation with the attacker, and Tehran for anything near its border check their commitments; foreign troops in the province fight; a peace treaty between the two is broken.',
  needs: 'needs a neighbouring province held by a state you are in confrontation with (rung 4 or higher)',
  check(s, o) {
    const bad = checkProvince(s, o) ?? checkOtherActor(o, 'target', true);
    if (bad) return bad;
    const prov = s.provinces[o.params.province as string];
    const defender = holder(prov);
    if (o.params.target !== undefined && o.params.target !== defender) {
      return `params.target: ${prov.id} is held by ${defender}, not ${String(o.params.target)}`;
    }
    return offensiveProblem(s, o.actor, prov);
  },
  apply(ctx, o) {
    const s = ctx.state as GameState;
    const prov = s.provinces[o.params.province as string];
    const defender: ActorId = holder(prov);
    fight(ctx, o, prov.id, (ok, where) => ok
      ? `${seat(o.actor)}'s forces take ${where} from ${seat(defender)}.`
      : `${seat(o.actor)}'s offensive into ${where} is stopped by ${seat(defender)}'s forces.`, '§Postwar');
  },
  enumerate(s, actor) {
    // Adjacent provinces held by states the actor is already in confrontation with (rung >= 4).
    const out = [];
    for (const id in s.provinces) {
      const p = s.provinces[id];
      const h = holder(p);
      if (h !== actor && pair(s, actor, h).rung >= 4 && offensiveBar(s, actor, p) === null) out.push({ province: p.id, target: h });
    }
    return out;
  },
};
