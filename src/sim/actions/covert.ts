/**
 * covert.influence: deniable pressure through religious networks or minorities. It may be exposed;
 * an unexposed act is seen only by its author [§Iran-Armenia].
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import type { ActionSpec } from '../context.js';
import { addActor, addGlobal, addRelation, addTrust, raiseRungTo } from '../effects.js';
import { pair } from '../state/selectors.js';
import type { Factor, GameState } from '../state/types.js';
import { checkOtherActor, orderEvent, prob, rule, seat, targetOf } from './common.js';

/** Targets with strong security services catch more (grade C). */
const COUNTER_INTEL: Partial<Record<ActorId, number>> = { ISR: 15, IRN: 10, TUR: 10, RUS: 10, AZE: 5 };

/** What the pressure works through, for the news text. */
function channel(actor: ActorId, target: ActorId): string {
  if (actor === 'IRN' && target === 'AZE') return 'Shiite religious networks and the Talysh minority';
  if (actor === 'AZE' && target === 'IRN') return 'networks among Iran\'s Azerbaijanis';
  if (actor === 'ISR' && target === 'IRN') return 'intelligence networks inside Iran';
  return 'local networks';
}

/** The exposure odds of a covert act, as factors in points. */
export function exposureFactors(s: GameState, actor: ActorId, target: ActorId): Factor[] {
  const f: Factor[] = [{ label: 'base chance of exposure', weight: rule(s, 'covertExposureBase', 30) }];
  const ci = COUNTER_INTEL[target] ?? 0;
  if (ci) f.push({ label: `${seat(target)}'s counter-intelligence`, weight: ci });
  // Israel's intelligence presence in Azerbaijan watches Iranian networks there [§Israel].
  if (actor === 'IRN' && target === 'AZE' && pair(s, 'AZE', 'ISR').relation >= 50) f.push({ label: 'Israeli intelligence in Azerbaijan', weight: 10 });
  const rung = pair(s, actor, target).rung;
  if (rung) f.push({ label: `vigilance at rung ${rung}`, weight: rung * 2 });
  return f;
}

export const influence: ActionSpec = {
  type: 'covert.influence',
  label: 'Covert influence',
  summary: 'Deniable pressure on a target\'s society: its stability falls; if exposed, a public scandal with relation and rung effects.',
  who: ['IRN', 'AZE', 'ISR'],
  cost: (s) => ({ ap: 1, moneyBn: rule(s, 'covertCostBn', 0.02) }),
  claim: { section: '§Iran-Armenia', note: 'Tehran courted conservative Shiite clergy (Nardaran, 2015) and allegedly Talysh separatists; these efforts mostly failed to move mainstream Azerbaijani society.' },
  reactions: 'Unexposed: seen only by its author. Exposed: the target protests, relation and trust fall, the rung rises to 5, the author loses standing.',
  needs: 'needs a rival (a relation below 0) to work against',
  check: (_s, o) => checkOtherActor(o),
  apply(ctx, o) {
    const t = targetOf(o);
    const s = ctx.state as GameState;
    const factors = exposureFactors(s, o.actor, t);
    const exposure = factors.reduce((x, f) => x + f.weight, 0) / 100;
    // The logged probability is that of success: the act stays deniable.
    const p = prob(1 - exposure, 0.05, 0.95);
    const hidden = ctx.roll(p);
    const via = channel(o.actor, t);
    // Iran's efforts in Azerbaijan have found little echo [§Iran-Armenia]: a smaller effect there.
    const hit = o.actor === 'IRN' && t === 'AZE' ? 2 : 3;
    if (hidden) {
      const ev = orderEvent(ctx, o, `${seat(o.actor)} works covertly through ${via} in ${seat(t)}'s society.`, '§Iran-Armenia',
        { outcome: 'success', probability: p, factors: factors.map((f) => ({ ...f, weight: -f.weight })), visibility: [o.actor] });
      addActor(ctx.state, ev, t, 'stability', -hit);
      return;
    }
    const ev = orderEvent(ctx, o, `${seat(t)} exposes a covert ${seat(o.actor)} operation through ${via}.`, '§Iran-Armenia',
      { outcome: 'failure', probability: p, factors: factors.map((f) => ({ ...f, weight: -f.weight })) });
    addActor(ctx.state, ev, t, 'stability', -1);
    addActor(ctx.state, ev, t, 'nationalism', 3);
    addRelation(ctx.state, ev, o.actor, t, -12);
    addTrust(ctx.state, ev, o.actor, t, -8);
    raiseRungTo(ctx.state, ev, o.actor, t, 5);
    addActor(ctx.state, ev, o.actor, 'standing', -3);
    if ((o.actor === 'ISR' && t === 'IRN') || (o.actor === 'IRN' && t === 'ISR')) addGlobal(ctx.state, ev, 'israelIranLevel', 0.5);
  },
  enumerate: (s, actor) => ACTOR_IDS.filter((t) => t !== actor && pair(s, actor, t).relation < 0).map((target) => ({ target })),
};
