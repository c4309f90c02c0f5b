/**
 * Settling one proposal: accept (apply its effects), refuse, or counter. Shared by answers given as
 * orders and by the end-of-turn fallback (proposals.ts).
 */
import { ACTOR_NAMES, pairKey, type ArmsItem, type SupplierId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import type { SimContext } from '../context.js';
import { addActor, addRelation, addTrust, noteChange } from '../effects.js';
import type { GameEvent, GameState, Proposal } from '../state/types.js';
import { SUPPLIER_LAG, armsPrice, armsRefusal, bookArmsOrder } from './armsCatalogue.js';
import { armsReactions } from './arms.js';
import { agreeAras } from './aras.js';
import { applyTreaty } from './treatyEffects.js';

/** Why a pending proposal can no longer take effect (the treaty already exists, ...), or null. */
export function proposalBlocked(s: GameState, p: Proposal): string | null {
  const pr = s.pairs[pairKey(p.from, p.to)];
  switch (p.kind) {
    case 'peace': return pr.treaties.peace ? 'a peace treaty is already in force' : null;
    case 'normalisation': return pr.treaties.normalisation ? 'relations are already normalised' : null;
    case 'corridorDeal':
      return s.global.zangezur.status === 'agreed' || s.global.zangezur.status === 'seized' ? `the corridor is already ${s.global.zangezur.status}` : null;
    case 'defencePact': {
      const want = p.params.explicitness === 'explicit' ? 2 : 1;
      const have = pr.treaties.defencePact === 'explicit' ? 2 : pr.treaties.defencePact === 'vague' ? 1 : 0;
      return have >= want ? 'an equal or stronger pact is already in force' : null;
    }
    case 'armsOffer': {
      const price = Number(p.params.priceBn ?? 0);
      if (s.actors[p.to].treasuryBn < price) return `${ACTOR_NAMES[p.to].seat} cannot pay $${price.toFixed(2)}bn`;
      return armsRefusal(s, p.to, p.from as SupplierId, p.params.item as ArmsItem);
    }
    case 'arasCorridor':
      return s.global.aras.status === 'proposed' ? null : `the Aras route is ${s.global.aras.status}`;
    case 'armsSupply':
      return pr.treaties.armsSupply ? 'an arms-supply agreement is already in force' : null;
    default:
      return null;
  }
}

/** Accepts `p`: marks it and applies its effects onto `ev`. */
export function acceptProposal(ctx: SimContext, o: Order, p: Proposal, ev: GameEvent): void {
  p.status = 'accepted';
  noteChange(ev, `proposals.${p.id}`, 'pending', 'accepted');
  if (p.kind === 'armsOffer') {
    const item = p.params.item as ArmsItem;
    const seller = p.from as SupplierId;
    const price = armsPrice(ctx.state as GameState, seller, item, p.to);
    addActor(ctx.state, ev, p.to, 'treasuryBn', -price);
    bookArmsOrder(ctx, ev, p.to, seller, item, price, SUPPLIER_LAG[seller]);
    armsReactions(ctx, o, p.to, seller, item);
  } else if (p.kind === 'arasCorridor') {
    agreeAras(ctx, o, ev);
  } else {
    applyTreaty(ctx, o, ev, p);
  }
}

/** Refuses `p` with a reason; a refusal cools the pair a little. */
export function refuseProposal(ctx: SimContext, p: Proposal, reason: string, ev: GameEvent): void {
  p.status = 'refused';
  p.reason = reason;
  noteChange(ev, `proposals.${p.id}`, 'pending', 'refused');
  addRelation(ctx.state, ev, p.from, p.to, -2);
  addTrust(ctx.state, ev, p.from, p.to, -1);
}

export { KIND_NAMES } from '../../shared/actions.js';
