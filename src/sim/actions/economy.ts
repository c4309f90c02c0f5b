/**
 * Economic levers: Azerbaijan's oil to Israel and trade sanctions.
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import { OIL_LEVELS, type OilLevel } from '../../shared/actions.js';
import type { ActionSpec } from '../context.js';
import { addActor, addRelation, addTrust, noteChange, raiseRungTo, round2 } from '../effects.js';
import { pair } from '../state/selectors.js';
import type { GameState, Treaties } from '../state/types.js';
import { checkEnum, checkOtherActor, noDirectTies, orderEvent, reactionEvent, seat, targetOf } from './common.js';
import { turkeyGazaStanding } from './reactions.js';

export const oil: ActionSpec = {
  type: 'economy.oil',
  label: 'Oil to Israel',
  summary: 'Keep, raise or cut Azerbaijani crude shipped to Israel through Ceyhan: Israel\'s goodwill against Tehran\'s and the Muslim world\'s criticism.',
  who: ['AZE'],
  cost: () => ({ ap: 1, moneyBn: 0 }),
  claim: { section: '§Israel, §Conclusion', note: 'A large share of Israel\'s crude comes from Azerbaijan; Baku kept shipping (a tanker to Eilat) and stayed out of a Tehran-led oil boycott.' },
  reactions: 'Israel values the oil (a cut hurts relations); Tehran and, while Gaza burns, Ankara mind more oil; a cut lifts Ankara\'s boycott line.',
  needs: 'no change of the oil flow is open now',
  check(s, o) {
    const bad = checkEnum(o, 'level', OIL_LEVELS);
    if (bad) return bad;
    const lvl = s.actors.AZE.oilToIsrael;
    if (o.params.level === 'raise' && lvl >= 2) return 'oil to Israel is already at its highest level (2)';
    if (o.params.level === 'cut' && lvl <= 0) return 'oil to Israel is already cut (level 0)';
    return null;
  },
  apply(ctx, o) {
    const level = o.params.level as OilLevel;
    const s = ctx.state as GameState;
    const text = { keep: 'Baku keeps oil flowing to Israel through Ceyhan.', raise: 'Baku raises oil shipments to Israel.', cut: 'Baku cuts oil shipments to Israel.' }[level];
    const ev = orderEvent(ctx, o, text, '§Conclusion', { target: 'ISR' });
    if (level === 'keep') {
      addRelation(ctx.state, ev, 'AZE', 'ISR', 1);
      return;
    }
    const up = level === 'raise';
    addActor(ctx.state, ev, 'AZE', 'oilToIsrael', up ? 1 : -1);
    addRelation(ctx.state, ev, 'AZE', 'ISR', up ? 5 : -10);
    addTrust(ctx.state, ev, 'AZE', 'ISR', up ? 3 : -6);
    addActor(ctx.state, ev, 'AZE', 'standing', up ? -(s.global.gazaIntensity >= 3 ? 2 : 1) : 2);
    const iran = reactionEvent(ctx, o, 'IRN', 'AZE', up ? 'Tehran condemns more Azerbaijani oil for Israel.' : 'Tehran welcomes Baku\'s cut in oil for Israel.', '§Conclusion');
    addRelation(ctx.state, iran, 'IRN', 'AZE', up ? -4 : 4);
    const tur = reactionEvent(ctx, o, 'TUR', 'AZE', up ? 'Ankara is uneasy at oil for Israel crossing Turkey during the Gaza war.' : 'Ankara welcomes the cut as a sign of Muslim solidarity over Gaza.', '§Conclusion');
    if (up && s.global.gazaIntensity >= 3) addRelation(ctx.state, tur, 'TUR', 'AZE', -2);
    if (!up) {
      addRelation(ctx.state, tur, 'TUR', 'AZE', 3);
      addActor(ctx.state, tur, 'TUR', 'standing', 1);
    }
  },
  enumerate: () => OIL_LEVELS.map((level) => ({ level })),
};

/** Israel and Iran trade nothing to halt: Tehran's calls for a boycott of Israel are words (diplomacy.denounce). */
const NO_TRADE_TEXT = 'Israel and Iran have no trade between them to halt (Tehran\'s calls to boycott Israel are a denunciation)';

export const sanction: ActionSpec = {
  type: 'economy.sanction',
  label: 'Impose sanctions',
  summary: 'Halt trade with a target (or lift a halt already in force): both economies pay each month; relation down, rung to 3.',
  who: 'any',
  cost: (s, o) => ({ ap: 1, moneyBn: o.params.lift ? 0 : round2(Math.min(0.2, Math.max(0.02, s.actors[o.actor].gdpBn * 0.0002))) }),
  claim: { section: '§Conclusion', note: 'Turkey halted trade with Israel over Gaza, and Tehran led a boycott of Israeli goods and oil that Baku stayed out of.' },
  reactions: 'The target\'s relation falls; Ankara gains standing in the Muslim world when it sanctions Israel.',
  needs: 'needs a relation of -30 or less with a target you trade with',
  check(s, o) {
    const bad = checkOtherActor(o);
    if (bad) return bad;
    if (noDirectTies(o.actor, targetOf(o))) return NO_TRADE_TEXT;
    const t = targetOf(o);
    const tr = pair(s, o.actor, t).treaties;
    if (o.params.lift) {
      if (!tr.sanctions) return `${seat(o.actor)} has no trade measures against ${seat(t)} to lift`;
      return imposedBy(tr, o.actor) ? null : `${seat(o.actor)} has no trade measures against ${seat(t)} to lift: the halt in force is ${seat(t)}'s`;
    }
    return imposedBy(tr, o.actor) ? `${seat(o.actor)} has already halted trade with ${seat(t)} (lift it with params.lift: true)` : null;
  },
  apply(ctx, o) {
    const t = targetOf(o);
    const s = ctx.state as GameState;
    const key = [o.actor, t].sort().join('-');
    const tr = ctx.state.pairs[key].treaties;
    if (o.params.lift) {
      const ev = orderEvent(ctx, o, `${seat(o.actor)} lifts its trade measures against ${seat(t)}.`, '§Conclusion');
      // The other side's own halt, if any, stays in force.
      const left = (tr.sanctionsBy ?? []).filter((a) => a !== o.actor);
      if (left.length) tr.sanctionsBy = left;
      else {
        tr.sanctions = false;
        delete tr.sanctionsBy;
        noteChange(ev, `${key}.treaties.sanctions`, true, false);
      }
      addRelation(ctx.state, ev, o.actor, t, 5);
      return;
    }
    const ev = orderEvent(ctx, o, tr.sanctions ? `${seat(o.actor)} halts trade with ${seat(t)} in return.` : `${seat(o.actor)} halts trade with ${seat(t)}.`, '§Conclusion');
    if (!tr.sanctions) noteChange(ev, `${key}.treaties.sanctions`, false, true);
    tr.sanctions = true;
    tr.sanctionsBy = [...(tr.sanctionsBy ?? []), o.actor].sort();
    addRelation(ctx.state, ev, o.actor, t, -12);
    addTrust(ctx.state, ev, o.actor, t, -5);
    raiseRungTo(ctx.state, ev, o.actor, t, 3);
    addActor(ctx.state, ev, t, 'stability', -2);
    if (o.actor === 'TUR' && t === 'ISR') addActor(ctx.state, ev, 'TUR', 'standing', turkeyGazaStanding(s));
  },
  enumerate(s, actor) {
    return ACTOR_IDS.filter((t) => t !== actor && !noDirectTies(actor, t) && pair(s, actor, t).relation <= -30)
      .map((target) => (imposedBy(pair(s, actor, target).treaties, actor) ? { target, lift: true } : { target }));
  },
};

/** Whether `actor` has halted trade under these treaties (a halt the scenario starts with counts for both). */
function imposedBy(tr: Treaties, actor: ActorId): boolean {
  return tr.sanctions && (tr.sanctionsBy === undefined || tr.sanctionsBy.includes(actor));
}
