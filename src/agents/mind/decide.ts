/**
 * One agent's choice for one turn, as a pure function of its memory, its modes (posture and
 * alignment, from the machine or the plain rules), the state, the public orders and its own random
 * stream. Both directors call this, so they return the same orders for the same inputs.
 */
import { ACTION_TYPES, KIND_NAMES, type Order, type OrderParams } from '../../shared/actions.js';
import { ACTOR_NAMES, type ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { ACTION_SPECS } from '../../sim/actions/index.js';
import { validateOrder } from '../../sim/orders.js';
import { createRng } from '../../sim/rng.js';
import type { ActionCost } from '../../sim/context.js';
import type { Alignment, Posture } from '../types.js';
import type { DifficultySettings } from '../difficulty.js';
import { chooseIndex } from '../models/choice.js';
import { asReason, topTerms, type UtilityBreakdown } from '../models/utility.js';
import type { AgentMemory } from './memory.js';
import { buildSituation } from './assess.js';
import { COSTLESS, scoreEffect, scoreOrder, scoreOrderUnworded, termText, totalWithCost } from './score.js';
import { armsKeenness, emptyDelta, expectedEffects, sameDelta } from './effects.js';
import { armsDriveText } from './words.js';
import { answerOffer, pendingOffers, type PendingOffer } from './proposals.js';
import { pickTrigger } from './trigger.js';
import type { Situation } from './situation.js';

/** A replaceable scoring model (tests inject a failing one to check containment). */
export type ScoreModel = (sit: Situation, order: Order, cost: ActionCost) => UtilityBreakdown;

export interface DecideInput {
  state: GameState;
  publicOrders: readonly Order[];
  memory: AgentMemory;
  posture: Posture;
  alignment: Alignment;
  settings: DifficultySettings;
  /** Seed of this agent's stream for this turn. */
  seed: number;
  score?: ScoreModel;
}

interface Candidate { order: Order; cost: ActionCost; total: number }

/**
 * Params that scoring reads only through the expected effect (effects.ts): which arms item, which
 * province, which kind of mission. Goals and terms (goals.ts, score.ts) read the other params of the
 * order directly, and nothing else of it.
 */
const READ_THROUGH_EFFECT = new Set(['item', 'province', 'mission']);

/** Whether two candidates' params differ at most in READ_THROUGH_EFFECT keys (values by identity). */
function sameApartFromEffect(a: OrderParams, b: OrderParams): boolean {
  let n = 0;
  for (const k in a) {
    n++;
    if (a[k] !== b[k] && !READ_THROUGH_EFFECT.has(k)) return false;
  }
  for (const _k in b) n--;
  return n === 0;
}

/** The two expected effects ranking alternates between (this candidate's, the last scored one's), made once. */
const EFFECTS = [emptyDelta(), emptyDelta()] as const;

/** Every order the actor could give now, scored. Uses the catalogue directly (no schema parse) for speed. */
export function scoredCandidates(explained: Situation, score: ScoreModel): Candidate[] {
  // Rank with numbers only: the words are written for the chosen orders (finish), from the same arithmetic.
  // The default model ranks by its bare total (no term objects, no words); a replaced model is called
  // as given, with a situation that does not explain.
  const plain = score === scoreOrder;
  const sit: Situation = plain ? explained : { ...explained, explain: false };
  const { state, me } = sit;
  const a = state.actors[me];
  const out: Candidate[] = [];
  // Candidates listed one after another often expect the same effect: the items of one supplier, the
  // deployments to one's own provinces, the consulates in one host. When the effect and every other
  // param equal the last scored candidate's, its costless parts (terms, escalation) are reused and
  // only the candidate's own cost is added: the same numbers as scoring it afresh.
  let last: Order | null = null;
  let effect = EFFECTS[0];
  let lastEffect = EFFECTS[1];
  let terms = 0;
  let escalation = 0;
  for (const type of ACTION_TYPES) {
    const spec = ACTION_SPECS[type];
    if (!spec || (spec.who !== 'any' && !spec.who.includes(me))) continue;
    for (const params of spec.enumerate(state, me)) {
      if (params.answer) continue;
      const order: Order = { actor: me, type, params };
      if (spec.check(state, order)) continue;
      const cost = spec.cost(state, order);
      if (cost.ap > a.actionPoints || cost.moneyBn > a.treasuryBn + 1e-9) continue;
      let total: number;
      if (!plain) total = score(sit, order, cost).total;
      else {
        expectedEffects(sit, order, effect);
        if (!last || last.type !== type || !sameApartFromEffect(last.params, params) || !sameDelta(effect, lastEffect)) {
          scoreEffect(sit, effect, order);
          terms = COSTLESS.terms;
          escalation = COSTLESS.escalation;
          last = order;
          const scored = effect;
          effect = lastEffect;
          lastEffect = scored;
        }
        total = totalWithCost(sit, terms, escalation, cost);
      }
      out.push({ order, cost, total });
    }
  }
  return out;
}

const sameAim = (x: Order, y: Order): boolean =>
  x.type === y.type && (x.params.target ?? x.params.province ?? x.params.step ?? '') === (y.params.target ?? y.params.province ?? y.params.step ?? '');

/**
 * The state an order courts (talks, a mission, an offer) or breaks with (expelling its diplomats, a trade
 * halt, force), or null. Criticism and covert work are neither: talking to a state while denouncing it,
 * or while working in its society unseen, is ordinary statecraft.
 */
function courts(o: Order): unknown {
  if (o.type === 'diplomacy.summit' || o.type === 'diplomacy.openMission' || o.type === 'arms.sell') return o.params.target;
  if (o.type === 'diplomacy.proposeTreaty' && (o.params.answer === undefined || o.params.answer === 'accept')) return o.params.target;
  return null;
}
function breaksWith(o: Order): unknown {
  if (o.type === 'diplomacy.expel' || (o.type === 'economy.sanction' && !o.params.lift)) return o.params.target;
  return forceAgainst(o);
}

/**
 * Whether two orders of one month contradict each other: courting a state and breaking with it (Moscow
 * had held talks with Yerevan and expelled its diplomats in one month; Ankara had accepted normalisation
 * with Yerevan and halted trade with it).
 */
function contradicts(x: Order, y: Order): boolean {
  const cx = courts(x);
  const cy = courts(y);
  return (cx !== null && cx === breaksWith(y)) || (cy !== null && cy === breaksWith(x));
}

/** A signed weight with two decimals, as the Why? cards show weights. */
const fmt = (x: number): string => `${x > 0 ? '+' : ''}${x.toFixed(2)}`;

/**
 * The order as given, with its reasons (the largest terms of `b`) and trigger. When `b` has no words
 * (scoreOrderUnworded, costing `unworded`), those of the terms shown are written here.
 */
function finish(sit: Situation, order: Order, b: UtilityBreakdown, extra?: string, unworded?: ActionCost, given?: string): Order {
  const shown = topTerms(b);
  if (unworded) for (const t of shown) t.text = termText(sit, t.key, t.value, order, unworded);
  const reasons = shown.map(asReason);
  if (reasons.some((r) => r.text === '')) throw new Error(`reasons without words for ${order.type}`);
  // When the factors not listed change the sum, the card says so: a player had added up +0.55, -0.31 and
  // -0.25 on a card that said "Accepting serves its objectives".
  let listed = 0;
  for (const t of shown) listed += t.value;
  if (Math.abs(b.total - listed) > 0.05 || (b.total > 0) !== (listed > 0)) reasons.push({ text: `All factors together: ${fmt(b.total)} (smaller ones not listed add ${fmt(b.total - listed)})`, weight: 0 });
  if (extra) reasons.push({ text: extra, weight: 0 });
  // The largest term by size, the first of equals (what a stable sort by size would put first).
  let top: UtilityBreakdown['terms'][number] | undefined;
  for (const t of b.terms) if (!top || Math.abs(t.value) > Math.abs(top.value)) top = t;
  const trigger = given ?? pickTrigger(sit.memory, order, top?.key, sit.state.turn);
  const out: Order = { actor: order.actor, type: order.type, params: order.params, reasons, posture: sit.posture };
  if (trigger) out.trigger = trigger;
  return out;
}

/**
 * Everything of a turn's decision that comes before the first random draw: the situation, the answers
 * to offers (chosen by the agent's reasoning alone) and the scored pool of candidates. It depends on
 * the state, the public orders, the memory and the modes, not on the seed, so the forecast computes it
 * once for the first turn of all its rollouts (they start from the same state and the same memory).
 * `chooseOrders` only reads it: one prepared decision may be played with many seeds.
 */
export interface PreparedDecision {
  state: GameState;
  sit: Situation;
  settings: DifficultySettings;
  score: ScoreModel;
  /** The answers to offers, finished, and what they spend. */
  answers: readonly Order[];
  spentByAnswers: ActionCost;
  pool: readonly Candidate[];
}

/** The offer an answer answers, as a trigger ("t7-0: Yerevan's offer of a corridor deal (round 3 of talks)"). */
function offerTrigger(offer: PendingOffer, turn: number): string {
  const round = offer.rounds ? ` (round ${offer.rounds + 1} of talks)` : '';
  return `t${offer.turn ?? turn}-0: ${ACTOR_NAMES[offer.from].seat}'s offer of ${KIND_NAMES[offer.kind] ?? offer.kind}${round}`;
}

/** The seed-independent part of decideTurn; null when the game is over (no orders). */
export function prepareDecision(input: Omit<DecideInput, 'seed'>): PreparedDecision | null {
  const { state, memory, settings } = input;
  const me: ActorId = memory.actor;
  if (state.ending) return null;
  const sit = buildSituation(state, memory, input.posture, input.alignment, settings);
  const score = input.score ?? scoreOrder;
  const answers: Order[] = [];
  let spent: ActionCost = { ap: 0, moneyBn: 0 };
  for (const offer of pendingOffers(state, input.publicOrders, me)) {
    if (answers.length >= settings.maxOrders) break;
    const ans = answerOffer(sit, offer);
    const res = validateOrder(state, ans.order, spent);
    if (!res.ok) continue;
    spent = { ap: spent.ap + res.cost.ap, moneyBn: spent.moneyBn + res.cost.moneyBn };
    // An answer's trigger is the offer it answers (a remembered event had been picked: Baku's counter in
    // the corridor talks named Tehran's work on the Aras route from months before).
    answers.push(finish(sit, ans.order, ans.breakdown, ans.note, undefined, offerTrigger(offer, state.turn)));
  }
  // A state that accepts another's offer this month does not break with it in the same month: Baku had
  // accepted Yerevan's peace treaty and taken Syunik by force in one turn, and the game ended in a
  // "settlement". The candidates were scored on the state before the answers, so what contradicts an
  // accepted offer is left out here (the draws in chooseOrders drop what contradicts each pick).
  // What crosses a red line, or breaks with a state, stays in play only when the agent's own weighing
  // favours it (crossesRedLine, breaksWith): the agents' noise errs on small things, not on ruptures.
  const pool = scoredCandidates(sit, score).filter((c) => c.total > 0 || (!crossesRedLine(state, c.order) && breaksWith(c.order) === null && !actsAgainst(c.order)));
  return { state, sit, settings, score, answers, spentByAnswers: spent, pool: answers.length ? pool.filter((c) => !answers.some((a) => contradicts(c.order, a))) : pool };
}

/**
 * Whether `o` gives up what the agent's state has declared it never will: for Yerevan, an extraterritorial
 * corridor through Syunik (its red line, and Tehran's [§Iran-Armenia]), whether by accepting one on the
 * Zangezur track or by offering one in a treaty. Such an order is never drawn by the agents' noise (a
 * state errs on small things, not on its red lines); only a weighing that finds it worth it (under
 * occupation, say) can choose it. Yerevan had accepted an extraterritorial corridor by a noise draw in 4
 * of 200 games, each ending in a "settlement".
 */
function crossesRedLine(state: GameState, o: Order): boolean {
  if (o.actor !== 'ARM') return false;
  if (o.type === 'corridor.zangezur') return o.params.step === 'accept' && state.global.zangezur.mode === 'extraterritorial';
  return o.type === 'diplomacy.proposeTreaty' && o.params.answer === undefined && o.params.mode === 'extraterritorial';
}

/**
 * A public condemnation or covert work against a state: not a rupture (one may talk to a state while
 * denouncing it), but not a slip either. The agents' noise had drawn some 20 of them a game against their
 * own weighing (Israel condemning Moscow, working covertly in Turkey); like ruptures, they are chosen
 * only when the agent's weighing favours them.
 */
function actsAgainst(o: Order): boolean {
  return o.type === 'diplomacy.denounce' || o.type === 'covert.influence';
}

/** The state an order uses force against (offensive, strike, seizing the corridor), or null. */
function forceAgainst(o: Order): unknown {
  if (o.type === 'military.offensive' || o.type === 'military.strike') return o.params.target;
  if (o.type === 'corridor.zangezur' && o.params.step === 'seize') return 'ARM';
  return null;
}

/** Scratch for the utilities of one draw (the live candidates' totals, then 0 for passing). */
let UTILITIES = new Float64Array(512);
/**
 * Scratch for the positions in the prepared pool of the candidates still in play, in pool order. Each
 * draw drops some; narrowing this list in place replaces the filtered copies of the pool each draw made.
 */
let LIVE = new Int32Array(512);

/**
 * The orders of a prepared decision for one random stream: up to `maxOrders` by seeded softmax. With
 * `explain` false (the forecast's rollouts) the drawn orders carry no reasons and no trigger: the same
 * draws and the same orders, without the words nobody reads.
 */
export function chooseOrders(prep: PreparedDecision, seed: number, explain = true): Order[] {
  const { state, sit, settings, score, pool } = prep;
  const me = sit.me;
  const plain = score === scoreOrder;
  const rng = createRng(seed);
  const chosen: Order[] = prep.answers.slice();
  let spent: ActionCost = prep.spentByAnswers;
  const left = state.actors[me];
  // A candidate passed its check and was costed on this same state (scoredCandidates), so of what
  // validateOrder tests only the budget can have changed since: the same verdict without its copies.
  const accept = (c: Candidate): boolean => {
    if (spent.ap + c.cost.ap > left.actionPoints || spent.moneyBn + c.cost.moneyBn > left.treasuryBn + 1e-9) return false;
    spent = { ap: spent.ap + c.cost.ap, moneyBn: spent.moneyBn + c.cost.moneyBn };
    return true;
  };
  let n = pool.length;
  if (LIVE.length < n) LIVE = new Int32Array(2 * n);
  if (UTILITIES.length <= n) UTILITIES = new Float64Array(2 * (n + 1));
  const live = LIVE;
  for (let i = 0; i < n; i++) live[i] = i;
  for (let guard = 0; chosen.length < settings.maxOrders && n && guard < 12; guard++) {
    for (let i = 0; i < n; i++) UTILITIES[i] = pool[live[i]].total;
    UTILITIES[n] = 0; // passing is always an option
    const idx = chooseIndex(UTILITIES, settings.temperature, rng, n + 1);
    if (idx === n) break;
    const pick = pool[live[idx]];
    const accepted = accept(pick);
    if (accepted && !explain) chosen.push({ actor: pick.order.actor, type: pick.order.type, params: pick.order.params, posture: sit.posture });
    else if (accepted) {
      // Passing scores 0: an order below it was drawn by the agent's noise, and its card says so.
      const note = pick.total <= 0 ? AGAINST_ITS_WEIGHING : pick.order.type === 'arms.buy' ? armsDriveText(sit, armsKeenness(sit)) : undefined;
      if (plain) chosen.push(finish(sit, pick.order, scoreOrderUnworded(sit, pick.order, pick.cost), note, pick.cost));
      else chosen.push(finish(sit, pick.order, score(sit, pick.order, pick.cost), note));
    }
    // The pick and the candidates with the same aim leave the pool whether or not the pick is accepted;
    // once one is accepted, what is left must also be affordable. Survivors keep their order.
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const c = pool[live[i]];
      if (i === idx || sameAim(c.order, pick.order) || contradicts(c.order, pick.order)) continue;
      if (accepted && !(spent.ap + c.cost.ap <= left.actionPoints && spent.moneyBn + c.cost.moneyBn <= left.treasuryBn + 1e-9)) continue;
      live[kept++] = live[i];
    }
    n = kept;
  }
  return chosen;
}

/** The note on an order chosen although it weighed below passing (softmax choice, models/choice.ts). */
export const AGAINST_ITS_WEIGHING = 'Chosen although it weighs against its objectives: the agents are not perfect calculators, and this difficulty level sets how often they err';

/** The agent's orders this turn: answers to offers first, then up to `maxOrders` by seeded softmax. */
export function decideTurn(input: DecideInput): Order[] {
  const prep = prepareDecision(input);
  return prep ? chooseOrders(prep, input.seed) : [];
}
