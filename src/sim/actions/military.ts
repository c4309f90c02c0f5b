/**
 * Signalling with force short of fighting: drills, deployments, mobilisation and standing down.
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import type { ActionSpec } from '../context.js';
import { addActor, addRelation, addRung, addTrust, countRoutine, noteChange, raiseRungTo, setActor } from '../effects.js';
import { pair, power, routineNovelty, sharesBorder } from '../state/selectors.js';
import type { GameState, ProvinceState, Readiness } from '../state/types.js';
import { checkOtherActor, checkProvince, holder, orderEvent, provinceLabel, reactionEvent, rule, seat, targetOf } from './common.js';
import { isLiveAudienceCost } from './diplomacy.js';

const UP: Record<Readiness, Readiness> = { peace: 'alert', alert: 'mobilised', mobilised: 'mobilised' };
const DOWN: Record<Readiness, Readiness> = { peace: 'peace', alert: 'peace', mobilised: 'alert' };

export const drill: ActionSpec = {
  type: 'military.drill',
  label: 'Hold military drills',
  summary: 'Exercise near the target\'s border, alone or with a partner: readiness up, the rung with the target to 4; a joint drill builds trust between partners.',
  who: 'any',
  cost: (s, o) => ({ ap: 1, moneyBn: o.params.with ? rule(s, 'jointDrillCostBn', 0.03) : rule(s, 'drillCostBn', 0.02) }),
  claim: { section: '§Turkey, §Iran-Armenia', note: 'Iran staged large drills on Azerbaijan\'s border after 2020; Baku and Ankara answered with their own, part of more than twenty joint exercises in 2022.' },
  reactions: 'The target reads it as a threat (rung 4); partners in a joint drill trust each other more.',
  needs: 'needs a rival (a relation below 0) within reach',
  check(s, o) {
    const bad = checkOtherActor(o) ?? checkOtherActor(o, 'with', true);
    if (bad) return bad;
    const partner = o.params.with as ActorId | undefined;
    if (partner === o.params.target) return 'params.with: the partner cannot be the drill\'s target';
    // A team decides its own state's drills: no order of another state commits it to one (an agent had
    // put a human Ankara into joint drills against Yerevan, and Yerevan's protest fell on the team).
    if (partner && s.actors[partner].controller === 'human') return `${seat(partner)} is led by a team, which decides its own drills: hold this drill alone`;
    if (partner && pair(s, o.actor, partner).relation < 30) return `${partner} will not drill with ${o.actor}: relation ${pair(s, o.actor, partner).relation} (needs >= 30)`;
    if (partner) {
      const refusal = partnerRefusesTarget(s, partner, targetOf(o));
      if (refusal) return refusal;
    }
    // A drill is held on home soil near the target's border, the actor's or its partner's.
    if (!inReach(o.actor, targetOf(o), partner)) {
      return `${o.actor} cannot drill near ${o.params.target}: ${partner ? 'neither it nor its partner borders' : 'it does not border'} ${o.params.target}`;
    }
    if (partner) return hostRefuses(s, o.actor, partner, targetOf(o));
    return null;
  },
  apply(ctx, o) {
    const t = targetOf(o);
    const partner = o.params.with as ActorId | undefined;
    const s = ctx.state as GameState;
    const ev = orderEvent(ctx, o, partner
      ? `${seat(o.actor)} and ${seat(partner)} hold joint drills aimed at deterring ${seat(t)}.`
      : `${seat(o.actor)} holds military drills near ${seat(t)}.`, partner ? '§Turkey' : '§Iran-Armenia');
    if (s.actors[o.actor].readiness === 'peace') setActor(ctx.state, ev, o.actor, 'readiness', 'alert');
    // Drills while the pair is already at the signalling rung are routine: they sour relations half as much.
    const routine = pair(s, o.actor, t).rung >= 4;
    raiseRungTo(ctx.state, ev, o.actor, t, 4);
    addRelation(ctx.state, ev, o.actor, t, routine ? -2 : -4);
    addActor(ctx.state, ev, o.actor, 'credibility', 1);
    if (partner) {
      // Joint drills build trust between partners, less so once they are routine between them.
      const novelty = routineNovelty(s, o.actor, partner);
      addTrust(ctx.state, ev, o.actor, partner, 5 * novelty);
      addRelation(ctx.state, ev, o.actor, partner, 3 * novelty);
      raiseRungTo(ctx.state, ev, partner, t, 3);
      const r = reactionEvent(ctx, o, t, partner, `${seat(t)} protests ${seat(partner)}'s part in the drills.`, '§Turkey');
      addRelation(ctx.state, r, t, partner, routine ? -1.5 : -3);
      countRoutine(ctx.state, ev, o.actor, partner, 'drills');
    }
  },
  enumerate(s, actor) {
    const rivals = ACTOR_IDS.filter((t) => t !== actor && pair(s, actor, t).relation < 0);
    const friends = ACTOR_IDS.filter((f) => f !== actor && pair(s, actor, f).relation >= 50 && s.actors[f].controller !== 'human');
    // Each rival in reach alone, then with the first friend willing to drill against it and in reach.
    const out = [];
    for (const target of rivals) {
      if (inReach(actor, target)) out.push({ target });
      const partner = friends.find((f) => f !== target && !partnerRefusesTarget(s, f, target) && inReach(actor, target, f) && !hostRefuses(s, actor, f, target));
      if (partner) out.push({ target, with: partner });
    }
    return out;
  },
};

/**
 * Whether a drill by `actor` (with `partner`) can be held near `target`'s border: one of them shares a
 * land border with it. Israel can exercise with Baku near Iran, when Baku agrees to host it (`hostRefuses`);
 * Yerevan and Tehran cannot signal to Israel with drills, having no border with it.
 */
export function inReach(actor: ActorId, target: ActorId, partner?: ActorId): boolean {
  return sharesBorder(actor, target) || (partner !== undefined && sharesBorder(partner, target));
}

/**
 * Rung a host must already stand at with `target` before it lets another state's forces exercise on its
 * soil against it: drills and deployments (4), an open military standoff of its own, when the two are
 * allies (a defence pact); armed clashes (6) when they are not.
 */
const HOST_RUNG = 4;
const HOST_RUNG_WITHOUT_PACT = 6;

/**
 * Why `partner` will not host `actor`'s drills aimed at `target`, or null. When only the partner borders
 * the target, the exercise is on the partner's soil, and a host does not open a military confrontation
 * with its neighbour on another state's behalf; without an alliance it does so only once it is already
 * clashing with that neighbour. Baku kept its military ties with Israel out of sight for decades so as
 * not to provoke Tehran, which warned publicly against an Israeli-Azerbaijani front [§Israel].
 */
export function hostRefuses(s: GameState, actor: ActorId, partner: ActorId, target: ActorId): string | null {
  if (sharesBorder(actor, target) || !sharesBorder(partner, target)) return null;
  // The guest's own stake: a state exercises on a partner's soil only against its own adversary, in an
  // open standoff with it. Israel's stake in the Caucasus is Iran [§Israel]; it had "held joint drills
  // with Baku aimed at deterring Yerevan" about one and a half times a game, to please Baku.
  const own = pair(s, actor, target).rung;
  if (own < HOST_RUNG) return `${actor} exercises on another state's soil only against its own adversary: its dispute with ${target} is at rung ${own} (needs ${HOST_RUNG}, an open military standoff)`;
  const rung = pair(s, partner, target).rung;
  const allied = pair(s, actor, partner).treaties.defencePact !== 'none';
  const needs = allied ? HOST_RUNG : HOST_RUNG_WITHOUT_PACT;
  if (rung >= needs) return null;
  return `${partner} will not host ${actor}'s drills against its neighbour ${target}: its own dispute with ${target} is at rung ${rung} (needs ${needs}${allied ? ', an open military standoff' : ' without a defence pact between them, armed clashes'})`;
}

/**
 * Why `partner` will not join drills aimed at `target`, or null: a state does not exercise against one
 * it is on good terms with or bound to by a defence pact (Baku drills with Ankara against Yerevan or
 * Tehran, not against Israel, its arms supplier; §Israel, §Turkey).
 */
export function partnerRefusesTarget(s: GameState, partner: ActorId, target: ActorId): string | null {
  const p = pair(s, partner, target);
  if (p.treaties.defencePact !== 'none') return `${partner} will not drill against ${target}: they have a defence pact`;
  if (p.relation >= 30) return `${partner} will not drill against ${target}: relation ${p.relation} (needs < 30)`;
  return null;
}

/**
 * Why `host` will not have `actor`'s troops on its soil, or null. Foreign troops are an ally's
 * protection: the host needs a defence pact with the deployer, and the deployer must be the stronger of
 * the two (Moscow's base in Gyumri, Turkish officers in Azerbaijan under the Shusha pledge; Tehran
 * discussed stationing troops in Syunik [§Postwar]). Friendship alone is not enough: Baku keeps Israel's
 * military presence discreet so as not to provoke Tehran [§Israel], and Yerevan's army does not garrison
 * Iran.
 */
export function hostRefusesTroops(s: GameState, actor: ActorId, host: ActorId): string | null {
  switch (troopsBar(s, actor, host)) {
    case 'noPact': return `${host} has not invited ${actor}'s troops: it hosts foreign troops only with a defence pact`;
    case 'weaker': return `${host} has not invited ${actor}'s troops: it hosts the troops of a stronger ally that protects it, not of a weaker one`;
    case 'distant': return `${seat(actor)} stations no troops in ${seat(host)}: it shares no border with it (its presence there is arms and intelligence, not garrisons)`;
    default: return null;
  }
}

/**
 * Which of hostRefusesTroops' reasons applies, without its words: the deployment menu asks this of
 * every border province another state holds, for every agent, every turn, and needs only yes or no.
 */
function troopsBar(s: GameState, actor: ActorId, host: ActorId): 'noPact' | 'weaker' | 'distant' | null {
  if (pair(s, actor, host).treaties.defencePact === 'none') return 'noPact';
  // Troops come from a neighbour, or from Russia to Armenia, where its base at Gyumri stands. Israel's
  // foothold in Azerbaijan is arms and intelligence [§Israel]; it had stationed troops in five Azerbaijani
  // districts in one game, under a vague pact, during the Gaza war.
  if (!sharesBorder(actor, host) && !(actor === 'RUS' && host === 'ARM')) return 'distant';
  if (power(s, actor) <= power(s, host)) return 'weaker';
  return null;
}

/** Whether a neighbour of `p` on the map is held by someone other than `h`. */
function bordersOtherHolder(s: GameState, p: ProvinceState, h: ActorId): boolean {
  for (const n of p.neighbours) {
    const q = s.provinces[n];
    if (q && holder(q) !== h) return true;
  }
  return false;
}

/** Capability points one deployment moves: a tenth of the ground forces, at least 2. */
/** Capability points one deployment moves (the agents weigh a further deployment by it). */
export const deployAmount = (s: GameState, a: ActorId) => Math.max(2, Math.round(s.actors[a].capability.ground / 10));

export const deploy: ActionSpec = {
  type: 'military.deploy',
  label: 'Deploy forces',
  summary: 'Station forces in an own province, or in a weaker ally\'s under a defence pact (the pact is the standing invitation; the host gives no order): neighbours hostile to you take it as a threat.',
  who: 'any',
  cost: (s) => ({ ap: 1, moneyBn: rule(s, 'deployCostBn', 0.03) }),
  claim: { section: '§Postwar', note: 'Tehran moved Guards and army units to Azerbaijan\'s border and discussed stationing troops in Syunik with Yerevan to deter an assault.' },
  reactions: 'States hostile to the deployer that hold a neighbouring province (Baku for Iranian troops in Syunik) move to rung 4.',
  needs: 'needs a border province you hold or are invited into',
  check(s, o) {
    const bad = checkProvince(s, o);
    if (bad) return bad;
    const prov = s.provinces[o.params.province as string];
    const host = holder(prov);
    if (host === o.actor) return null;
    const refusal = hostRefusesTroops(s, o.actor, host);
    return refusal ? `${refusal} (${prov.id})` : null;
  },
  apply(ctx, o) {
    const s = ctx.state as GameState;
    const prov = ctx.state.provinces[o.params.province as string];
    const host = holder(prov);
    const n = deployAmount(s, o.actor);
    const where = provinceLabel(s, prov.id);
    const own = host === o.actor;
    const ev = orderEvent(ctx, o, own
      ? `${seat(o.actor)} reinforces its forces in ${where}.`
      // The pact is the standing invitation: the host gives no order of its own (a player leading Yerevan
      // had read "at Yerevan's invitation" for troops it never asked for).
      : `${seat(o.actor)} stations troops in ${where} under its defence pact with ${seat(host)}.`, '§Postwar', { province: prov.id, target: own ? null : host });
    if (own) {
      noteChange(ev, `${prov.id}.garrison`, prov.garrison, prov.garrison + n);
      prov.garrison += n;
    } else {
      const before = prov.troops[o.actor] ?? 0;
      prov.troops[o.actor] = before + n;
      noteChange(ev, `${prov.id}.troops.${o.actor}`, before, before + n);
      addTrust(ctx.state, ev, o.actor, host, 4);
    }
    // Who borders the province and is hostile to the deployer reads it as a threat.
    const neighbours = new Set(prov.neighbours.map((id) => s.provinces[id] && holder(s.provinces[id])).filter(Boolean) as ActorId[]);
    for (const x of neighbours) {
      if (x === o.actor || x === host || pair(s, x, o.actor).relation >= 0) continue;
      const r = reactionEvent(ctx, o, x, o.actor, `${seat(x)} sees ${seat(o.actor)}'s deployment in ${where} as a threat.`, '§Postwar');
      raiseRungTo(ctx.state, r, x, o.actor, 4);
      addRelation(ctx.state, r, x, o.actor, own ? -2 : -6);
    }
  },
  enumerate(s, actor) {
    // The first ten border provinces, in the map's order, that the actor holds or is invited into.
    const out = [];
    for (const id in s.provinces) {
      const p = s.provinces[id];
      const h = holder(p);
      if (!bordersOtherHolder(s, p, h)) continue;
      if (h !== actor && troopsBar(s, actor, h) !== null) continue;
      out.push({ province: p.id });
      if (out.length === 10) break;
    }
    return out;
  },
};

// Readiness at either end of the scale: the check refuses a further step and the menus leave it out.
const fullyMobilised = (s: GameState, a: ActorId): boolean => s.actors[a].readiness === 'mobilised';
const atPeaceReadiness = (s: GameState, a: ActorId): boolean => s.actors[a].readiness === 'peace';

export const mobilise: ActionSpec = {
  type: 'military.mobilise',
  label: 'Mobilise',
  summary: 'Raise readiness one step (peace, alert, mobilised): a costly signal that raises disputes to rung 4, credibility up, stability down.',
  who: 'any',
  cost: (s, o) => ({ ap: 1, moneyBn: Math.round(s.actors[o.actor].milexBn * rule(s, 'mobilisationCostShare', 0.02) * 100) / 100 }),
  claim: { section: '§Postwar', note: 'Moving forces toward a border is how Tehran signalled resolve to Baku.' },
  reactions: 'States in a dispute with the actor (rung >= 2) take it as a threat.',
  needs: 'your forces are already fully mobilised',
  check: (s, o) => (fullyMobilised(s, o.actor) ? `${o.actor} is already mobilised` : null),
  apply(ctx, o) {
    const s = ctx.state as GameState;
    const next = UP[s.actors[o.actor].readiness];
    const ev = orderEvent(ctx, o, `${seat(o.actor)} raises its forces' readiness to ${next}.`, '§Postwar');
    setActor(ctx.state, ev, o.actor, 'readiness', next);
    addActor(ctx.state, ev, o.actor, 'credibility', 2);
    addActor(ctx.state, ev, o.actor, 'stability', -1);
    for (const x of ACTOR_IDS) {
      if (x === o.actor) continue;
      const p = pair(s, o.actor, x);
      if (p.rung >= 2 && p.rung < 4) addRung(ctx.state, ev, o.actor, x, 1);
    }
  },
  enumerate: (s, actor) => (fullyMobilised(s, actor) ? [] : [{}]),
};

export const standDown: ActionSpec = {
  type: 'military.standDown',
  label: 'Stand down',
  summary: 'Lower readiness one step: eases drill-level disputes, saves money; backing down soon after a threat costs credibility.',
  who: 'any',
  cost: () => ({ ap: 1, moneyBn: 0 }),
  claim: { section: '§Postwar', note: 'Stepping down the ladder is possible but a climb-down after threats costs face (audience costs).' },
  reactions: 'Rivals at rung 4 ease a step; a recent threat or denunciation makes it a visible climb-down.',
  needs: 'your forces are already at peacetime readiness',
  check: (s, o) => (atPeaceReadiness(s, o.actor) ? `${o.actor} is already at peace readiness` : null),
  apply(ctx, o) {
    const s = ctx.state as GameState;
    const next = DOWN[s.actors[o.actor].readiness];
    const ev = orderEvent(ctx, o, `${seat(o.actor)} lowers its forces' readiness to ${next}.`, '§Postwar');
    setActor(ctx.state, ev, o.actor, 'readiness', next);
    // A recent incident (last two turns) or a live denunciation makes this a climb-down.
    const recentThreat = ACTOR_IDS.some((x) => x !== o.actor && pair(s, o.actor, x).rung >= 4 && s.turn - pair(s, o.actor, x).lastIncidentTurn <= 2);
    const liveWords = s.commitments.filter((c) => c.from === o.actor && isLiveAudienceCost(s, c));
    if (recentThreat || liveWords.length) addActor(ctx.state, ev, o.actor, 'credibility', -5);
    for (const c of liveWords) ctx.state.commitments.find((x) => x.id === c.id)!.status = 'broken';
    for (const x of ACTOR_IDS) {
      if (x === o.actor) continue;
      const p = pair(s, o.actor, x);
      if (p.rung === 4 && !p.atWar) {
        addRung(ctx.state, ev, o.actor, x, -1);
        addRelation(ctx.state, ev, o.actor, x, 2);
      }
    }
  },
  enumerate: (s, actor) => (atPeaceReadiness(s, actor) ? [] : [{}]),
};
