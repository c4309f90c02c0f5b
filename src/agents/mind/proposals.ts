/**
 * Answering proposals addressed to the agent: accept, refuse or counter, by its own reasoning. A
 * corridor deal must fall in Fearon's deal range (indivisibility of an extraterritorial corridor
 * narrows it); a defence pact is weighed by Snyder's fears (an ally that may entrap gets a vaguer
 * counter); other kinds by the utility of what accepting changes.
 */
import { ACTOR_NAMES, type ActorId, type SupplierId } from '../../shared/ids.js';
import { counterRounds, offerPoint, power } from '../../sim/state/selectors.js';
import { armsSupplyProblem, ownLastCorridorOffer } from '../../sim/actions/treaties.js';
import { routineScale } from '../../sim/actions/armsCatalogue.js';
import type { Order, OrderParams } from '../../shared/actions.js';
import type { GameState } from '../../sim/state/types.js';
import { acceptableTo } from '../models/bargaining.js';
import type { UtilityBreakdown } from '../models/utility.js';
import { add, addArmsSupplyGains, addPactReactions, armsKeenness, deliveryOdds, emptyDelta, pactStep, type Delta } from './effects.js';
import { scoreDelta } from './score.js';
import { armsDriveText } from './words.js';
import type { Situation } from './situation.js';

/**
 * An offer to answer; `rounds` counts the counter-proposals that led to it (0 for a fresh offer), and
 * `ownLast` is the answerer's own point on the sovereignty scale in the corridor offer it counters;
 * `turn` is the turn it was made.
 */
export interface PendingOffer { from: ActorId; kind: string; params: OrderParams; rounds?: number; ownLast?: number | null; turn?: number }

/** Offers waiting for `me`: stored proposals and this turn's public proposals aimed at it. */
export function pendingOffers(state: GameState, publicOrders: readonly Order[], me: ActorId): PendingOffer[] {
  const out: PendingOffer[] = [];
  for (const p of state.proposals) if (p.status === 'pending' && p.to === me) out.push({ from: p.from, kind: p.kind, params: p.params, rounds: counterRounds(state, p), ownLast: p.kind === 'corridorDeal' ? ownLastCorridorOffer(state, p, me) : null, turn: p.turn });
  for (const o of publicOrders) {
    if (o.type !== 'diplomacy.proposeTreaty' || o.params.target !== me || o.params.answer) continue;
    const kind = String(o.params.kind ?? '');
    if (!out.some((x) => x.from === o.actor && x.kind === kind)) out.push({ from: o.actor, kind, params: o.params });
  }
  return out;
}

/**
 * The offer's corridor share for Baku, 0..1: the point its terms name, else its mode's end, as the sim
 * signs it (`offerPoint` in sim/state/selectors.ts; a transit offer without a point had
 * been weighed at 20 and signed at 0).
 */
function corridorShare(params: OrderParams): number {
  return offerPoint({ params }) / 100;
}

/** Yerevan's own position on the sovereignty scale (transit under Armenian control). */
const ARMENIAN_POSITION = 20;

function acceptDelta(sit: Situation, offer: PendingOffer): Delta {
  const d = emptyDelta();
  // A treaty warms the pair; a purchase only as much as the sim's booking does (+3, less on an
  // established line: routineScale): at +8 Baku bought nearly every package offered to please its suppliers.
  add(d.rel, offer.from, offer.kind === 'armsOffer' ? 3 * routineScale(sit.state, sit.me, offer.from as SupplierId) : 8);
  d.treaty = { with: offer.from, kind: offer.kind, chance: offer.kind === 'defencePact' ? pactStep(sit, offer.from, offer.params.explicitness === 'explicit') : 1 };
  // Each side measures a corridor deal from its own position, not from the other's demand: Yerevan
  // from its 'Crossroads of Peace' (transit under Armenian sovereignty, 20 on the scale), Baku from
  // the sovereignty it demands. A split that looks neutral to one is a loss to the other.
  if (offer.kind === 'corridorDeal') d.corridor = corridorShare(offer.params) * 100 - (sit.me === 'ARM' ? ARMENIAN_POSITION : sit.state.global.zangezur.sovereignty);
  if (offer.kind === 'arasCorridor') d.aras = 1;
  if (offer.kind === 'armsOffer') d.strength = 5 * deliveryOdds(sit, offer.from as SupplierId) * armsKeenness(sit);
  if (offer.kind === 'peace') d.stability = 2;
  if (offer.kind === 'defencePact') addPactReactions(sit, d, offer.from, offer.params.explicitness === 'explicit', 1);
  if (offer.kind === 'armsSupply') addArmsSupplyGains(sit, d, offer.from, 1);
  return d;
}

/** Counter-offers after which a party breaks corridor talks off instead of countering again. */
const MAX_COUNTER_ROUNDS = 6;
/**
 * Counter-offers over which a party concedes from its opening counter to its limit: a time-dependent
 * concession (Faratin, Sierra and Jennings 1998), each side on the same clock. Without it Baku and
 * Yerevan had countered each other on the same terms every month to the end of the game (13 counters a
 * game, runs of up to 34 months).
 */
const ROUNDS_TO_LIMIT = 4;
/** Yerevan's red line: transit under its own control, below the extraterritorial end of the scale. */
const ARMENIAN_CEILING = 69;

/** Whether `me` would sign a corridor deal at `x` (0..100): inside Fearon's range on its side, and worth it. */
function wouldSign(sit: Situation, offer: PendingOffer, probe: Order, x: number): boolean {
  if (!acceptableTo(sit.me === 'ARM' ? 'defender' : 'attacker', x / 100, sit.bargain.range)) return false;
  if (sit.me === 'ARM' && x > ARMENIAN_CEILING) return false;
  const at = { from: offer.from, kind: offer.kind, params: { ...offer.params, terms: { sovereignty: x } } };
  return scoreDelta(sit, acceptDelta(sit, at), probe, { ap: 0, moneyBn: 0 }).total > 0;
}

/**
 * The furthest point of the sovereignty scale (0..100, whole points) `me` would still sign: the least
 * Baku takes, the most Yerevan gives; null when it would sign nowhere. Utility is monotone along the
 * scale for each side (acceptDelta's corridor term), so a bisection finds it.
 */
function corridorLimit(sit: Situation, offer: PendingOffer, probe: Order): number | null {
  const baku = sit.me === 'AZE';
  // Baku's best point is 100, Yerevan's 0: if it would not sign there, it signs nowhere.
  if (!wouldSign(sit, offer, probe, baku ? 100 : 0)) return null;
  let good = baku ? 100 : 0;
  let bad = baku ? -1 : 101;
  while (Math.abs(good - bad) > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (wouldSign(sit, offer, probe, mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/**
 * A party's answer in the Zangezur talks. It signs an offer it would sign (wouldSign); otherwise it
 * counters, opening at the middle of Fearon's range (Yerevan at no more than its own position, transit
 * under Armenian control) and conceding towards its limit round by round; after MAX_COUNTER_ROUNDS
 * counters it breaks the talks off. Whether the two limits overlap decides whether talks end in a deal.
 */
function corridorTalks(sit: Situation, offer: PendingOffer, probe: Order): { answer: 'accept' | 'refuse' | 'counter'; terms?: Record<string, unknown>; note: string } {
  const me = sit.me;
  const x = Math.round(corridorShare(offer.params) * 100);
  const r = sit.bargain.range;
  // Fearon's range is what both prefer to a war; a side may still prefer no deal at all to a split in it.
  const rangeText = r.empty ? 'no split both would prefer to a war' : `splits both would prefer to a war: ${Math.round(r.lo * 100)}-${Math.round(r.hi * 100)}, though no deal is not a war`;
  const point = `(${x} on the 0-100 sovereignty scale)`;
  const offerText = `the offer ${point}`;
  if (wouldSign(sit, offer, probe, x)) return { answer: 'accept', note: `It can sign ${offerText} (${rangeText})` };
  const limit = corridorLimit(sit, offer, probe);
  const rounds = offer.rounds ?? 0;
  const limitText = limit === null ? 'no point of the scale is worth a deal to it this month' : me === 'AZE' ? `it prefers no deal to less than ${limit} this month` : `it prefers no deal to more than ${limit} this month`;
  if (rounds + 1 >= MAX_COUNTER_ROUNDS) {
    return { answer: 'refuse', note: `Talks stall after ${rounds + 1} rounds: ${limitText}, and ${offerText} is still outside that` };
  }
  const mid = Math.round((r.empty ? sit.bargain.p : (r.lo + r.hi) / 2) * 100);
  let opening = me === 'ARM' ? Math.min(mid, ARMENIAN_POSITION) : mid;
  if (limit !== null) opening = me === 'ARM' ? Math.min(opening, limit) : Math.max(opening, limit);
  const conceded = limit === null ? 0 : Math.min(1, rounds / ROUNDS_TO_LIMIT);
  let at = Math.round(opening + ((limit ?? opening) - opening) * conceded);
  // A concession once made on the table is not taken back: a limit moves with the balance of force and
  // the relations from month to month, and a counter had slipped from 22 to 21.
  const before = offer.ownLast;
  if (typeof before === 'number') at = me === 'AZE' ? Math.min(at, before) : Math.max(at, before);
  // Yerevan counters with transit under its own control whatever the balance: an extraterritorial route
  // is its red line, and Tehran's (§Iran-Armenia), and it never offered one.
  const terms = { mode: me === 'ARM' || at < 70 ? 'transit' : 'extraterritorial', sovereignty: at, recognition: true };
  const round = rounds === 0 ? '' : `Round ${rounds + 2} of talks: `;
  const conceding = rounds === 0 ? '' : limit === null ? ', where it stands' : at === limit ? ', its limit this month' : ', conceding towards its limit';
  const reply = `counter-offer at ${at}${conceding}`;
  return { answer: 'counter', terms, note: `${round}${round ? offerText : `The offer ${point}`} is outside what it would sign (${limitText}; ${rangeText}): ${reply}` };
}

export interface Answer { order: Order; breakdown: UtilityBreakdown; note: string }

/** The agent's answer to one offer, as a `diplomacy.proposeTreaty` order with `answer`. */
export function answerOffer(sit: Situation, offer: PendingOffer): Answer {
  const me = sit.me;
  // The probe carries the offer's explicitness: the alliance terms weigh an explicit pact as one.
  const probe: Order = { actor: me, type: 'diplomacy.proposeTreaty', params: { target: offer.from, kind: offer.kind, answer: 'accept', explicitness: offer.params.explicitness } };
  const breakdown = scoreDelta(sit, acceptDelta(sit, offer), probe, { ap: 0, moneyBn: Number(offer.params.priceBn ?? 0) });
  let answer: 'accept' | 'refuse' | 'counter' = breakdown.total > 0 ? 'accept' : 'refuse';
  let terms: Record<string, unknown> | undefined;
  let note = answer === 'accept' ? 'Accepting serves its objectives' : 'Accepting would cost more than it brings';
  if (offer.kind === 'armsOffer') note += `. ${armsDriveText(sit, armsKeenness(sit))}`;
  if (offer.kind === 'corridorDeal' && (me === 'ARM' || me === 'AZE')) {
    const talks = corridorTalks(sit, offer, probe);
    answer = talks.answer;
    terms = talks.terms;
    note = talks.note;
  } else if (offer.kind === 'defencePact' && offer.params.explicitness === 'explicit') {
    const f = sit.fears[offer.from];
    if (f && f.entrapment - f.abandonment > 0.05) {
      answer = 'counter';
      terms = { explicitness: 'vague' };
      note = 'An explicit pact risks being dragged into its partner’s war: counter with a vaguer pledge';
      // Basing: a pledge of any kind lets the stronger partner station troops on the other's soil
      // (military.ts hostRefusesTroops), the presence without the obligation.
      if (power(sit.state, me) > power(sit.state, offer.from)) note += `, which still lets ${ACTOR_NAMES[me].seat} base troops on ${ACTOR_NAMES[offer.from].seat}’s soil`;
    }
  }
  // Arms, not an alliance: a pact it would turn down, answered with an arms-supply agreement when that
  // serves it (Moscow to Tehran, whose 2025 treaty has no mutual-defence clause [§Postwar]).
  if (offer.kind === 'defencePact' && answer === 'refuse' && !armsSupplyProblem(sit.state, me, offer.from)) {
    const arms = scoreDelta(sit, acceptDelta(sit, { from: offer.from, kind: 'armsSupply', params: {} }), { ...probe, params: { target: offer.from, kind: 'armsSupply', answer: 'counter' } }, { ap: 0, moneyBn: 0 });
    if (arms.total > 0) {
      answer = 'counter';
      terms = { instead: 'armsSupply' };
      note = 'An alliance would cost more than it brings: counter with an arms-supply agreement instead (arms, not an obligation to fight)';
    }
  }
  const params: OrderParams = { target: offer.from, kind: offer.kind, answer };
  if (terms) params.terms = terms;
  return { order: { actor: me, type: 'diplomacy.proposeTreaty', params }, breakdown, note };
}
