/**
 * corridor.zangezur: the land link from mainland Azerbaijan to Nakhchivan through Syunik (Baku and
 * Ankara say Zangezur). Demand, negotiate, accept, reject, or seize by force [§Iran-Armenia, §Postwar].
 */
import { CORRIDOR_MODES, ZANGEZUR_STEPS, type CorridorMode, type Order, type ZangezurStep } from '../../shared/actions.js';
import type { ActorId } from '../../shared/ids.js';
import type { ActionSpec } from '../context.js';
import { addActor, addRelation, noteChange, raiseRungTo, round2 } from '../effects.js';
import type { GameState } from '../state/types.js';
import { checkEnum, orderEvent, reactionEvent, rule, seat } from './common.js';
import { fight, offensiveProblem } from './battle.js';
import { iranOnCorridor } from './reactions.js';
import { agreeCorridor } from './treatyEffects.js';
import { SYUNIK } from '../state/selectors.js';

const WHO: Record<ZangezurStep, readonly ActorId[]> = {
  demand: ['AZE', 'TUR'], negotiate: ['AZE', 'ARM', 'TUR'], accept: ['ARM', 'AZE'], reject: ['ARM', 'AZE'], seize: ['AZE'],
};
const modeOf = (o: Order, dflt: CorridorMode): CorridorMode => (o.params.mode as CorridorMode | undefined) ?? dflt;
const label = (m: CorridorMode) => (m === 'transit' ? 'transit under Armenian control' : 'an extraterritorial corridor');

/** Once the corridor is agreed or seized no step is open: the check refuses them all, the menu lists none. */
const settled = (s: GameState): boolean => s.global.zangezur.status === 'agreed' || s.global.zangezur.status === 'seized';

function stepProblem(s: GameState, o: Order): string | null {
  const step = o.params.step as ZangezurStep;
  const z = s.global.zangezur;
  if (!WHO[step].includes(o.actor)) return `params.step: ${step} is open to ${WHO[step].join(', ')}, not ${o.actor}`;
  if (settled(s)) return `the corridor question is settled (status ${z.status})`;
  const onTable = z.status === 'demanded' || z.status === 'negotiating';
  if (step === 'accept') {
    if (!onTable || !z.mode) return `nothing to accept: the corridor is ${z.status}`;
    if (o.params.mode !== undefined && o.params.mode !== z.mode) return `params.mode: the proposal on the table is ${z.mode}, not ${String(o.params.mode)}`;
    if (o.actor === 'AZE' && z.mode !== 'transit') return 'Baku can only accept an Armenian offer of transit (mode transit)';
    if (o.actor === 'AZE' && z.proposer === 'AZE') return 'Baku cannot accept its own proposal';
  }
  if (step === 'reject') {
    if (!onTable) return `nothing to reject: the corridor is ${z.status}`;
    if (o.actor === 'AZE' && (z.proposer === 'AZE' || z.proposer === 'TUR')) return 'Baku cannot reject its own side\'s proposal';
  }
  if (step === 'seize') {
    const prov = s.provinces[SYUNIK];
    if (!prov) return `the map has no ${SYUNIK} province`;
    return offensiveProblem(s, o.actor, prov);
  }
  return null;
}

export const zangezur: ActionSpec = {
  type: 'corridor.zangezur',
  label: 'Zangezur corridor (Syunik)',
  summary: 'Demand, negotiate, accept or reject a route to Nakhchivan through Syunik (Armenian-controlled transit or extraterritorial), or seize it by force.',
  who: ['AZE', 'TUR', 'ARM'],
  cost: (s, o) => (o.params.step === 'seize' ? { ap: 2, moneyBn: rule(s, 'offensiveCostBn', 0.2) } : { ap: 1, moneyBn: 0 }),
  claim: { section: '§Iran-Armenia, §Postwar', note: 'Baku\'s push for an extraterritorial strip along the Iran-Armenia border would take Yerevan\'s authority and Tehran\'s border with Armenia; both coordinate to stop it.' },
  reactions: 'Tehran minds any extraterritorial demand (a red line; relation down, rung up sharply) and a seizure most of all; Yerevan resents demands.',
  needs: 'the corridor question is settled, or no step of it is yours now',
  check: (s, o) => checkEnum(o, 'step', ZANGEZUR_STEPS) ?? checkEnum(o, 'mode', CORRIDOR_MODES, true) ?? stepProblem(s, o),
  apply(ctx, o) {
    const step = o.params.step as ZangezurStep;
    const z = ctx.state.global.zangezur;
    const setStatus = (ev: Parameters<typeof noteChange>[0], to: typeof z.status) => { noteChange(ev, 'zangezur.status', z.status, to); z.status = to; };
    if (step === 'demand' || step === 'negotiate') {
      const mode = modeOf(o, step === 'demand' ? 'extraterritorial' : (z.mode ?? 'transit'));
      const ext = mode === 'extraterritorial';
      const ev = orderEvent(ctx, o, step === 'demand'
        ? `${seat(o.actor)} demands ${label(mode)} through Syunik (Zangezur).`
        : `${seat(o.actor)} proposes talks on ${label(mode)} through Syunik (Zangezur).`, '§Postwar', { target: o.actor === 'ARM' ? 'AZE' : 'ARM' });
      setStatus(ev, step === 'demand' ? 'demanded' : 'negotiating');
      noteChange(ev, 'zangezur.mode', z.mode, mode);
      z.mode = mode;
      z.proposer = o.actor;
      // The issue position moves a share of the way toward the mode's pole (0 transit .. 100 extraterritorial).
      const pull = step === 'demand' ? 0.3 : 0.1;
      const to = round2(z.sovereignty + ((ext ? 100 : 0) - z.sovereignty) * pull);
      noteChange(ev, 'zangezur.sovereignty', z.sovereignty, to);
      z.sovereignty = to;
      if (step === 'demand') {
        addActor(ctx.state, ev, o.actor, 'nationalism', 2);
        // A demand for transit under Armenian control asks for Yerevan's own position, but as a demand: Yerevan
        // answers that the roads open on terms agreed with it (it had "rejected" its own terms).
        const r = reactionEvent(ctx, o, 'ARM', o.actor, ext
          ? `Yerevan rejects ${seat(o.actor)}'s demand as a claim on Armenian sovereignty.`
          : `Yerevan answers ${seat(o.actor)}'s demand: roads through Syunik will open under Armenian law and control, on terms agreed with Yerevan, not demanded of it.`, '§Postwar');
        addRelation(ctx.state, r, 'ARM', o.actor, ext ? -8 : -3);
        raiseRungTo(ctx.state, r, 'ARM', o.actor, 2);
        if (o.actor !== 'IRN') iranOnCorridor(ctx, o, o.actor, ext, 1);
      } else {
        if (o.actor !== 'ARM') addRelation(ctx.state, ev, o.actor, 'ARM', 2);
        else addRelation(ctx.state, ev, 'ARM', 'AZE', 2);
        if (ext) {
          const r = reactionEvent(ctx, o, 'IRN', o.actor, 'Tehran objects to talks on an extraterritorial corridor.', '§Iran-Armenia');
          addRelation(ctx.state, r, 'IRN', o.actor, -3);
        }
      }
    } else if (step === 'accept') {
      const mode = z.mode as CorridorMode;
      const ev = orderEvent(ctx, o, `${seat(o.actor)} accepts ${label(mode)} through Syunik (Zangezur).`, '§Postwar', { target: o.actor === 'ARM' ? 'AZE' : 'ARM' });
      agreeCorridor(ctx, o, ev, mode, z.proposer ?? 'AZE');
    } else if (step === 'reject') {
      const by = z.proposer ?? 'AZE';
      const ev = orderEvent(ctx, o, `${seat(o.actor)} rejects the corridor proposal on the table.`, '§Postwar', { target: by === o.actor ? null : by });
      setStatus(ev, 'rejected');
      if (by !== o.actor) addRelation(ctx.state, ev, o.actor, by, -5);
      if (o.actor === 'ARM') {
        addActor(ctx.state, ev, 'ARM', 'stability', 1);
        if (z.mode === 'extraterritorial') {
          const r = reactionEvent(ctx, o, 'IRN', 'ARM', 'Tehran backs Yerevan\'s refusal of an extraterritorial corridor.', '§Iran-Armenia');
          addRelation(ctx.state, r, 'IRN', 'ARM', 3);
        }
      }
    } else {
      fight(ctx, o, SYUNIK, (won, where) => won
        ? `${seat(o.actor)}'s forces seize ${where} to open a corridor to Nakhchivan by force.`
        : `${seat(o.actor)}'s attempt to seize ${where} is stopped by Armenian forces.`, '§Postwar');
      // Taking Syunik sets the corridor seized, extraterritorial, at 100 and brings Tehran's reaction
      // (battle.ts: corridorFollowsSyunik, tehranOnSyunikTaken), as an offensive into the province does.
    }
  },
  enumerate(s, actor) {
    if (settled(s)) return [];
    const out = [];
    for (const step of ZANGEZUR_STEPS) {
      if (!WHO[step].includes(actor)) continue;
      if (step === 'demand' || step === 'negotiate') for (const mode of CORRIDOR_MODES) out.push({ step, mode });
      // An acceptance names the mode it accepts: if another state's order changes what is on the table in
      // the same month, the acceptance is refused rather than taken as agreement to the new terms
      // (Yerevan, accepting transit, had signed the extraterritorial demand Baku tabled that month).
      else if (step === 'accept' && s.global.zangezur.mode) out.push({ step, mode: s.global.zangezur.mode });
      else out.push({ step });
    }
    return out;
  },
};
