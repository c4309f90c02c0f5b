/**
 * Plain-words descriptions of orders and parameters for menus, the queue and the news feed.
 */
import { ACTOR_NAMES, ARMS_ITEM_NAMES, SUPPLIER_NAMES, isActorId, type ActorId, type SupplierId } from '../../shared/ids.js';
import { KIND_NAMES, lineWords, type Order, type OrderParams } from '../../shared/actions.js';
import { reasonInWords } from '../../shared/reasonWords.js';
import { provinceLabel } from '../map/palette.js';

function seat(v: unknown): string {
  return isActorId(v) ? ACTOR_NAMES[v].seat : String(v);
}

/** A state's seat ("Tehran", "Israel") for running text; anything else as it is. */
export function seatName(v: unknown): string {
  return seat(v);
}

/**
 * "Iran (Tehran)"; a state whose seat is named as the state once: "Israel" (its capital's status is
 * disputed, so its seat is the state), not "Israel (Israel)".
 */
export function stateAndSeat(actor: ActorId): string {
  const n = ACTOR_NAMES[actor];
  return n.seat === n.state ? n.state : `${n.state} (${n.seat})`;
}

/** Parameter values that are ids in the orders, in plain words for menus and the queue. */
const WORDS: Record<string, string> = {
  defencePact: 'defence pact', corridorDeal: 'corridor deal', peace: 'peace treaty', normalisation: 'normalisation', armsSupply: 'arms-supply agreement',
  armsOffer: 'arms offer', arasCorridor: 'Aras route',
  freezeCSTO: 'freeze CSTO membership', leaveCSTO: 'leave the CSTO', joinICC: 'join the ICC', turnWest: 'turn to the West',
};
const words = (v: unknown): string => WORDS[String(v)] ?? String(v);
const ANSWER_WORDS: Record<string, string> = { accept: 'accept', refuse: 'turn down', counter: 'counter' };

/**
 * A pending offer in words, for a team taking over the state that must answer it: "Baku offers a corridor
 * deal: transit under Armenian control, 61 on the 0-100 sovereignty scale".
 */
export function describeOffer(p: { from: string; kind: string; params: OrderParams }): string {
  const terms = offerTerms(p);
  return `${seat(p.from)} offers ${/^[aeiou]/.test(words(p.kind)) ? 'an' : 'a'} ${words(p.kind)}${terms ? `: ${terms}` : ''}`;
}

/** The terms of an offer in words ("transit under Armenian control, 61 on the 0-100 sovereignty scale"), or ''. */
export function offerTerms(p: { kind: string; params: OrderParams }): string {
  const terms = (p.params.terms ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  const mode = terms.mode ?? p.params.mode;
  if (mode) parts.push(mode === 'extraterritorial' ? 'an extraterritorial corridor' : 'transit under Armenian control');
  if (typeof terms.sovereignty === 'number') parts.push(`${Math.round(terms.sovereignty)} on the 0-100 sovereignty scale`);
  if (p.params.explicitness) parts.push(`${String(p.params.explicitness)} pledge`);
  if (p.kind === 'armsOffer' && p.params.item) parts.push(`${(ARMS_ITEM_NAMES as Record<string, string>)[String(p.params.item)] ?? String(p.params.item)}${typeof p.params.priceBn === 'number' ? ` for $${p.params.priceBn}bn` : ''}`);
  return parts.join(', ');
}

/**
 * A proposal as the Ledger lists it, with its terms: "Yerevan → Baku: a corridor deal (transit under
 * Armenian control, 61 on the 0-100 sovereignty scale), pending". It had read "a corridor deal, pending",
 * which said nothing of what was on the table.
 */
export function ledgerOfferText(p: OfferLike & { reason?: string }, provinceNames: Readonly<Record<string, string>> = {}): string {
  const terms = offerTerms(p);
  const why = p.reason && p.reason !== p.status ? ` (${reasonInWords(p.reason, provinceNames)})` : '';
  return `${seat(p.from)} → ${seat(p.to)}: ${KIND_NAMES[p.kind] ?? words(p.kind)}${terms ? ` (${terms})` : ''}, ${p.status}${why}`;
}

/**
 * An open commitment with its due turn, once: the sim's text often gives it already ("... by Feb 2024
 * (turn 5).") and the brief had added "(due turn 5)" after it.
 */
export function commitmentText(c: { text: string; dueTurn: number | null }): string {
  if (!c.dueTurn || new RegExp(`\\bturn ${c.dueTurn}\\b`).test(c.text)) return c.text;
  return `${c.text} (due turn ${c.dueTurn})`;
}

/** What describeOffer and answeredOffer read of a proposal (the sim's Proposal has these fields). */
export interface OfferLike {
  from: string;
  to: string;
  kind: string;
  status: string;
  params: OrderParams;
}

/** The pending offer an answer order (accept, turn down, counter) refers to, or undefined. */
export function answeredOffer<P extends OfferLike>(proposals: readonly P[], o: Order): P | undefined {
  if (o.type !== 'diplomacy.proposeTreaty' || !o.params.answer) return undefined;
  return proposals.find((x) => x.status === 'pending' && x.to === o.actor && x.from === o.params.target && x.kind === o.params.kind);
}

/**
 * An order in words, prefixed by the capital that gives it and, for an answer, followed by the terms of
 * the offer it answers, for lists of every state's orders (the White Cell): "Baku: Propose a treaty /
 * answer one: defence pact · vague pledge · → Yerevan", "Yerevan: ...: accept Baku's offer · corridor
 * deal — the offer: transit under Armenian control, 61 on the 0-100 sovereignty scale".
 */
export function describeOrderOf(o: Order, label: string, proposals: readonly OfferLike[] = [], provinceNames: Record<string, string> = {}, cities: Record<string, string> = {}): string {
  const offer = answeredOffer(proposals, o);
  const terms = offer ? offerTerms(offer) : '';
  return `${seat(o.actor)}: ${describeOrder(o, label, provinceNames, cities)}${terms ? ` — the offer: ${terms}` : ''}`;
}

/** The cities where consulates sit, by province id, for describeParams (names: shared/reasonWords provinceNames). */
export function provinceCities(provinces: Readonly<Record<string, { city?: string }>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id in provinces) {
    const city = provinces[id].city;
    if (city) out[id] = city;
  }
  return out;
}

const NOTHING_TO_CHOOSE = 'as described (nothing to choose)';

/** "Yerevan · Israel drones · transit" style summary of an order's parameters. */
export function describeParams(p: OrderParams, provinceNames: Record<string, string> = {}, actor = '', cities: Record<string, string> = {}): string {
  const parts: string[] = [];
  // An answer names whose offer it answers and how: accepting and turning down read alike otherwise.
  const answer = p.answer ? ANSWER_WORDS[String(p.answer)] ?? String(p.answer) : null;
  if (answer) parts.push(`${answer} ${seat(p.target)}'s offer`);
  if (p.step) parts.push(String(p.step));
  if (p.kind) parts.push(words(p.kind));
  if (p.move) parts.push(words(p.move));
  if (p.line) parts.push(`${lineWords(actor, String(p.line))} line`);
  if (p.level) parts.push(`oil: ${p.level}`);
  if (p.mode) parts.push(p.mode === 'extraterritorial' ? 'extraterritorial' : 'Armenian-controlled transit');
  if (p.mission) parts.push(String(p.mission));
  if (p.explicitness) parts.push(`${p.explicitness} pledge`);
  const terms = (p.terms ?? {}) as Record<string, unknown>;
  if (terms.instead) parts.push(`instead: ${words(terms.instead)}`);
  if (terms.explicitness) parts.push(`instead: ${String(terms.explicitness)} pledge`);
  const scale = typeof terms.sovereignty === 'number' ? `, ${Math.round(terms.sovereignty)} on the 0-100 sovereignty scale` : '';
  if (terms.mode) parts.push(`instead: ${terms.mode === 'transit' ? 'Armenian-controlled transit' : 'extraterritorial'}${scale}${terms.recognition ? ', borders recognised' : ''}`);
  if (p.target && !answer) parts.push(`→ ${seat(p.target)}`);
  if (p.between) parts.push(`and ${seat(p.between)}`);
  if (p.with) parts.push(`with ${seat(p.with)}`);
  if (p.supplier) parts.push(`from ${SUPPLIER_NAMES[p.supplier as SupplierId] ?? p.supplier}`);
  if (p.item) parts.push((ARMS_ITEM_NAMES as Record<string, string>)[String(p.item)] ?? String(p.item));
  if (p.province) {
    // Both names of a contested province, as the news gives them: "Shusha (Shushi)" (provinceName).
    const where = provinceNames[p.province] ?? provinceLabel(p.province, p.province);
    // A consulate opens in the province's city: "in Tabriz, East Azerbaijan"; where the city and the
    // province share a name, once ("Shusha (Shusha / Shushi)" had read as a third name).
    const city = p.mission === 'consulate' ? cities[p.province] : undefined;
    parts.push(`in ${city && !where.startsWith(city) ? `${city}, ${where}` : where}`);
  }
  // An action without parameters (mobilise, stand down) has nothing to choose; "no options" had read as unavailable.
  return parts.join(' · ') || NOTHING_TO_CHOOSE;
}

/** A queued order in words: "Hold a summit → Yerevan". */
export function describeOrder(o: Order, label: string, provinceNames: Record<string, string> = {}, cities: Record<string, string> = {}): string {
  const d = describeParams(o.params, provinceNames, o.actor, cities);
  return d === NOTHING_TO_CHOOSE ? label : `${label}: ${d}`;
}

/**
 * An amount of money: "$1.98bn" (two decimals under $10bn, so a $20m order visibly moves a $2.0bn
 * treasury), "$12.4bn", "$350m".
 */
export function money(bn: number): string {
  if (bn >= 10) return `$${bn.toFixed(1)}bn`;
  return bn >= 1 ? `$${bn.toFixed(2)}bn` : `$${Math.round(bn * 1000)}m`;
}

export function people(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}
