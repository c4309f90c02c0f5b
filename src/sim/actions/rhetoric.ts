/**
 * rhetoric.set: the official line. A revanchist line ("Western Azerbaijan") rallies the home front for
 * a while but alarms neighbours; a conciliatory line reassures them at a domestic price when
 * nationalism runs high [§Postwar].
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import { RHETORIC_LINES, lineWords, type RhetoricLine } from '../../shared/actions.js';
import type { ActionSpec } from '../context.js';
import { addActor, addRelation, raiseRungTo, setActor } from '../effects.js';
import { pair } from '../state/selectors.js';
import type { GameState } from '../state/types.js';
import { checkEnum, orderEvent, reactionEvent, seat } from './common.js';

/** Who minds a revanchist line, beyond the actor's rivals: Baku's line alarms Yerevan and Tehran. */
const ALARMED: Partial<Record<ActorId, ActorId[]>> = { AZE: ['ARM', 'IRN'], TUR: ['ARM'], IRN: ['AZE'], ARM: ['AZE'] };

export const rhetoric: ActionSpec = {
  type: 'rhetoric.set',
  label: 'Set the official line',
  summary: 'Revanchist (the article\'s word for Baku\'s line; a hard line for the others), neutral or conciliatory: nationalism and short-term stability against neighbours\' sense of threat.',
  who: 'any',
  cost: () => ({ ap: 1, moneyBn: 0 }),
  claim: { section: '§Postwar', note: 'Officials in Baku, the president included, have called Armenia "Western Azerbaijan", which Yerevan and Tehran read as revanchism.' },
  reactions: 'A revanchist line lowers the relation with rivals and those it alarms (Yerevan and Tehran for Baku); a conciliatory line eases them.',
  needs: 'no other line to take',
  check(s, o) {
    const bad = checkEnum(o, 'line', RHETORIC_LINES);
    if (bad) return bad;
    return s.actors[o.actor].rhetoric === o.params.line ? `${o.actor}'s line is already ${String(o.params.line)}` : null;
  },
  apply(ctx, o) {
    const line = o.params.line as RhetoricLine;
    const s = ctx.state as GameState;
    const me = s.actors[o.actor];
    const was = me.rhetoric;
    // Tehran, Ankara, Moscow and Israel have no land to reclaim here: their line reads as a hard line.
    const hard = lineWords(o.actor, 'revanchist');
    const text = {
      revanchist: `${seat(o.actor)} adopts a ${hard} line.`,
      neutral: `${seat(o.actor)} tones its rhetoric down to a neutral line.`,
      conciliatory: `${seat(o.actor)} adopts a conciliatory line toward its neighbours.`,
    }[line];
    const ev = orderEvent(ctx, o, text, '§Postwar');
    setActor(ctx.state, ev, o.actor, 'rhetoric', line);
    const rivals = ACTOR_IDS.filter((x) => x !== o.actor && pair(s, o.actor, x).relation < 0);
    if (line === 'revanchist') {
      addActor(ctx.state, ev, o.actor, 'nationalism', 5);
      addActor(ctx.state, ev, o.actor, 'stability', 2);
      const alarmed = new Set<ActorId>([...rivals, ...(ALARMED[o.actor] ?? [])]);
      for (const x of alarmed) {
        const r = reactionEvent(ctx, o, x, o.actor, `${seat(x)} condemns ${seat(o.actor)}'s ${hard === 'hard' ? 'hard-line' : hard} rhetoric.`, '§Postwar');
        addRelation(ctx.state, r, x, o.actor, (ALARMED[o.actor] ?? []).includes(x) ? -6 : -3);
        raiseRungTo(ctx.state, r, x, o.actor, 2);
      }
    } else if (line === 'conciliatory') {
      addActor(ctx.state, ev, o.actor, 'nationalism', -3);
      // Soft words cost at home where nationalism runs high.
      if (me.nationalism > 50) addActor(ctx.state, ev, o.actor, 'stability', -Math.round((me.nationalism - 50) / 10));
      if (was === 'revanchist') addActor(ctx.state, ev, o.actor, 'credibility', -2);
      for (const x of rivals) addRelation(ctx.state, ev, o.actor, x, 3);
    } else {
      addActor(ctx.state, ev, o.actor, 'nationalism', -1);
      if (was === 'revanchist') for (const x of rivals) addRelation(ctx.state, ev, o.actor, x, 1);
    }
  },
  enumerate: (s, actor) => RHETORIC_LINES.filter((l) => l !== s.actors[actor].rhetoric).map((line) => ({ line })),
};
