/**
 * Answering proposals addressed to the agent: accept, refuse or counter, by its own reasoning. A
 * corridor deal must fall in Fearon's deal range (indivisibility of an extraterritorial corridor
 * narrows it); a defence pact is weighed by Snyder's fears (an ally that may entrap gets a vaguer
 * counter); other kinds by the utility of what accepting changes.
 */
import { ACTOR_NAMES, type ActorId, type SupplierId } from '../../shared/ids.js';
import { power } from '../../sim/state/selectors.js';
import { armsSupplyProblem } from '../../sim/actions/treaties.js';
import { routineScale } from '../../sim/actions/armsCatalogue.js';
import type { Order, OrderParams } from '../../shared/actions.js';
import type { GameState } from '../../sim/state/types.js';
import { acceptable } from '../models/bargaining.js';
import type { UtilityBreakdown } from '../models/utility.js';
import { add, addArmsSupplyGains, addPactReactions, armsKeenness, deliveryOdds, emptyDelta, pactStep, type Delta } from './effects.js';
import { scoreDelta } from './score.js';
import { armsDriveText } from './words.js';
import type { Situation } from './situation.js';

export interface PendingOffer { from: ActorId; kind: string; params: OrderParams }

/** Offers waiting for `me`: stored proposals and this turn's public proposals aimed at it. */
export function pendingOffers(state: GameState, publicOrders: readonly Order[], me: ActorId): PendingOffer[] {
  const out: PendingOffer[] = [];
  for (const p of state.proposals) if (p.status === 'pending' && p.to === me) out.push({ from: p.from, kind: p.kind, params: p.params });
  for (const o of publicOrders) {
    if (o.type !== 'diplomacy.proposeTreaty' || o.params.target !== me || o.params.answer) continue;
    const kind = String(o.params.kind ?? '');
    if (!out.some((x) => x.from === o.actor && x.kind === kind)) out.push({ from: o.actor, kind, params: o.params });
  }
  return out;
}

/** The offer's corridor share for Baku, 0..1 (terms.sovereignty, else from the mode). */
function corridorShare(params: OrderParams): number {
  const terms = (params.terms ?? {}) as Record<string, unknown>;
  if (typeof terms.sovereignty === 'number') return terms.sovereignty / 100;
  const mode = terms.mode ?? params.mode;
  return mode === 'extraterritorial' ? 1 : 0.2;
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
    // Fearon: Yerevan takes any split up to p + c_D; Baku any split down to p − c_A.
    const x = corridorShare(offer.params);
    const r = sit.bargain.range;
    const inRange = me === 'ARM' ? x <= r.hi + 1e-9 : x >= r.lo - 1e-9;
    if (!inRange || !acceptable(Math.min(Math.max(x, r.lo), r.hi), r)) {
      const mid = r.empty ? sit.bargain.p : (r.lo + r.hi) / 2;
      answer = 'counter';
      // Yerevan counters with transit under its own control whatever the balance: an extraterritorial
      // route is its red line, and Tehran's (§Iran-Armenia), and it never offered one. (Its counters had
      // been labelled "extraterritorial" when the split lay above 0.7.)
      terms = me === 'ARM'
        ? { mode: 'transit', sovereignty: Math.min(Math.round(mid * 100), ARMENIAN_POSITION), recognition: true }
        : { mode: mid >= 0.7 ? 'extraterritorial' : 'transit', sovereignty: Math.round(mid * 100), recognition: true };
      note = `Outside the range both could accept short of war (${Math.round(r.lo * 100)}-${Math.round(r.hi * 100)} on the sovereignty scale): counter-offer at ${Math.round(mid * 100)}`;
    } else if (answer === 'refuse') {
      answer = 'counter';
      terms = { mode: 'transit', recognition: true };
      note = 'Counter-offer: transit under Armenian control with mutual recognition of borders';
    }
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
