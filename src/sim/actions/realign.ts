/**
 * Armenia's realignment away from Russia: freezing or leaving the CSTO, joining the ICC, turning to
 * the US, France and India [§Postwar].
 */
import { REALIGN_MOVES, type RealignMove } from '../../shared/actions.js';
import type { ActionSpec } from '../context.js';
import { addActor, addRelation, noteChange } from '../effects.js';
import type { GameState } from '../state/types.js';
import { checkEnum, orderEvent, reactionEvent } from './common.js';
import { russiaOnArmenianDrift } from './reactions.js';

interface MoveRule {
  text: string;
  what: string;
  /** Weight of Russia's reaction (1 = one Western arms purchase). */
  russia: number;
  standing: number;
  /** Why the move is not possible now, or null. */
  blocked(m: string[]): string | null;
  change(m: string[]): string[];
}

const RULES: Record<RealignMove, MoveRule> = {
  freezeCSTO: {
    text: 'Yerevan freezes its participation in the Moscow-led CSTO.',
    what: 'freezing of its CSTO participation', russia: 1.6, standing: 2,
    blocked: (m) => (m.includes('CSTO') ? null : 'Armenia is not an active CSTO member (already frozen or left)'),
    change: (m) => m.map((x) => (x === 'CSTO' ? 'CSTO-frozen' : x)),
  },
  leaveCSTO: {
    text: 'Yerevan announces it is leaving the CSTO.',
    what: 'exit from the CSTO', russia: 3, standing: 3,
    // Step by step, as Yerevan did: it froze its participation (February 2024) before talk of leaving;
    // the charter also asks six months' notice (§Postwar).
    blocked: (m) => (m.includes('CSTO-frozen') ? null : m.includes('CSTO') ? 'Armenia first freezes its CSTO participation (move freezeCSTO), then leaves' : 'Armenia has already left the CSTO'),
    change: (m) => m.filter((x) => x !== 'CSTO' && x !== 'CSTO-frozen'),
  },
  joinICC: {
    text: 'Yerevan joins the Rome Statute of the International Criminal Court.',
    what: 'accession to the ICC', russia: 1.2, standing: 3,
    blocked: (m) => (m.includes('ICC') ? 'Armenia is already an ICC member' : null),
    change: (m) => [...m, 'ICC'],
  },
  turnWest: {
    text: 'Yerevan seeks political backing and arms from the United States, France and India.',
    what: 'turn to the United States, France and India', russia: 2, standing: 4,
    blocked: (m) => (m.includes('West') ? 'Armenia has already turned to the West' : null),
    change: (m) => [...m, 'West'],
  },
};

export const realign: ActionSpec = {
  type: 'diplomacy.realign',
  label: 'Realign away from Russia',
  summary: 'Freeze or leave the CSTO, join the ICC, or turn to the US, France and India: Western standing up, Russia\'s relation and trust down.',
  who: ['ARM'],
  cost: () => ({ ap: 1, moneyBn: 0 }),
  claim: { section: '§Postwar', note: 'Feeling abandoned by Moscow, Yerevan limited its CSTO role, joined the ICC and courted Washington, Paris and New Delhi; Russian elites resented it.' },
  reactions: 'Moscow: relation and trust down, pressure on Armenian stability; leaving the CSTO ends the Russian defence pact; Tehran dislikes a Western presence on its border.',
  needs: 'every change of alignment open to Armenia has been made',
  check(s, o) {
    const bad = checkEnum(o, 'move', REALIGN_MOVES);
    if (bad) return bad;
    return RULES[o.params.move as RealignMove].blocked(s.actors[o.actor].memberships);
  },
  apply(ctx, o) {
    const move = o.params.move as RealignMove;
    const r = RULES[move];
    const ev = orderEvent(ctx, o, r.text, '§Postwar');
    const a = ctx.state.actors[o.actor];
    const before = a.memberships.join(',');
    a.memberships = r.change([...a.memberships]);
    noteChange(ev, `${o.actor}.memberships`, before, a.memberships.join(','));
    addActor(ctx.state, ev, o.actor, 'standing', r.standing);
    russiaOnArmenianDrift(ctx, o, r.what, r.russia);
    if (move === 'leaveCSTO') {
      const p = ctx.state.pairs['ARM-RUS'];
      if (p.treaties.defencePact !== 'none') {
        noteChange(ev, 'ARM-RUS.treaties.defencePact', p.treaties.defencePact, 'none');
        p.treaties.defencePact = 'none';
      }
    }
    // A Western presence on Iran's northern border worries Tehran even as it backs Yerevan [§Iran-Armenia].
    if (move === 'turnWest') {
      const re = reactionEvent(ctx, o, 'IRN', 'ARM', 'Tehran warns against a Western military presence in the South Caucasus.', '§Iran-Armenia');
      addRelation(ctx.state, re, 'IRN', 'ARM', -3);
    }
  },
  enumerate: (s: GameState, actor) => REALIGN_MOVES
    .filter((m) => !RULES[m].blocked(s.actors[actor].memberships))
    .map((move) => ({ move })),
};
