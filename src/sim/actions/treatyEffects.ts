/**
 * What an accepted proposal does: treaty flags, relation and trust, commitments, the corridor status
 * and third parties' reactions. Used by answers (diplomacy.proposeTreaty with `answer`) and by the
 * end-of-turn fallback in proposals.ts.
 */
import { pairKey, type ActorId } from '../../shared/ids.js';
import type { CorridorMode, Order } from '../../shared/actions.js';
import type { SimContext } from '../context.js';
import { addActor, addRelation, addRung, addTrust, noteChange } from '../effects.js';
import type { GameEvent, Proposal } from '../state/types.js';
import { reactionEvent, seat } from './common.js';
import { iranOnCorridor } from './reactions.js';
import { proposalMode, proposalSovereignty } from '../state/selectors.js';

function commit(ctx: SimContext, from: ActorId, to: ActorId, kind: string, text: string, credibility: number): void {
  ctx.state.commitments.push({
    id: `c${ctx.state.turn}-${ctx.state.commitments.length + 1}`, from, to, kind, text,
    madeTurn: ctx.state.turn, dueTurn: null, status: 'open', credibility,
  });
}

/**
 * Sets the Zangezur corridor as agreed (Armenian-controlled transit or extraterritorial), at the point
 * of the sovereignty scale the deal names, else at its mode's end (0 or 100).
 */
export function agreeCorridor(ctx: SimContext, o: Order, ev: GameEvent, mode: CorridorMode, by: ActorId, sovereignty: number | null = null): void {
  const z = ctx.state.global.zangezur;
  noteChange(ev, 'zangezur.status', z.status, 'agreed');
  noteChange(ev, 'zangezur.mode', z.mode, mode);
  z.status = 'agreed';
  z.mode = mode;
  const to = sovereignty ?? (mode === 'extraterritorial' ? 100 : 0);
  if (z.sovereignty !== to) noteChange(ev, 'zangezur.sovereignty', z.sovereignty, to);
  z.sovereignty = to;
  const tr = ctx.state.pairs['ARM-AZE'].treaties;
  if (!tr.corridorDeal) noteChange(ev, 'ARM-AZE.treaties.corridorDeal', false, true);
  tr.corridorDeal = true;
  addRelation(ctx.state, ev, 'ARM', 'AZE', 8);
  addActor(ctx.state, ev, 'AZE', 'stability', 3);
  // Giving up control of the border strip is a domestic wound in Yerevan [§Postwar], the deeper the
  // further the deal goes up the sovereignty scale (-1 for ordinary transit, -8 for an extraterritorial route).
  addActor(ctx.state, ev, 'ARM', 'stability', -Math.round(1 + 7 * to / 100));
  const guarantees = mode === 'transit' && to > 0 ? `, with guarantees for Baku's traffic (${Math.round(to)} on the 0-100 sovereignty scale)` : '';
  commit(ctx, 'ARM', 'AZE', 'transit', `Yerevan guarantees ${mode === 'transit' ? 'transit under Armenian control' : 'an extraterritorial route'} to Nakhchivan${guarantees}.`, 70);
  if (mode === 'extraterritorial') iranOnCorridor(ctx, o, by, true, 2);
  else {
    const r = reactionEvent(ctx, o, 'IRN', 'ARM', 'Tehran welcomes a route that leaves the Iran-Armenia border under Armenian control.', '§Iran-Armenia');
    addRelation(ctx.state, r, 'IRN', 'ARM', 2);
  }
}

/** Applies an accepted treaty of `kind` between the proposer `from` and the acceptor `to`. */
export function applyTreaty(ctx: SimContext, o: Order, ev: GameEvent, p: Pick<Proposal, 'from' | 'to' | 'kind' | 'params'>): void {
  const { from, to } = p;
  const key = pairKey(from, to);
  const pr = ctx.state.pairs[key];
  const tr = pr.treaties;
  const flag = (name: 'peace' | 'normalisation' | 'embassy') => {
    if (!tr[name]) noteChange(ev, `${key}.treaties.${name}`, false, true);
    tr[name] = true;
  };
  switch (p.kind) {
    case 'peace': {
      flag('peace');
      if (pr.atWar) noteChange(ev, `${key}.atWar`, true, false);
      pr.atWar = false;
      addRelation(ctx.state, ev, from, to, 15);
      addTrust(ctx.state, ev, from, to, 10);
      addRung(ctx.state, ev, from, to, -2);
      for (const a of [from, to]) addActor(ctx.state, ev, a, 'standing', 3);
      commit(ctx, from, to, 'peace', `${seat(from)} and ${seat(to)} are bound by a peace treaty.`, 70);
      commit(ctx, to, from, 'peace', `${seat(to)} and ${seat(from)} are bound by a peace treaty.`, 70);
      const mode = proposalMode(p);
      if (mode && key === 'ARM-AZE') agreeCorridor(ctx, o, ev, mode, 'AZE', proposalSovereignty(p, mode));
      break;
    }
    case 'corridorDeal': {
      const mode = proposalMode(p) ?? 'transit';
      agreeCorridor(ctx, o, ev, mode, 'AZE', proposalSovereignty(p, mode));
      break;
    }
    case 'normalisation': {
      flag('normalisation');
      flag('embassy');
      addRelation(ctx.state, ev, from, to, 12);
      addTrust(ctx.state, ev, from, to, 6);
      if (pr.rung > 0 && !pr.atWar) addRung(ctx.state, ev, from, to, -1);
      // Baku has tied Ankara-Yerevan normalisation to its own peace deal with Armenia (grade C reading).
      if (key === 'ARM-TUR' && !ctx.state.pairs['ARM-AZE'].treaties.peace) {
        const r = reactionEvent(ctx, o, 'AZE', 'TUR', 'Baku asks Ankara to wait for an Armenia-Azerbaijan peace deal before normalising with Yerevan.', '§Turkey');
        addRelation(ctx.state, r, 'AZE', 'TUR', -3);
      }
      break;
    }
    case 'armsSupply':
      // Arms, not an alliance: packages between the two cost 10% less from now on (armsPrice).
      if (!tr.armsSupply) noteChange(ev, `${key}.treaties.armsSupply`, false, true);
      tr.armsSupply = true;
      addRelation(ctx.state, ev, from, to, 4);
      addTrust(ctx.state, ev, from, to, 4);
      break;
    case 'defencePact': {
      const level = p.params.explicitness === 'explicit' ? 'explicit' : 'vague';
      noteChange(ev, `${key}.treaties.defencePact`, tr.defencePact, level);
      tr.defencePact = level;
      addRelation(ctx.state, ev, from, to, 8);
      addTrust(ctx.state, ev, from, to, 8);
      // A vague pledge (the Shusha Declaration) is believed less than an explicit one [§Postwar].
      const cred = level === 'explicit' ? 80 : 50;
      commit(ctx, from, to, 'securityPledge', `${seat(from)} pledges ${level === 'explicit' ? 'military' : 'unspecified'} support to ${seat(to)}.`, cred);
      commit(ctx, to, from, 'securityPledge', `${seat(to)} pledges ${level === 'explicit' ? 'military' : 'unspecified'} support to ${seat(from)}.`, cred);
      pactReactions(ctx, o, from, to, level === 'explicit' ? 1.5 : 1);
      break;
    }
    default:
      break;
  }
}

/**
 * What a formal alliance with Israel costs Baku, for a pact of weight `w` (1 vague, 1.5 explicit) at
 * Gaza intensity `gaza` (0..10): points of Ankara's relation and of Baku's international standing.
 * Baku held back even from an embassy in Israel for three decades so as not to antagonise Muslim
 * states, Iran above all; it keeps the tie to arms, oil and intelligence, and during the Gaza war it
 * avoided siding with Israel while Ankara turned on Israel [§Israel, §Conclusion]. The agents read
 * the same numbers (agents/mind/effects.ts).
 */
export function israelPactCost(gaza: number, w: number): { turkeyRelation: number; standing: number } {
  const g = Math.max(0, Math.min(1, gaza / 10));
  return { turkeyRelation: Math.round((2 + 4 * g) * w), standing: Math.round((3 + 3 * g) * w) };
}

/** Rivals of the new allies mind a defence pact (Tehran on Ankara-Baku, Baku on Tehran-Yerevan). */
function pactReactions(ctx: SimContext, o: Order, a: ActorId, b: ActorId, w: number): void {
  const has = (x: ActorId) => a === x || b === x;
  const hit = (who: ActorId, about: ActorId, text: string, claim: string) => {
    const r = reactionEvent(ctx, o, who, about, text, claim);
    addRelation(ctx.state, r, who, about, -Math.round(5 * w));
    if (ctx.state.pairs[pairKey(who, about)].rung < 4) addRung(ctx.state, r, who, about, 1);
  };
  if (has('AZE') && has('TUR')) hit('IRN', 'AZE', 'Tehran reads the Ankara-Baku pact as a Turkic bloc on its border.', '§Postwar');
  if (has('IRN') && has('ARM')) hit('AZE', 'IRN', 'Baku denounces an Iranian security pledge to Yerevan.', '§Postwar');
  if (has('ISR') && !has('IRN')) hit('IRN', has('AZE') ? 'AZE' : a === 'ISR' ? b : a, 'Tehran condemns a military pact with Israel.', '§Israel');
  if (has('ISR') && has('AZE')) {
    const c = israelPactCost(ctx.state.global.gazaIntensity, w);
    const r = reactionEvent(ctx, o, 'TUR', 'AZE', 'Ankara and other Muslim capitals rebuke Baku for a formal alliance with Israel.', '§Israel');
    addRelation(ctx.state, r, 'TUR', 'AZE', -c.turkeyRelation);
    addActor(ctx.state, r, 'AZE', 'standing', -c.standing);
  }
  if (has('ARM') && !has('RUS')) {
    const r = reactionEvent(ctx, o, 'RUS', 'ARM', 'Moscow resents Yerevan seeking guarantees elsewhere.', '§Postwar');
    addRelation(ctx.state, r, 'RUS', 'ARM', -4);
  }
}
