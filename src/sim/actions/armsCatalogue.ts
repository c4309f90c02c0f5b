/**
 * The arms market: prices, delivery lags and routes, which capability branch an item feeds, the
 * suppliers' refusal rules, and the one function that books an order (used by arms.buy, arms.sell
 * and accepted arms offers). Prices are grade C (order of magnitude of reported 2022-24 contracts,
 * e.g. India's ~$0.25bn artillery package for Armenia) and tunable through scenario params.
 */
import { ACTOR_NAMES, ARMS_ITEM_NAMES, SUPPLIER_IDS, SUPPLIER_NAMES, isActorId, pairKey, type ActorId, type ArmsItem, type SupplierId } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { addRelation, addTrust, noteChange, round2 } from '../effects.js';
import { pair, turnLabel } from '../state/selectors.js';
import type { ArmsOrder, GameEvent, GameState } from '../state/types.js';
import { rule } from './common.js';
import { param } from '../scenario/params.js';

/** Base price of one package, US$ bn. */
export const ITEM_PRICE_BN: Record<ArmsItem, number> = {
  drones: 0.25, airDefence: 0.3, artillery: 0.15, armour: 0.2, radar: 0.08, missiles: 0.3,
};

/** Capability points one package adds on delivery. */
export const ITEM_AMOUNT: Record<ArmsItem, number> = {
  drones: 4, airDefence: 4, artillery: 5, armour: 5, radar: 2, missiles: 4,
};

/** Price multiplier by supplier (Western kit dearer, Indian and Russian cheaper). */
export const SUPPLIER_PRICE: Record<SupplierId, number> = { ISR: 1.1, TUR: 1, RUS: 0.9, FRA: 1.25, IND: 0.8, USA: 1.35, IRN: 0.85 };

/** Default delivery lag in turns (months), 2..4. */
export const SUPPLIER_LAG: Record<SupplierId, number> = { ISR: 2, TUR: 2, RUS: 3, FRA: 3, IND: 4, USA: 4, IRN: 2 };

/** What an arms-supply agreement takes off the price of each package between the two (a framework contract). */
export const SUPPLY_AGREEMENT_DISCOUNT = 0.1;

/**
 * Price of one package of `item` from `supplier` to `buyer` (scenario param `armsPriceScale` scales all
 * prices): 10% less when the two have an arms-supply agreement (the first sale between them makes one).
 */
export function armsPrice(state: GameState, supplier: SupplierId, item: ArmsItem, buyer: ActorId): number {
  const framework = isActorId(supplier) && supplier !== buyer && state.pairs[pairKey(buyer, supplier)]?.treaties.armsSupply ? 1 - SUPPLY_AGREEMENT_DISCOUNT : 1;
  return round2(ITEM_PRICE_BN[item] * SUPPLIER_PRICE[supplier] * rule(state, 'armsPriceScale', 1) * framework);
}

/**
 * Transit route of a delivery: India's arms reach Armenia through Iran (Armenia's borders with
 * Turkey and Azerbaijan are closed) [§Postwar]; Western and Russian kit through Georgia.
 */
export function armsRoute(buyer: ActorId, supplier: SupplierId): string {
  if (buyer === 'ARM') return supplier === 'IND' ? 'via IRN' : 'via GEO';
  return 'direct';
}

/** The param key of each supplier's export strain, built once (agents ask for every arms candidate). */
const STRAIN_KEYS = new Map<string, string>(SUPPLIER_IDS.map((id) => [id, `exportStrain.${id}`]));

/**
 * A supplier's war load on its arms exports, 0..1: its distraction (Russia's war in Ukraine, Israel's
 * in Gaza) times the scenario's `exportStrain` for it, the share of that load that falls on the kit it
 * would export. Russia's war consumes the artillery, air defence and drones it used to sell, and Moscow
 * has not delivered what its partners paid for [§Postwar, §Conclusion]; Israel's Gaza war did not stop
 * its deliveries to Baku [§Israel], so its strain is 0.
 */
export function exportLoad(state: GameState, supplier: SupplierId): number {
  const strain = state.params[STRAIN_KEYS.get(supplier) ?? `exportStrain.${supplier}`];
  if (!(typeof strain === 'number' && strain > 0) || !isActorId(supplier)) return 0;
  return Math.max(0, Math.min(1, (strain * state.actors[supplier].distraction) / 100));
}

/** Export packages `supplier` has sold and not yet delivered, to every buyer. */
export function openExports(state: GameState, supplier: SupplierId): number {
  let n = 0;
  for (const id in state.actors) for (const o of state.actors[id as ActorId].armsOnOrder) if (o.supplier === supplier) n++;
  return n;
}

/** How many export packages `supplier` can have undelivered at once (Infinity without a war load). */
export function exportCapacity(state: GameState, supplier: SupplierId): number {
  const load = exportLoad(state, supplier);
  return load > 0 ? Math.floor(param(state, 'armsExportSlots') * (1 - load)) : Infinity;
}

/** Gaza war intensity (0-10) from which Ankara and Israel trade no arms. */
const GAZA_ARMS_BREAK = 3;

/**
 * Arms that do not change hands between blocs, whatever the relation: supplier -> buyer, and why.
 * Israel neither arms nor buys from Moscow or Tehran; Ankara, in NATO and selling drones to Kyiv, trades
 * with Moscow and Tehran but arms neither and buys no Iranian arms (Russia's S-400 sale of 2019 stays
 * possible); Western suppliers are bound by sanctions.
 *
 * The two camps of the South Caucasus buy from different shops (§Postwar): Yerevan turned to France,
 * India and the United States to counter the Turkish-Azerbaijani alliance, while Baku's arsenal is
 * mostly Israeli [§Israel] and Turkish. So France and India do not arm Baku, Washington sells it no
 * major arms (Section 907 of the 1992 Freedom Support Act restricts aid to Azerbaijan), and neither
 * Israel nor Turkey arms Yerevan. Nor does Tehran: it presses India to arm Armenia [§Iran-Armenia], and
 * Iranian arms would cost Yerevan its Western partners. India, itself a buyer of Russian arms, sells
 * none to Moscow or Tehran.
 * Without these bars the agents bought French artillery for Baku and Israeli drones for Yerevan.
 */
const ARMS_BARS: readonly { supplier: SupplierId; buyers: readonly ActorId[]; reason: (buyer: ActorId) => string }[] = [
  { supplier: 'ISR', buyers: ['IRN', 'RUS'], reason: (b) => `Israel does not sell arms to ${ACTOR_NAMES[b].state}` },
  { supplier: 'ISR', buyers: ['ARM'], reason: () => 'Israel does not sell arms to Armenia: its arms partner in the region is Azerbaijan' },
  { supplier: 'IRN', buyers: ['ISR', 'TUR'], reason: (b) => (b === 'ISR' ? 'Israel does not buy arms from Iran' : 'Turkey, a NATO member, does not buy Iranian arms') },
  { supplier: 'IRN', buyers: ['ARM'], reason: () => 'Yerevan, courting the West, buys no Iranian arms: Tehran presses India to arm it instead' },
  { supplier: 'RUS', buyers: ['ISR'], reason: () => 'Israel does not buy arms from Russia' },
  { supplier: 'TUR', buyers: ['RUS', 'IRN'], reason: (b) => `Turkey, a NATO member, does not arm ${ACTOR_NAMES[b].state}` },
  { supplier: 'TUR', buyers: ['ARM'], reason: () => 'Turkey does not arm Armenia: it stands with Azerbaijan, and the two have no diplomatic relations' },
  { supplier: 'FRA', buyers: ['IRN', 'RUS'], reason: (b) => `France does not sell arms to ${ACTOR_NAMES[b].state} (Western sanctions)` },
  { supplier: 'FRA', buyers: ['AZE'], reason: () => 'France does not sell arms to Azerbaijan: it arms Armenia, and its relations with Baku have broken down' },
  { supplier: 'USA', buyers: ['IRN', 'RUS'], reason: (b) => `United States does not sell arms to ${ACTOR_NAMES[b].state} (Western sanctions)` },
  { supplier: 'USA', buyers: ['AZE'], reason: () => 'United States sells no major arms to Azerbaijan (Section 907 of the Freedom Support Act restricts aid to Baku)' },
  { supplier: 'IND', buyers: ['AZE'], reason: () => 'India does not sell arms to Azerbaijan: it arms Armenia, and Baku sides with Pakistan' },
  { supplier: 'IND', buyers: ['RUS', 'IRN'], reason: (b) => `India does not sell arms to ${ACTOR_NAMES[b].state} (it buys Russian arms itself, and Western sanctions)` },
  // Israel's arms imports come from the United States (and Germany, not in the game); India buys Israeli
  // arms rather than selling them, and France is not among Israel's suppliers. Israel had bought about four
  // packages a game from India and France.
  { supplier: 'IND', buyers: ['ISR'], reason: () => 'India buys Israeli arms; it is not one of Israel\'s suppliers (the United States is)' },
  { supplier: 'FRA', buyers: ['ISR'], reason: () => 'France is not one of Israel\'s arms suppliers (the United States is)' },
  { supplier: 'IND', buyers: ['TUR'], reason: () => 'India does not arm Turkey, which sides with Pakistan' },
];

/**
 * What each supplier exports of the game's six kinds of kit (2020-24 deliveries, SIPRI-style, grade C).
 * Israel sold Baku drones, missiles, air and missile defence, radars and rocket artillery [§Israel];
 * Turkey's exports are drones (Bayraktar), armour, artillery and missiles; Russia, whose own war now
 * imports Iranian drones, exports air defence, artillery, armour, radars and missiles; France sent
 * Yerevan air-defence radars, Bastion armoured vehicles and CAESAR guns, India artillery, radars and
 * air defence [§Postwar]; Iran exports drones, missiles and shells. Without this list Moscow sold Baku
 * drones and Ankara bought them from Moscow.
 */
export const SUPPLIER_ITEMS: Record<SupplierId, readonly ArmsItem[]> = {
  ISR: ['drones', 'airDefence', 'artillery', 'radar', 'missiles'],
  TUR: ['drones', 'artillery', 'armour', 'radar', 'missiles'],
  RUS: ['airDefence', 'artillery', 'armour', 'radar', 'missiles'],
  FRA: ['airDefence', 'artillery', 'armour', 'radar', 'missiles'],
  IND: ['airDefence', 'artillery', 'radar', 'missiles'],
  USA: ['drones', 'airDefence', 'artillery', 'armour', 'radar', 'missiles'],
  IRN: ['drones', 'artillery', 'missiles'],
};

/**
 * Kit a state makes for itself and does not import: Turkey its drones and armour, Israel its drones,
 * radars and armour (it buys American munitions and interceptors), Iran its drones and missiles, Russia
 * its air defence, armour and radars (it buys Iranian drones, shells and missiles).
 */
export const HOME_MADE: Partial<Record<ActorId, readonly ArmsItem[]>> = {
  TUR: ['drones', 'armour'],
  ISR: ['drones', 'radar', 'armour'],
  IRN: ['drones', 'missiles'],
  RUS: ['airDefence', 'armour', 'radar'],
};

/** Whether `supplier` exports `item` and `buyer` imports it (itemRefusal as yes/no). */
export function tradesItem(buyer: ActorId, supplier: SupplierId, item: ArmsItem): boolean {
  // A state that is not an arms supplier (Baku, Yerevan) sells nothing.
  return (SUPPLIER_ITEMS[supplier]?.includes(item) ?? false) && !(HOME_MADE[buyer]?.includes(item) ?? false);
}

/** Why `item` does not pass from `supplier` to `buyer` whatever their relation, or null. */
export function itemRefusal(buyer: ActorId, supplier: SupplierId, item: ArmsItem): string | null {
  const sells = SUPPLIER_ITEMS[supplier] as readonly ArmsItem[] | undefined;
  if (!sells) return `${supplier} is not an arms supplier (suppliers: ${SUPPLIER_IDS.join(', ')})`;
  if (!sells.includes(item)) {
    return `${SUPPLIER_NAMES[supplier]} does not export ${ARMS_ITEM_NAMES[item]} (it sells ${sells.map((i) => ARMS_ITEM_NAMES[i]).join(', ')})`;
  }
  if (HOME_MADE[buyer]?.includes(item)) return `${ACTOR_NAMES[buyer].state} makes its own ${ARMS_ITEM_NAMES[item]} and imports none`;
  return null;
}

/** The ways a supplier refuses a buyer, in the order supplierRefusal tests them. */
type Refusal = 'self' | 'bar' | 'gaza' | 'hostile' | 'relation' | 'sanctions' | 'capacity';

/** The bloc bar between `supplier` and `buyer`, if any. */
function barOf(buyer: ActorId, supplier: SupplierId): (typeof ARMS_BARS)[number] | undefined {
  for (const bar of ARMS_BARS) if (bar.supplier === supplier && bar.buyers.includes(buyer)) return bar;
  return undefined;
}

/**
 * Which refusal applies to `buyer` buying from `supplier`, or null: the tests of supplierRefusal
 * without the wording, which the menus need only as yes/no (they were building the refusal text for
 * every barred supplier of every actor, every turn).
 */
function refusalOf(state: GameState, buyer: ActorId, supplier: SupplierId): Refusal | null {
  if (supplier === buyer) return 'self';
  if (barOf(buyer, supplier)) return 'bar';
  // Ankara's break with Israel over Gaza (§Turkey): no arms change hands while the war goes on.
  if (((supplier === 'TUR' && buyer === 'ISR') || (supplier === 'ISR' && buyer === 'TUR')) && state.global.gazaIntensity >= GAZA_ARMS_BREAK) return 'gaza';
  if (isActorId(supplier)) {
    const p = pair(state, buyer, supplier);
    // Russia will not arm a state it sees as hostile (Yerevan's 2023-24 drift left Russian contracts undelivered).
    if (supplier === 'RUS' && (p.rung >= 5 || (buyer === 'ARM' && !state.actors.ARM.memberships.some((m) => m.startsWith('CSTO')) && p.relation < 0))) return 'hostile';
    if (p.relation < -20) return 'relation';
    if (p.treaties.sanctions) return 'sanctions';
    const cap = exportCapacity(state, supplier);
    if (cap !== Infinity && openExports(state, supplier) >= cap) return 'capacity';
  }
  return null;
}

/** Whether actor `seller` is an arms supplier that may sell to `buyer` now (arms-supply agreements ask it). */
export function maySell(state: GameState, seller: ActorId, buyer: ActorId): boolean {
  return (SUPPLIER_IDS as readonly string[]).includes(seller) && !supplierRefuses(state, buyer, seller as SupplierId);
}

/** Whether `supplier` refuses to sell to `buyer` (supplierRefusal as yes/no, without its words). */
export function supplierRefuses(state: GameState, buyer: ActorId, supplier: SupplierId): boolean {
  return refusalOf(state, buyer, supplier) !== null;
}

/** Why `supplier` refuses to sell to `buyer`, or null. */
export function supplierRefusal(state: GameState, buyer: ActorId, supplier: SupplierId): string | null {
  return refusalText(state, buyer, supplier, refusalOf(state, buyer, supplier));
}

/** The words of refusal `why` of `supplier` to `buyer`, or null when there is none. */
function refusalText(state: GameState, buyer: ActorId, supplier: SupplierId, why: Refusal | null): string | null {
  if (!why) return null;
  const name = SUPPLIER_NAMES[supplier];
  const who = ACTOR_NAMES[buyer].seat;
  switch (why) {
    case 'self': return `${who} cannot buy arms from itself`;
    case 'bar': return barOf(buyer, supplier)!.reason(buyer);
    case 'gaza': return `No arms trade between Turkey and Israel while the Gaza war goes on (intensity ${state.global.gazaIntensity} of 10)`;
    case 'hostile': return `Russia refuses to sell to ${who}: it treats the buyer as hostile`;
    case 'relation': return `${name} refuses to sell to ${who}: relation ${pair(state, buyer, supplier as ActorId).relation} (needs >= -20)`;
    case 'sanctions': return `${name} refuses to sell to ${who}: sanctions are in force between them`;
    case 'capacity': {
      const cap = exportCapacity(state, supplier);
      return `${name} has no arms to spare: its war load allows ${cap} undelivered export package${cap === 1 ? '' : 's'} and all are taken`;
    }
  }
}

/**
 * Why `item` does not pass from `supplier` to `buyer` now, or null: a bloc bar first, then what the
 * supplier does not export or the buyer makes itself, then the supplier's refusals of the moment.
 */
export function armsRefusal(state: GameState, buyer: ActorId, supplier: SupplierId, item: ArmsItem): string | null {
  const why = refusalOf(state, buyer, supplier);
  if (why === 'self' || why === 'bar') return refusalText(state, buyer, supplier, why);
  return itemRefusal(buyer, supplier, item) ?? refusalText(state, buyer, supplier, why);
}

/**
 * How new a supply line is: 1 for a supplier the buyer has no arms from, down to 0 for its main one.
 * Third parties protest a new line more than deliveries on an established one (Tehran's protests at
 * Israeli arms for Baku are constant, but a first Israeli sale to someone else is the news).
 */
export function supplyNovelty(state: GameState, buyer: ActorId, supplier: SupplierId): number {
  const share = state.actors[buyer].armsShare[supplier] ?? 0;
  return Math.max(0, Math.min(1, 1 - share));
}

/**
 * How much a deal on the line from `supplier` to `buyer` still moves others and the pair itself: 40%
 * on the buyer's main supply line, 100% on a new one. Third parties' reactions (arms.ts) and the
 * goodwill a purchase builds between buyer and seller both scale with it, as routine summits build
 * little (talksNovelty): Baku's monthly purchases from Israel had each warmed the pair by +3, which
 * made buying a way of courting a partner.
 */
export function routineScale(state: GameState, buyer: ActorId, supplier: SupplierId): number {
  return 0.4 + 0.6 * supplyNovelty(state, buyer, supplier);
}

/**
 * Books an arms order: the delivery (arrival after the lag, on its route), the supplier's revenue and
 * its commitment to deliver, and the arms-supply agreement. The caller charges the buyer. Arms-import
 * shares move on delivery (systems/deliveries.ts), as SIPRI counts deliveries, not contracts.
 */
export function bookArmsOrder(ctx: SimContext, ev: GameEvent, buyer: ActorId, supplier: SupplierId, item: ArmsItem, costBn: number, lag: number): ArmsOrder {
  const s = ctx.state;
  const order: ArmsOrder = {
    id: `t${s.turn}-${buyer}-${supplier}-${item}-${s.actors[buyer].armsOnOrder.length + 1}`,
    supplier, item, amount: ITEM_AMOUNT[item], costBn,
    orderedTurn: s.turn, arrivalTurn: s.turn + lag, route: armsRoute(buyer, supplier),
  };
  s.actors[buyer].armsOnOrder.push(order);
  noteChange(ev, `${buyer}.armsOnOrder`, null, order.id);
  if (isActorId(supplier)) {
    const sup = s.actors[supplier];
    // Half the price counts as the exporter's disposable gain (the rest is production cost).
    sup.treasuryBn = round2(sup.treasuryBn + costBn * 0.5);
    // Routine purchases on an established line build little (routineScale), scaled before the order is booked.
    const routine = routineScale(s, buyer, supplier);
    addRelation(s, ev, buyer, supplier, 3 * routine);
    addTrust(s, ev, buyer, supplier, 2 * routine);
    const key = pairKey(buyer, supplier);
    const tr = s.pairs[key].treaties;
    if (!tr.armsSupply) {
      tr.armsSupply = true;
      noteChange(ev, `${key}.treaties.armsSupply`, false, true);
    }
    s.commitments.push({
      id: `c${s.turn}-${s.commitments.length + 1}`, from: supplier, to: buyer, kind: 'armsDelivery',
      text: `${SUPPLIER_NAMES[supplier]} is to deliver ${ARMS_ITEM_NAMES[item]} to ${ACTOR_NAMES[buyer].state} by ${turnLabel(ctx.state as GameState, order.arrivalTurn)} (turn ${order.arrivalTurn}).`,
      madeTurn: s.turn, dueTurn: order.arrivalTurn, status: 'open', credibility: s.actors[supplier].credibility,
    });
  }
  return order;
}
