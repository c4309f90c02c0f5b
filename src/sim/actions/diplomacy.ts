/**
 * Everyday diplomacy: summits, public condemnation and expulsions. Missions and mediation are in
 * missions.ts, Armenia's realignment in realign.ts, treaties in treaties.ts.
 */
import { ACTOR_IDS, pairKey, type ActorId } from '../../shared/ids.js';
import type { ActionSpec } from '../context.js';
import { addActor, addRelation, addRung, addTrust, countRoutine, raiseRungTo } from '../effects.js';
import { pair, talksNovelty } from '../state/selectors.js';
import type { Commitment, GameState } from '../state/types.js';
import { NO_DIRECT_TIES_TEXT, checkOtherActor, noDirectTies, orderEvent, seat, targetOf } from './common.js';
import { associationReactions, turkeyGazaStanding } from './reactions.js';

const ONE_AP = () => ({ ap: 1, moneyBn: 0 });
const others = (actor: string) => ACTOR_IDS.filter((a) => a !== actor).map((target) => ({ target }));

/** Turns a denunciation's audience cost stays live: backing down within it costs credibility. */
const AUDIENCE_COST_TURNS = 3;

/** Whether a denunciation still binds its author (made within the last AUDIENCE_COST_TURNS turns). */
export function isLiveAudienceCost(s: GameState, c: Commitment): boolean {
  return c.kind === 'audienceCost' && c.status === 'open' && s.turn - c.madeTurn <= AUDIENCE_COST_TURNS;
}

export const summit: ActionSpec = {
  type: 'diplomacy.summit',
  label: 'Hold a summit',
  summary: 'Talks with another state: relation and trust up; low-level disputes (rungs 1-3) ease a step. Tehran, which does not recognise Israel, holds no direct talks with it (a third state may mediate).',
  who: 'any',
  cost: ONE_AP,
  claim: { section: '§Conclusion, §Postwar', note: 'The alignments the article traces follow interests and threats; leaders\' visits and talks soften them but rarely reverse them.' },
  reactions: 'Partners hostile to the other side (Israel on Baku-Tehran talks) mind; backing down after a denunciation costs credibility.',
  needs: 'needs a state you have diplomatic ties with',
  check: (s, o) => checkOtherActor(o) ?? (noDirectTies(o.actor, targetOf(o)) ? NO_DIRECT_TIES_TEXT : null) ?? summitTooSoon(s, o.actor, targetOf(o)),
  apply(ctx, o) {
    const t = targetOf(o);
    const s = ctx.state as GameState;
    const p = pair(s, o.actor, t);
    // Both capitals sought talks this month (orders are given at once): it is one meeting, counted once.
    if (p.talksTurn === s.turn) {
      orderEvent(ctx, o, `${seat(o.actor)} had also sought talks with ${seat(t)}: the meeting this month is the one already held.`, '§Conclusion');
      return;
    }
    // Routine talks build less than a first meeting after a quiet spell (PairState.talks).
    const novelty = talksNovelty(s, o.actor, t);
    const routine = novelty < 0.6 ? ' Their meetings have become routine and build little.' : '';
    const ev = orderEvent(ctx, o, `${seat(o.actor)} and ${seat(t)} hold talks.${routine}`, '§Conclusion');
    // Talks under fire yield less: the gain shrinks as the ladder climbs.
    addRelation(ctx.state, ev, o.actor, t, Math.round(6 * (1 - p.rung / 15) * novelty));
    addTrust(ctx.state, ev, o.actor, t, Math.round(3 * novelty));
    countRoutine(s, ev, o.actor, t, 'talks');
    p.talksTurn = s.turn;
    if (p.rung >= 1 && p.rung <= 3 && !p.atWar) addRung(ctx.state, ev, o.actor, t, -1);
    // A summit soon after a public denunciation is a climb-down: the audience cost is paid now.
    for (const c of ctx.state.commitments) {
      if (isLiveAudienceCost(ctx.state as GameState, c) && c.from === o.actor && c.to === t) {
        c.status = 'broken';
        addActor(ctx.state, ev, o.actor, 'credibility', -3);
      }
    }
    associationReactions(ctx, o, o.actor, t, 2, 'talks');
  },
  enumerate: (s, actor) => others(actor).filter(({ target }) => !noDirectTies(actor, target) && summitTooSoon(s, actor, target) === null),
};

/**
 * Months between two summits of the same pair outside a crisis. Leaders meet every few months, not every
 * month: Israel had sought talks with Baku about fifteen times in a twenty-month game, Tehran and Ankara
 * nine times each, 85 summits a game in all, 39 of them "routine".
 */
const SUMMIT_GAP = 3;

/** Why `actor` cannot hold talks with `target` yet, or null: they met under SUMMIT_GAP months ago, outside a crisis. */
function summitTooSoon(s: GameState, actor: ActorId, target: ActorId): string | null {
  const p = pair(s, actor, target);
  // Talks sought by both in one month are one meeting (apply); a crisis (rung 5+, or fighting) calls for talks at any time.
  if (p.talksTurn < 0 || p.talksTurn === s.turn || p.rung >= 5 || p.atWar) return null;
  const since = s.turn - p.talksTurn;
  if (since >= SUMMIT_GAP) return null;
  const wait = SUMMIT_GAP - since;
  return `${seat(actor)} and ${seat(target)} met ${since === 1 ? 'last month' : `${since} months ago`}: their next talks are due in ${wait} month${wait > 1 ? 's' : ''} (sooner only in a crisis, rung 5 or more)`;
}

export const denounce: ActionSpec = {
  type: 'diplomacy.denounce',
  label: 'Denounce publicly',
  summary: 'Public condemnation: relation down, the rung to protest or red-line level; backing down within 3 turns costs credibility.',
  who: 'any',
  cost: ONE_AP,
  claim: { section: '§Postwar', note: 'Capitals trade public accusations (Tehran calling Baku revanchist, Yerevan condemning Israeli arms); words bind the speaker.' },
  reactions: 'The target resents it; Ankara gains standing in the Muslim world when it denounces Israel over Gaza.',
  needs: 'needs another state to denounce',
  check: (_s, o) => checkOtherActor(o),
  apply(ctx, o) {
    const t = targetOf(o);
    const s = ctx.state as GameState;
    const ev = orderEvent(ctx, o, `${seat(o.actor)} publicly condemns ${seat(t)}.`, '§Postwar');
    addRelation(ctx.state, ev, o.actor, t, -6);
    addTrust(ctx.state, ev, o.actor, t, -2);
    raiseRungTo(ctx.state, ev, o.actor, t, Math.min(2, pair(s, o.actor, t).rung + 1));
    addActor(ctx.state, ev, o.actor, 'nationalism', 1);
    if (o.actor === 'TUR' && t === 'ISR') addActor(ctx.state, ev, 'TUR', 'standing', turkeyGazaStanding(s));
    ctx.state.commitments.push({
      id: `c${ctx.state.turn}-${ctx.state.commitments.length + 1}`,
      from: o.actor, to: t, kind: 'audienceCost',
      text: `${seat(o.actor)} has publicly condemned ${seat(t)}; a quick climb-down would cost face.`,
      // No due turn: the ledger would count an unkept threat as broken; the window is checked on use.
      madeTurn: ctx.state.turn, dueTurn: null, status: 'open',
      credibility: ctx.state.actors[o.actor].credibility,
    });
  },
  enumerate: (_s, actor) => others(actor),
};

export const expel: ActionSpec = {
  type: 'diplomacy.expel',
  label: 'Expel diplomats',
  summary: 'Expel the other side\'s diplomats: relation and trust down sharply, the rung to at least 3.',
  who: 'any',
  cost: ONE_AP,
  claim: { section: '§Iran-Armenia', note: 'After the January 2023 attack on its embassy in Tehran, Baku withdrew its staff and diplomats were expelled in turn.' },
  reactions: 'Relation and trust with the target fall sharply and the dispute climbs to rung 3; the target decides whether to answer in kind (Baku and Tehran expelled each other\'s diplomats in 2023).',
  needs: 'needs an embassy or a consulate of the other side to expel',
  check(s, o) {
    const bad = checkOtherActor(o);
    if (bad) return bad;
    const t = targetOf(o);
    const tr = pair(s, o.actor, t).treaties;
    if (!tr.embassy && !tr.consulate) return `no ${seat(t)} diplomats to expel: ${seat(o.actor)} and ${seat(t)} have no embassy or consulate`;
    const last = expelledSince(s, o.actor, t);
    if (last !== null) return `${seat(o.actor)} expelled ${seat(t)}'s diplomats ${last === 0 ? 'this month' : `${last} month${last > 1 ? 's' : ''} ago`}: those sent home have not come back (possible again ${EXPEL_GAP - last} month${EXPEL_GAP - last > 1 ? 's' : ''} from now)`;
    return null;
  },
  apply(ctx, o) {
    const t = targetOf(o);
    const ev = orderEvent(ctx, o, `${seat(o.actor)} expels ${seat(t)}'s diplomats.`, '§Iran-Armenia');
    const p = ctx.state.pairs[pairKey(o.actor, t)];
    p.expelledBy = { ...p.expelledBy, [o.actor]: ctx.state.turn };
    addRelation(ctx.state, ev, o.actor, t, -10);
    addTrust(ctx.state, ev, o.actor, t, -5);
    raiseRungTo(ctx.state, ev, o.actor, t, 3);
  },
  enumerate: (s, actor) => others(actor).filter(({ target }) => {
    const tr = pair(s, actor, target).treaties;
    return (tr.embassy || tr.consulate) && expelledSince(s, actor, target) === null;
  }),
};

/** Months before a state can expel the same state's diplomats again: those it sent home are not back. */
const EXPEL_GAP = 12;

/** Months since `actor` last expelled `target`'s diplomats, if fewer than EXPEL_GAP; else null. */
function expelledSince(s: GameState, actor: ActorId, target: ActorId): number | null {
  const at = pair(s, actor, target).expelledBy?.[actor];
  if (at === undefined) return null;
  const since = s.turn - at;
  return since < EXPEL_GAP ? since : null;
}
