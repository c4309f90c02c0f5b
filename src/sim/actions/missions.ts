/**
 * Opening embassies and consulates, and mediating between two others.
 */
import { ACTOR_IDS, ACTOR_NAMES, pairKey, type ActorId } from '../../shared/ids.js';
import { MISSION_KINDS } from '../../shared/actions.js';
import type { ActionSpec } from '../context.js';
import { addActor, addRelation, addRung, addTrust } from '../effects.js';
import { pair, sharesBorder } from '../state/selectors.js';
import type { Factor, GameState, PairState } from '../state/types.js';
import { NO_DIRECT_TIES_TEXT, checkEnum, checkOtherActor, checkProvince, noDirectTies, orderEvent, prob, provinceLabel, reactionEvent, rule, seat, targetOf } from './common.js';
import { associationReactions } from './reactions.js';

const ONE_AP = () => ({ ap: 1, moneyBn: 0 });

/** Hosts refuse missions from states they are hostile to or in confrontation with. */
const HOST_MIN_RELATION = -30;
const HOST_MAX_RUNG = 3;
/**
 * Consulates one state keeps in one host, at most (a scenario may set `maxConsulatesPerHost`): a
 * consulate is a signal at a chosen place (Tehran's in Kapan, Ankara's in Nakhchivan), not a network.
 */
const MAX_CONSULATES = 2;
/** The missions menu lists at most this many entries (the first ones, in host order). */
const MENU_CAP = 12;

/** How many consulates `actor` has in provinces owned by `host`. */
export function consulatesIn(s: GameState, actor: ActorId, host: ActorId): number {
  let n = 0;
  for (const id in s.provinces) {
    const p = s.provinces[id];
    if (p.owner === host && p.consulates.includes(actor)) n++;
  }
  return n;
}

/**
 * Hosts refuse missions from states they are hostile to or in confrontation with, whatever the
 * mission: shared by the check (which words the refusal) and the enumerator (which drops them).
 */
const hostRefuses = (p: PairState): boolean => p.relation < HOST_MIN_RELATION || p.rung > HOST_MAX_RUNG;

/**
 * Pairs that have never had diplomatic relations: Yerevan with Baku and with Ankara [§Postwar, §Turkey].
 * Their embassies are what normalisation establishes (treatyEffects.ts), with Baku's say on Ankara's,
 * not one side's decision: Ankara had "opened an embassy in Yerevan" in its first month by a noise draw.
 * Baku and Tehran had relations (Baku withdrew its staff in 2023) and may reopen their embassies.
 */
const NEVER_RELATED: ReadonlySet<string> = new Set(['ARM-AZE', 'ARM-TUR']);

/** Why `a` may not open an embassy with `b` while their pair is `p`, whatever the host's mood; or null. */
function embassyBar(a: ActorId, b: ActorId, p: PairState): string | null {
  if (noDirectTies(a, b)) return NO_DIRECT_TIES_TEXT;
  if (NEVER_RELATED.has(pairKey(a, b)) && !p.treaties.normalisation) {
    return `${seat(a)} and ${seat(b)} have never had diplomatic relations: their embassies come with normalisation (propose a normalisation treaty)`;
  }
  return null;
}


/** The cities of `host`'s provinces where consulates may open, for the refusal's words. */
function consularCities(s: GameState, host: ActorId): string {
  const out: string[] = [];
  for (const id in s.provinces) {
    const p = s.provinces[id];
    if (p.owner === host && p.city) out.push(p.city);
  }
  return out.length ? out.join(', ') : `none of ${seat(host)}'s provinces on the map`;
}

export const openMission: ActionSpec = {
  type: 'diplomacy.openMission',
  label: 'Open an embassy or consulate',
  summary: 'Open an embassy, or a consulate in one of the host\'s provinces: relation and trust up; rivals of the host take note. Yerevan has never had relations with Baku or Ankara: those embassies come with normalisation.',
  who: 'any',
  cost: ONE_AP,
  claim: { section: '§Iran-Armenia, §Israel', note: 'Tehran opened a consulate in Syunik as a signal to Baku; Baku opened an embassy in Israel in 2023, which Tehran took as a hostile front.' },
  reactions: 'The host\'s enemies mind (Iran on an Azerbaijani embassy in Israel); Baku minds an Iranian consulate in Syunik.',
  needs: 'no state accepts a new embassy or consulate now: the host needs a fair relation and a calm dispute',
  check(s, o) {
    const bad = checkOtherActor(o) ?? checkEnum(o, 'mission', MISSION_KINDS) ?? checkProvince(s, o, true);
    if (bad) return bad;
    const t = targetOf(o);
    const p = pair(s, o.actor, t);
    if (hostRefuses(p)) {
      return `${seat(t)} will not host a ${o.actor} mission: relation ${p.relation} (needs >= ${HOST_MIN_RELATION}) and rung ${p.rung} (needs <= ${HOST_MAX_RUNG})`;
    }
    if (o.params.mission === 'embassy') {
      if (p.treaties.embassy) return `${o.actor} already has an embassy with ${t}`;
      return embassyBar(o.actor, t, p);
    }
    if (!p.treaties.embassy) return `a consulate needs an embassy first: ${o.actor} and ${t} have none`;
    // Consulates serve a neighbour's people and trade across the border (Tehran's in Kapan, Baku's in Kars,
    // Ankara's in Urmia): Israel had opened one in Kapan, which Baku then read as a move against its corridor.
    if (!sharesBorder(o.actor, t)) return `${seat(o.actor)} has no border with ${ACTOR_NAMES[t].state}: consulates serve a neighbour's people and trade across the border (its embassy speaks for it)`;
    const prov = typeof o.params.province === 'string' ? s.provinces[o.params.province] : undefined;
    if (!prov) return `params.province: a consulate needs a province of ${t}; got nothing`;
    if (prov.owner !== t) return `params.province: ${prov.id} belongs to ${prov.owner}, not to the host ${t}`;
    if (!prov.city) return `params.province: ${provinceLabel(s, prov.id)} has no city that hosts foreign consulates (consulates open in ${consularCities(s, t)})`;
    if (prov.consulates.includes(o.actor)) return `${o.actor} already has a consulate in ${prov.id}`;
    const most = rule(s, 'maxConsulatesPerHost', MAX_CONSULATES);
    if (consulatesIn(s, o.actor, t) >= most) return `${seat(t)} already hosts ${most} consulates of ${seat(o.actor)} (at most ${most})`;
    return null;
  },
  apply(ctx, o) {
    const t = targetOf(o);
    const s = ctx.state as GameState;
    const prov = typeof o.params.province === 'string' ? ctx.state.provinces[o.params.province] : undefined;
    const embassy = o.params.mission === 'embassy';
    // The city, then its province when the names differ: 'Kapan, Syunik (Zangezur)', 'Shusha (Shushi)'.
    const where = embassy ? seat(t) : prov!.city === prov!.name ? provinceLabel(s, prov!.id) : `${prov!.city}, ${provinceLabel(s, prov!.id)}`;
    const ev = orderEvent(ctx, o, `${seat(o.actor)} opens ${embassy ? 'an embassy' : 'a consulate'} in ${where}.`,
      embassy ? '§Israel' : '§Iran-Armenia', { province: prov?.id ?? null });
    const key = pairKey(o.actor, t);
    const tr = ctx.state.pairs[key].treaties;
    if (embassy) {
      tr.embassy = true;
      ev.effects.push({ path: `${key}.treaties.embassy`, from: false, to: true });
    } else {
      const was = tr.consulate;
      tr.consulate = true;
      prov!.consulates.push(o.actor);
      ev.effects.push({ path: `${prov!.id}.consulates`, from: null, to: o.actor });
      if (!was) ev.effects.push({ path: `${key}.treaties.consulate`, from: false, to: true });
    }
    addRelation(ctx.state, ev, o.actor, t, 4);
    addTrust(ctx.state, ev, o.actor, t, 2);
    // A consulate on the corridor's route is a statement about who controls it [§Iran-Armenia].
    if (!embassy && prov!.id === 'AM.SU' && o.actor !== 'AZE') {
      const r = reactionEvent(ctx, o, 'AZE', o.actor, `Baku reads ${seat(o.actor)}'s consulate in Syunik (Zangezur) as a move against the corridor.`, '§Iran-Armenia');
      addRelation(ctx.state, r, 'AZE', o.actor, -4);
    }
    associationReactions(ctx, o, o.actor, t, 3, embassy ? 'new embassy' : 'new consulate', `in ${ACTOR_NAMES[t].state}`);
    // Tehran's warning that it would not stay indifferent to an Azerbaijani-Israeli front [§Israel].
    for (const [a, b] of [[o.actor, t], [t, o.actor]] as [ActorId, ActorId][]) {
      if (a === 'AZE' && b === 'ISR') {
        const r = reactionEvent(ctx, o, 'IRN', 'AZE', 'Tehran condemns a closer Azerbaijani-Israeli front on its border.', '§Israel');
        addRelation(ctx.state, r, 'IRN', 'AZE', -4);
        if (pair(s, 'AZE', 'IRN').rung < 2) addRung(ctx.state, r, 'AZE', 'IRN', 1);
      }
    }
  },
  enumerate(s, actor) {
    // The menu is the first MENU_CAP entries in this order, but it lists only those of hosts that
    // accept missions: the check refuses the others whatever else holds, each with a message built
    // for nothing (about 19 a turn). Refused entries still count towards the cap, so which
    // consulates make it into the menu stays as it was.
    const out = [];
    let entries = 0;
    hosts: for (const t of ACTOR_IDS) {
      if (t === actor) continue;
      const p = pair(s, actor, t);
      const accepts = !hostRefuses(p);
      if (!p.treaties.embassy) {
        if (embassyBar(actor, t, p)) continue;
        if (++entries > MENU_CAP) break;
        if (accepts) out.push({ target: t, mission: 'embassy' });
      } else if (consulatesIn(s, actor, t) < rule(s, 'maxConsulatesPerHost', MAX_CONSULATES) && sharesBorder(actor, t)) {
        // Consulates where foreign consulates sit: the host's provinces with a city (Kapan, Tabriz).
        // (for-in visits provinces in Object.values order without building the list for every host.)
        for (const id in s.provinces) {
          const prov = s.provinces[id];
          if (prov.owner === t && prov.city && !prov.consulates.includes(actor)) {
            if (++entries > MENU_CAP) break hosts;
            if (accepts) out.push({ target: t, mission: 'consulate', province: prov.id });
          }
        }
      }
    }
    return out;
  },
};

/**
 * The chance that `broker`'s mediation between `t` and `b` brings them to talks, with its factors: trust
 * in the broker, the parties' relation and rung, and the Gaza war between Ankara and Israel. The agents
 * weigh a mediation by the same odds (agents/mind/effects.ts).
 */
export function mediationOdds(s: GameState, broker: ActorId, t: ActorId, b: ActorId): { p: number; factors: Factor[] } {
  const p = pair(s, t, b);
  const trustBroker = (pair(s, broker, t).trust + pair(s, broker, b).trust) / 2;
  const gaza = (t === 'TUR' && b === 'ISR') || (t === 'ISR' && b === 'TUR') ? s.global.gazaIntensity / 40 : 0;
  const factors: Factor[] = [
    { label: 'base chance of talks', weight: 35 },
    { label: 'trust in the broker', weight: Math.round((trustBroker - 50) / 2.5) },
    { label: 'relation between the parties', weight: Math.round(p.relation / 5) },
    { label: 'escalation between the parties', weight: -p.rung * 3 },
    ...(gaza ? [{ label: 'Gaza war divides the parties', weight: -Math.round(gaza * 100) }] : []),
  ];
  return { p: prob(factors.reduce((x, f) => x + f.weight, 0) / 100), factors };
}

export const mediate: ActionSpec = {
  type: 'diplomacy.mediate',
  label: 'Mediate between two others',
  summary: 'Broker talks between two states you are on good terms with: if it works, they move closer and you gain standing.',
  who: 'any',
  cost: ONE_AP,
  claim: { section: '§Israel', note: 'Baku worked to reconcile Ankara and Israel before the Gaza war undid the rapprochement.' },
  reactions: 'Both parties judge the broker; the Gaza war makes Turkey-Israel talks much harder.',
  needs: 'needs two friends (relation 20 or more with you) on poor terms with each other (below 30)',
  check(s, o) {
    const bad = checkOtherActor(o) ?? checkOtherActor(o, 'between');
    if (bad) return bad;
    const t = targetOf(o);
    const b = o.params.between as ActorId;
    if (t === b) return 'params.between: expected a second party other than params.target';
    for (const x of [t, b]) {
      const r = pair(s, o.actor, x).relation;
      if (r < 20) return `${seat(x)} does not accept ${o.actor} as a broker: relation ${r} (needs >= 20)`;
    }
    return null;
  },
  apply(ctx, o) {
    const t = targetOf(o);
    const b = o.params.between as ActorId;
    const s = ctx.state as GameState;
    const p = pair(s, t, b);
    const { p: pr, factors } = mediationOdds(s, o.actor, t, b);
    const ok = ctx.roll(pr);
    const ev = orderEvent(ctx, o, ok
      ? `${seat(o.actor)} brokers talks between ${seat(t)} and ${seat(b)}; they agree to ease tensions.`
      : `${seat(o.actor)} tries to broker talks between ${seat(t)} and ${seat(b)}, without result.`,
    '§Israel', { outcome: ok ? 'success' : 'failure', probability: pr, factors });
    if (ok) {
      addRelation(ctx.state, ev, t, b, 8);
      addTrust(ctx.state, ev, t, b, 4);
      if (p.rung > 0 && !p.atWar) addRung(ctx.state, ev, t, b, -1);
      addActor(ctx.state, ev, o.actor, 'standing', 3);
      addRelation(ctx.state, ev, o.actor, t, 2);
      addRelation(ctx.state, ev, o.actor, b, 2);
    } else {
      addActor(ctx.state, ev, o.actor, 'standing', 1);
    }
  },
  enumerate(s, actor) {
    const out = [];
    const friends = ACTOR_IDS.filter((x) => x !== actor && pair(s, actor, x).relation >= 20);
    for (let i = 0; i < friends.length; i++) {
      for (let j = i + 1; j < friends.length; j++) {
        if (pair(s, friends[i], friends[j]).relation < 30) out.push({ target: friends[i], between: friends[j] });
      }
    }
    return out;
  },
};
