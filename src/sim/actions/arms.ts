/**
 * Buying and offering arms. Prices, routes and refusals live in armsCatalogue.ts; this file holds the
 * two actions and the third-party reactions to a deal.
 */
import { ACTOR_IDS, ARMS_ITEMS, ARMS_ITEM_NAMES, SUPPLIER_IDS, SUPPLIER_NAMES, type ActorId, type ArmsItem, type SupplierId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import type { ActionSpec, SimContext } from '../context.js';
import { addRelation } from '../effects.js';
import { pair } from '../state/selectors.js';
import type { GameState } from '../state/types.js';
import { checkEnum, checkOtherActor, hasPendingProposal, orderEvent, reactionEvent, seat, targetOf } from './common.js';
import { SUPPLIER_LAG, armsPrice, armsRefusal, bookArmsOrder, routineScale, supplierRefuses, tradesItem } from './armsCatalogue.js';
import { iranOnIsraeliArms, russiaOnArmenianDrift } from './reactions.js';

const WESTERN_OR_INDIAN: readonly SupplierId[] = ['FRA', 'USA', 'IND'];


/** Who notices an arms deal and minds it. Shared by arms.buy, arms.sell and accepted offers. */
export function armsReactions(ctx: SimContext, o: Order, buyer: ActorId, supplier: SupplierId, item: ArmsItem): void {
  // Reactions to a routine delivery on an established line are 40% of those to a new one.
  const scale = routineScale(ctx.state as GameState, buyer, supplier);
  if (supplier === 'ISR') iranOnIsraeliArms(ctx, o, buyer, item, scale);
  if (buyer === 'ARM' && WESTERN_OR_INDIAN.includes(supplier)) {
    russiaOnArmenianDrift(ctx, o, `arms purchase from ${SUPPLIER_NAMES[supplier]}`, (supplier === 'USA' ? 1.2 : 1) * scale);
    const ev = reactionEvent(ctx, o, 'AZE', 'ARM', `Baku accuses ${SUPPLIER_NAMES[supplier]} of arming Yerevan.`, '§Postwar');
    addRelation(ctx.state, ev, 'AZE', 'ARM', -2 * scale);
  }
  if (supplier === 'IRN' && buyer === 'ARM') {
    const ev = reactionEvent(ctx, o, 'AZE', 'IRN', 'Baku protests Iranian arms for Yerevan.', '§Iran-Armenia');
    addRelation(ctx.state, ev, 'AZE', 'IRN', -5 * scale);
  }
  // Russian arms for Baku feel like a betrayal in Yerevan [§Postwar].
  if (supplier === 'RUS' && buyer === 'AZE') {
    const ev = reactionEvent(ctx, o, 'ARM', 'RUS', 'Yerevan protests Russian arms sales to Baku.', '§Postwar');
    addRelation(ctx.state, ev, 'ARM', 'RUS', -4 * scale);
  }
}

/** `params.lag`, when given, must be a whole number of turns from 2 to 4. */
function lagProblem(o: Order): string | null {
  const lag = o.params.lag;
  return lag === undefined || (Number.isInteger(lag) && (lag as number) >= 2 && (lag as number) <= 4)
    ? null : `params.lag: expected a whole number of turns from 2 to 4; got ${JSON.stringify(lag)}`;
}

function lagOf(o: Order, supplier: SupplierId): number {
  return typeof o.params.lag === 'number' ? o.params.lag : SUPPLIER_LAG[supplier];
}

/** The items the menus list (buying and offering): the three that decide a war of drones and guns. */
const MENU_ITEMS: readonly ArmsItem[] = ['drones', 'airDefence', 'artillery'];

export const buy: ActionSpec = {
  type: 'arms.buy',
  label: 'Buy arms',
  summary: 'Order a package (drones, air defence, artillery, armour, radar, missiles) from a supplier: paid now, delivered after 2-4 turns. Suppliers keep to their camp: France, India and the US arm Yerevan, not Baku; Israel and Ankara arm Baku, not Yerevan; Tehran does not arm Yerevan; Israel buys from the US. Each supplier sells what it makes (Moscow and Paris export no drones, Tehran drones, missiles and shells), and no state imports what it makes itself (Ankara its drones).',
  who: 'any',
  cost: (s, o) => ({
    ap: 1,
    moneyBn: (SUPPLIER_IDS as readonly string[]).includes(String(o.params.supplier)) && (ARMS_ITEMS as readonly string[]).includes(String(o.params.item))
      ? armsPrice(s, o.params.supplier as SupplierId, o.params.item as ArmsItem, o.actor)
      : 0,
  }),
  claim: { section: '§Israel, §Postwar', note: 'About seven tenths of Baku\'s arms came from Israel, drones and missile defence above all; Yerevan turned to India, France and the US.' },
  reactions: 'Tehran minds Israeli arms (drones most) in Azerbaijan; Moscow minds Armenian purchases from France, the US or India; Baku minds anyone arming Yerevan.',
  needs: 'no supplier will sell to you now',
  check(s, o) {
    const bad = checkEnum(o, 'supplier', SUPPLIER_IDS) ?? checkEnum(o, 'item', ARMS_ITEMS) ?? lagProblem(o);
    return bad ?? armsRefusal(s, o.actor, o.params.supplier as SupplierId, o.params.item as ArmsItem);
  },
  apply(ctx, o) {
    const supplier = o.params.supplier as SupplierId;
    const item = o.params.item as ArmsItem;
    const lag = lagOf(o, supplier);
    const cost = armsPrice(ctx.state as GameState, supplier, item, o.actor);
    const ev = orderEvent(ctx, o, `${seat(o.actor)} orders ${ARMS_ITEM_NAMES[item]} from ${SUPPLIER_NAMES[supplier]} ($${cost.toFixed(2)}bn, due in ${lag} months).`, '§Israel');
    bookArmsOrder(ctx, ev, o.actor, supplier, item, cost, lag);
    armsReactions(ctx, o, o.actor, supplier, item);
  },
  enumerate(s, actor) {
    // The most relevant items that each supplier exports and the buyer imports, not the full 7x6
    // grid: keeps the agents' menu small.
    const out = [];
    for (const supplier of SUPPLIER_IDS) {
      if (supplierRefuses(s, actor, supplier)) continue;
      for (const item of MENU_ITEMS) if (tradesItem(actor, supplier, item)) out.push({ supplier, item });
    }
    return out;
  },
};

/**
 * An offer of arms by a selling state. The buyer answers it next turn with diplomacy.proposeTreaty
 * { answer, target: seller, kind: 'armsOffer' }, by its own reasoning when it is an agent. Until
 * 2026-11-29 an agent buyer with a supply agreement and a warm relation was sold to at once, without
 * being asked: Israel and Ankara then decided most of Baku's purchases (25 of its 30 packages a game).
 * An arms-supply agreement now makes the packages cheaper instead (armsPrice).
 */
export const sell: ActionSpec = {
  type: 'arms.sell',
  label: 'Offer arms',
  summary: 'Offer an arms package to another state, which answers next turn (10% cheaper under an arms-supply agreement).',
  who: ['ISR', 'TUR', 'RUS', 'IRN'],
  cost: () => ({ ap: 1, moneyBn: 0 }),
  claim: { section: '§Israel, §Postwar', note: 'Israel sells Baku advanced kit for oil and access; Tehran reportedly trained Armenians on Iranian drones and pressed India to arm Yerevan.' },
  reactions: 'As for a purchase: Tehran minds Israeli arms to Baku, Baku minds Iranian arms to Yerevan, Yerevan minds Russian arms to Baku.',
  needs: 'needs a buyer with a relation of 20 or more that you may arm',
  check(s, o) {
    const bad = checkOtherActor(o) ?? checkEnum(o, 'item', ARMS_ITEMS);
    if (bad) return bad;
    const t = targetOf(o);
    const refusal = armsRefusal(s, t, o.actor as SupplierId, o.params.item as ArmsItem);
    if (refusal) return refusal;
    if (hasPendingProposal(s, o.actor, t, 'armsOffer')) {
      return `${o.actor} already has an arms offer pending with ${t}`;
    }
    return null;
  },
  apply(ctx, o) {
    const t = targetOf(o);
    const s = ctx.state as GameState;
    const seller = o.actor as SupplierId;
    const item = o.params.item as ArmsItem;
    const price = armsPrice(s, seller, item, t);
    const id = `p${ctx.state.turn}-${ctx.state.proposals.length + 1}`;
    ctx.state.proposals.push({ id, from: o.actor, to: t, kind: 'armsOffer', params: { item, supplier: seller, priceBn: price }, turn: ctx.state.turn, status: 'pending' });
    const ev = orderEvent(ctx, o, `${seat(o.actor)} offers ${ARMS_ITEM_NAMES[item]} to ${seat(t)} ($${price.toFixed(2)}bn); ${seat(t)} may answer next month.`, '§Israel');
    ev.effects.push({ path: `proposals.${id}`, from: null, to: 'pending' });
  },
  enumerate(s, actor) {
    const out = [];
    for (const t of ACTOR_IDS) {
      if (t === actor || supplierRefuses(s, t, actor as SupplierId)) continue;
      if (pair(s, actor, t).relation < 20) continue;
      // A seller offers its two leading items of the menu that the buyer imports.
      let offered = 0;
      for (const item of MENU_ITEMS) {
        if (offered < 2 && tradesItem(t, actor as SupplierId, item)) { out.push({ target: t, item }); offered++; }
      }
    }
    return out;
  },
};
