/**
 * corridor.aras: the alternative route from mainland Azerbaijan to Nakhchivan through Iran, south of
 * the Aras river. Tehran's proposal, which Baku took up to lower tension [§Postwar]. The proposal is
 * stored as a Proposal (kind 'arasCorridor') so the other side answers it, or the fallback does.
 */
import { ARAS_STEPS, type ArasStep, type Order } from '../../shared/actions.js';
import type { ActorId } from '../../shared/ids.js';
import type { ActionSpec, SimContext } from '../context.js';
import { addActor, addRelation, addRung, addTrust, noteChange } from '../effects.js';
import type { GameEvent, GameState } from '../state/types.js';
import { checkEnum, orderEvent, rule } from './common.js';

const other = (a: ActorId): ActorId => (a === 'AZE' ? 'IRN' : 'AZE');

const pendingFrom = (s: GameState, from: ActorId) =>
  s.proposals.find((p) => p.kind === 'arasCorridor' && p.status === 'pending' && p.from === from);

/** The thaw precedent: agreeing the route lifts the Baku-Tehran relation and eases the rung. */
export function agreeAras(ctx: SimContext, _o: Order, ev: GameEvent): void {
  const a = ctx.state.global.aras;
  noteChange(ev, 'aras.status', a.status, 'agreed');
  a.status = 'agreed';
  addRelation(ctx.state, ev, 'AZE', 'IRN', 10);
  addTrust(ctx.state, ev, 'AZE', 'IRN', 6);
  if (ctx.state.pairs['AZE-IRN'].rung > 0) addRung(ctx.state, ev, 'AZE', 'IRN', -1);
  // The proposal came with a return to full diplomatic ties [§Postwar].
  const tr = ctx.state.pairs['AZE-IRN'].treaties;
  if (!tr.embassy) noteChange(ev, 'AZE-IRN.treaties.embassy', false, true);
  tr.embassy = true;
  // A route that avoids Syunik takes pressure off Yerevan.
  addActor(ctx.state, ev, 'ARM', 'stability', 1);
  ctx.state.commitments.push({
    id: `c${ctx.state.turn}-${ctx.state.commitments.length + 1}`, from: 'IRN', to: 'AZE', kind: 'transit',
    text: 'Tehran guarantees transit between mainland Azerbaijan and Nakhchivan along the Aras.',
    madeTurn: ctx.state.turn, dueTurn: null, status: 'open', credibility: 60,
  });
}

/**
 * Whether each step is open to `actor` now: shared by the check (BLOCKS, which words a refusal) and
 * the enumerator (which lists only open steps, instead of candidates refused with a message).
 */
const OPEN: Record<ArasStep, (s: GameState, actor: ActorId) => boolean> = {
  propose: (s, actor) => ['none', 'suspended'].includes(s.global.aras.status) && !pendingFrom(s, actor),
  accept: (s, actor) => !!pendingFrom(s, other(actor)),
  build: (s) => ['agreed', 'building'].includes(s.global.aras.status),
  suspend: (s) => ['proposed', 'agreed', 'building', 'open'].includes(s.global.aras.status),
};

const BLOCKS: Record<ArasStep, (s: GameState, o: Order) => string | null> = {
  propose: (s, o) => (OPEN.propose(s, o.actor) ? null : `the Aras route cannot be proposed now (status ${s.global.aras.status})`),
  accept: (s, o) => (OPEN.accept(s, o.actor) ? null : `no Aras proposal from ${other(o.actor)} is pending`),
  build: (s, o) => (OPEN.build(s, o.actor) ? null : `the Aras route must be agreed before building (status ${s.global.aras.status})`),
  suspend: (s, o) => (OPEN.suspend(s, o.actor) ? null : `there is no Aras route to suspend (status ${s.global.aras.status})`),
};

export const aras: ActionSpec = {
  type: 'corridor.aras',
  label: 'Aras route (via Iran)',
  summary: 'Propose, accept, build (one step a turn) or suspend the road link to Nakhchivan through Iran.',
  who: ['AZE', 'IRN'],
  cost: (s, o) => ({ ap: 1, moneyBn: o.params.step === 'build' ? rule(s, 'arasBuildCostBn', 0.05) : 0 }),
  claim: { section: '§Postwar', note: 'Tehran offered a land route to Nakhchivan through its territory along the Aras, with restored ties; Baku engaged to lower tension yet kept pressing for Zangezur.' },
  reactions: 'Agreement warms Baku-Tehran and eases the rung; Yerevan is relieved; suspension costs trust and credibility.',
  needs: 'no step of the Aras route is open now',
  check: (s, o) => checkEnum(o, 'step', ARAS_STEPS) ?? BLOCKS[o.params.step as ArasStep](s, o),
  apply(ctx, o) {
    const step = o.params.step as ArasStep;
    const s = ctx.state;
    const peer = other(o.actor);
    if (step === 'propose') {
      const ev = orderEvent(ctx, o, o.actor === 'IRN'
        ? 'Tehran proposes a road link from mainland Azerbaijan to Nakhchivan through Iran along the Aras.'
        : 'Baku proposes a road link to Nakhchivan through Iran along the Aras.', '§Postwar', { target: peer });
      const id = `p${s.turn}-${s.proposals.length + 1}`;
      s.proposals.push({ id, from: o.actor, to: peer, kind: 'arasCorridor', params: { step: 'propose' }, turn: s.turn, status: 'pending' });
      noteChange(ev, 'aras.status', s.global.aras.status, 'proposed');
      s.global.aras.status = 'proposed';
      addRelation(s, ev, 'AZE', 'IRN', 3);
    } else if (step === 'accept') {
      const p = pendingFrom(s as GameState, peer)!;
      const ev = orderEvent(ctx, o, `${o.actor === 'AZE' ? 'Baku' : 'Tehran'} accepts the Aras route.`, '§Postwar', { target: peer });
      p.status = 'accepted';
      noteChange(ev, `proposals.${p.id}`, 'pending', 'accepted');
      agreeAras(ctx, o, ev);
    } else if (step === 'build') {
      const a = s.global.aras;
      const ev = orderEvent(ctx, o, `${o.actor === 'AZE' ? 'Baku' : 'Tehran'} pushes construction of the Aras route (step ${a.progress + 1} of ${a.buildTurnsNeeded}).`, '§Postwar', { target: peer });
      noteChange(ev, 'aras.progress', a.progress, a.progress + 1);
      a.progress += 1;
      if (a.status !== 'building') noteChange(ev, 'aras.status', a.status, 'building');
      a.status = 'building';
      // Opening itself is done by the corridors system at the end of the turn.
    } else {
      const a = s.global.aras;
      const ev = orderEvent(ctx, o, `${o.actor === 'AZE' ? 'Baku' : 'Tehran'} suspends the Aras route.`, '§Postwar', { target: peer });
      const wasLive = a.status !== 'proposed';
      noteChange(ev, 'aras.status', a.status, 'suspended');
      a.status = 'suspended';
      for (const p of s.proposals) if (p.kind === 'arasCorridor' && p.status === 'pending') p.status = 'refused';
      addRelation(s, ev, 'AZE', 'IRN', wasLive ? -8 : -3);
      addTrust(s, ev, 'AZE', 'IRN', wasLive ? -6 : -2);
      if (wasLive) {
        addActor(s, ev, o.actor, 'credibility', -3);
        for (const c of s.commitments) if (c.kind === 'transit' && c.status === 'open' && (c.from === 'IRN' && c.to === 'AZE')) c.status = 'broken';
      }
    }
  },
  enumerate: (s, actor) => ARAS_STEPS.filter((step) => OPEN[step](s, actor)).map((step) => ({ step })),
};
