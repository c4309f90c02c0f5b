/**
 * The per-action effect model: what an agent expects one order to change, read from the catalogue's
 * effect rules (GAME.md "Actions") as hand-written expectations. Cheap by design: scoring every legal
 * order of six agents must cost well under a millisecond a turn, so no turn is simulated here.
 */
import { ACTOR_IDS, actorIndex, type ActorId, type SupplierId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import { pair, routineNovelty, talksNovelty } from '../../sim/state/selectors.js';
import { exportLoad, maySell, routineScale } from '../../sim/actions/armsCatalogue.js';
import { israelPactCost } from '../../sim/actions/treatyEffects.js';
import { mediationOdds } from '../../sim/actions/missions.js';
import { deployAmount } from '../../sim/actions/military.js';
import { threatWeight } from '../models/audienceCost.js';
import type { Situation } from './situation.js';
import type { GameState } from '../../sim/state/types.js';

/**
 * A number for each actor, at its ACTOR_IDS position (read with `at`, change with `add`). An array,
 * not an object keyed by id: scoring reads these maps with a different actor at every step of its
 * loops, and V8 loads an array element by position several times faster than a property by a key
 * that keeps changing.
 */
export type ActorValues = number[];

/** The value of actor `k` in `m` (0 for anything that is not an actor). */
export function at(m: ActorValues, k: ActorId): number {
  return m[actorIndex(k)] ?? 0;
}

/** Expected changes, in the state's own units where there is one. */
export interface Delta {
  /** Relation change with each other actor (points). */
  rel: ActorValues;
  /** Rung change with each other actor. */
  rung: ActorValues;
  /** Costly signal of resolve aimed at an actor (0..1): deters it and moves its beliefs. */
  signal: ActorValues;
  /** Harm done to an actor (sanctions, strikes, covert pressure), 0..1. */
  pressure: ActorValues;
  stability: number;
  credibility: number;
  standing: number;
  /** Own military strength gained (capability points). */
  strength: number;
  /** Revenue expected (US$ bn); spending is the action's cost, not here. */
  revenue: number;
  /** Change of the route's expected sovereignty (0 Armenian transit .. 100 extraterritorial). */
  corridor: number;
  /** Progress towards an agreed or open Aras route (0..1). */
  aras: number;
  /** AZE oil to Israel (−1 cut .. +1 raised). */
  oil: number;
  /** Armenia's turn west (0..1). */
  west: number;
  /** Israel's footprint in Azerbaijan. */
  israelInAze: number;
  /** Foreign presence that protects Syunik (Iranian troops or consulate, monitors). */
  syunikShield: number;
  /** Arms sold abroad. */
  armsSold: number;
  /** Unrest among Iran's Azerbaijanis. */
  azeriUnrest: number;
  /** A treaty made with someone: kind and its chance of being accepted. */
  treaty: { with: ActorId; kind: string; chance: number } | null;
  /** Stand against Israel in the eyes of the Muslim world. */
  againstIsrael: number;
}

/**
 * A zero for every actor, in ACTOR_IDS order. Every map then has all six entries, so reading and
 * summing them is uniform. Scores are unchanged: a missing entry and a 0 both read as 0, and the sums
 * over whole maps in goals.ts add whole numbers (rungs) or at most one non-zero value per map (each
 * effect signals or presses one actor), so the extra zeros cannot change a result.
 */
function zeros(): ActorValues {
  return [0, 0, 0, 0, 0, 0];
}

export function emptyDelta(): Delta {
  return {
    rel: zeros(), rung: zeros(), signal: zeros(), pressure: zeros(), stability: 0, credibility: 0, standing: 0, strength: 0, revenue: 0,
    corridor: 0, aras: 0, oil: 0, west: 0, israelInAze: 0, syunikShield: 0, armsSold: 0, azeriUnrest: 0, treaty: null, againstIsrael: 0,
  };
}

function zeroMap(m: ActorValues): void {
  for (let i = 0; i < m.length; i++) m[i] = 0;
}

/**
 * Sets every field of `d` back to emptyDelta()'s values, in place: ranking reuses one scratch Delta for
 * all candidates (score.ts), since allocating five objects per candidate was the largest share of a
 * turn's garbage. Straight-line stores, so the scratch keeps its one shape.
 */
export function clearDelta(d: Delta): Delta {
  zeroMap(d.rel); zeroMap(d.rung); zeroMap(d.signal); zeroMap(d.pressure);
  d.stability = 0; d.credibility = 0; d.standing = 0; d.strength = 0; d.revenue = 0;
  d.corridor = 0; d.aras = 0; d.oil = 0; d.west = 0; d.israelInAze = 0; d.syunikShield = 0; d.armsSold = 0; d.azeriUnrest = 0;
  d.treaty = null; d.againstIsrael = 0;
  return d;
}

function sameMap(m: ActorValues, n: ActorValues): boolean {
  for (let i = 0; i < m.length; i++) if (!Object.is(m[i], n[i])) return false;
  return true;
}

/**
 * Whether two expected effects are the same, field by field (Object.is: the same numbers, bit for
 * bit, so scoring them gives the same numbers). Both must come from emptyDelta/clearDelta (all keys).
 */
export function sameDelta(a: Delta, b: Delta): boolean {
  const t = a.treaty;
  const u = b.treaty;
  return Object.is(a.stability, b.stability) && Object.is(a.credibility, b.credibility) && Object.is(a.standing, b.standing)
    && Object.is(a.strength, b.strength) && Object.is(a.revenue, b.revenue) && Object.is(a.corridor, b.corridor)
    && Object.is(a.aras, b.aras) && Object.is(a.oil, b.oil) && Object.is(a.west, b.west)
    && Object.is(a.israelInAze, b.israelInAze) && Object.is(a.syunikShield, b.syunikShield) && Object.is(a.armsSold, b.armsSold)
    && Object.is(a.azeriUnrest, b.azeriUnrest) && Object.is(a.againstIsrael, b.againstIsrael)
    && (t === u || (t !== null && u !== null && t.with === u.with && t.kind === u.kind && Object.is(t.chance, u.chance)))
    && sameMap(a.rel, b.rel) && sameMap(a.rung, b.rung) && sameMap(a.signal, b.signal) && sameMap(a.pressure, b.pressure);
}

/** Adds `v` to actor `k`'s entry (every key is an actor: effects are read for checked orders only). */
export function add(m: ActorValues, k: ActorId, v: number): void {
  const i = actorIndex(k);
  m[i] = m[i] + v;
}

/** Neighbours I am at odds with (revanchist rhetoric lands on them). */
/** The agent's troops in provinces of `host`, counted once per decision (deployment menus ask per candidate). */
const TROOPS_IN = new WeakMap<Situation, Partial<Record<ActorId, number>>>();
function troopsIn(sit: Situation, host: ActorId): number {
  let byHost = TROOPS_IN.get(sit);
  if (!byHost) TROOPS_IN.set(sit, (byHost = {}));
  let n = byHost[host];
  if (n === undefined) {
    n = 0;
    for (const id in sit.state.provinces) {
      const p = sit.state.provinces[id];
      if (p.owner === host) n += p.troops[sit.me] ?? 0;
    }
    byHost[host] = n;
  }
  return n;
}

/**
 * How much a new arms package adds to the agent's sense of strength, 0.3..1: Richardson's arms race
 * (models/armsRace.ts) sets the stock the agent wants from its rivals' threat-weighted stocks, and the
 * keenness rises with the gap between that and the stock it has (`Situation.armsDrive`). The floor is
 * what replacing and modernising kit is always worth. Before 2026-11-29 the drive was computed and not
 * used: every agent bought whenever it could pay, and Baku ordered or accepted about 30 packages a game
 * (over $7bn in 15 months, several times its real imports) although no rival's build-up called for it.
 */
export function armsKeenness(sit: Situation): number {
  return ARMS_KEENNESS_FLOOR + (1 - ARMS_KEENNESS_FLOOR) * sit.armsDrive;
}
const ARMS_KEENNESS_FLOOR = 0.3;

/** The share of the route Baku has yet to secure: 1 with no agreement, 1 - sovereignty/100 once one is agreed. */
function corridorStillToGain(state: GameState): number {
  const z = state.global.zangezur;
  return z.status === 'agreed' ? Math.max(0, 1 - z.sovereignty / 100) : 1;
}

/**
 * What an arms-supply agreement with `partner` brings the agent, times `scale` (the chance it is made):
 * a steadier flow of arms where the partner may arm it (strength, discounted by the partner's war load),
 * and of sales where it may arm the partner (arms.ts books sales under an agreement at once).
 */
export function addArmsSupplyGains(sit: Situation, d: Delta, partner: ActorId, scale: number): void {
  const me = sit.me;
  if (maySell(sit.state, partner, me)) d.strength += 2 * deliveryOdds(sit, partner as SupplierId) * armsKeenness(sit) * scale;
  if (maySell(sit.state, me, partner)) { d.armsSold += 0.5 * scale; d.revenue += 0.02 * scale; }
}

/** What the whole Aras route's construction is worth in `aras` units, spread over its build steps. */
const ARAS_ROUTE_WORTH = 1.2;

/** How present the agent's own last public act of `topic` against `target` still is (0..1, memory.ts threats). */
function recentOwnAct(sit: Situation, topic: string, target: ActorId): number {
  let w = 0;
  for (const t of sit.memory.threats) if (t.topic === topic && t.target === target) w = Math.max(w, threatWeight(t, sit.state.turn));
  return Math.min(1, w);
}

function rivals(sit: Situation): ActorId[] {
  return ACTOR_IDS.filter((j) => j !== sit.me && pair(sit.state, sit.me, j).relation < 0);
}

/**
 * Chance a treaty offer of `kind` to `t` is accepted, from the relation and trust, cut to a quarter for
 * each time `t` turned down the same offer from the agent in the last REFUSAL_MEMORY turns (the proposals
 * record). A refusal tells the proposer what the other side wants: Israel had offered Baku a defence pact
 * about five times a game, each turned down for the same reasons, when a refusal only halved its hopes.
 */
function acceptChance(sit: Situation, t: ActorId, kind: unknown): number {
  const pr = pair(sit.state, sit.me, t);
  let c = Math.max(0.05, Math.min(0.9, 0.35 + pr.relation / 200 + (pr.trust - 50) / 200));
  for (const p of sit.state.proposals) {
    if (p.status === 'refused' && p.from === sit.me && p.to === t && p.kind === kind && p.turn >= sit.state.turn - REFUSAL_MEMORY) c *= REFUSAL_FACTOR;
  }
  return Math.max(0.05, c);
}

/**
 * Whether a corridor deal offered by one of the two parties gives the other all it asks: Yerevan offering
 * the extraterritorial route Baku demands, or Baku offering the transit under Armenian control Yerevan
 * proposes. Such an offer is taken (the other side's answer weighs its own position, proposals.ts), so
 * the proposer expects it to be: Yerevan had offered Baku an extraterritorial corridor by a noise draw in
 * 5 of 200 games, weighing it as a likely refusal, and Baku signed it in 4.
 */
function corridorOfferMeetsDemand(me: ActorId, p: Order['params']): boolean {
  if (p.kind !== 'corridorDeal') return false;
  return (me === 'ARM' && p.mode === 'extraterritorial') || (me === 'AZE' && p.mode !== 'extraterritorial');
}
/** The chance a proposer expects for an offer that gives the other side all it asks. */
const CERTAIN_YES = 0.9;

/** Turns an agent remembers a refusal of the same offer when it weighs making it again. */
const REFUSAL_MEMORY = 12;
/** What each remembered refusal leaves of the chance an offer is accepted. */
const REFUSAL_FACTOR = 0.25;

/**
 * The share of an arms package a buyer expects to receive: a supplier whose own war loads its exports
 * lets deliveries slip and cancels some (systems/deliveries.ts), so its offers are worth less.
 */
export function deliveryOdds(sit: Situation, supplier: SupplierId): number {
  return 1 - 0.5 * exportLoad(sit.state, supplier);
}

/**
 * What a defence pact of the agent with Israel sets off, as the sim's pact reactions apply it
 * (sim/actions/treatyEffects.ts), for the agent's own relations and standing, times `scale` (the chance
 * the pact is made): Tehran condemns any military pact with Israel, and a formal alliance with Israel
 * also costs Baku Ankara's goodwill and its standing with Muslim-majority states, which is why Baku
 * keeps the tie to arms, oil and intelligence [§Israel, §Conclusion]. Any pact also carries the
 * entrapment below: the partner's confrontations become partly the agent's.
 */
export function addPactReactions(sit: Situation, d: Delta, partner: ActorId, explicit: boolean, scale: number): void {
  const me = sit.me;
  // Snyder's entrapment: a pact draws the agent into its partner's open confrontations (the sim calls
  // pact allies into a defender's battles), an explicit one far more than a vague pledge. Turkey keeps
  // the Shusha pledge vague so as not to be dragged into a war between Baku and Tehran (§Turkey).
  const bind = explicit ? 1 : 0.3;
  for (const j of ACTOR_IDS) {
    if (j === me || j === partner) continue;
    const theirs = pair(sit.state, partner, j).rung;
    const gap = theirs - pair(sit.state, me, j).rung;
    if (theirs >= 4 && gap > 0) add(d.rung, j, (bind * scale * gap) / 4);
  }
  if (partner !== 'ISR' || me === 'IRN') return;
  const w = explicit ? 1.5 : 1;
  add(d.rel, 'IRN', -Math.round(5 * w) * scale);
  if (pair(sit.state, me, 'IRN').rung < 4) add(d.rung, 'IRN', scale);
  if (me === 'AZE') {
    const c = israelPactCost(sit.state.global.gazaIntensity, w);
    add(d.rel, 'TUR', -c.turkeyRelation * scale);
    d.standing -= c.standing * scale;
    // Tehran reads a formal pact as Israel's foothold on its border (the "Israeli asset" of §Israel).
    d.israelInAze += 0.5 * w * scale;
  }
}

/**
 * The share of a new pact's worth that a defence pact adds: all of it from no pact, half when it only
 * makes a vague pledge explicit (the partnership is there already; what is added is the obligation).
 */
export function pactStep(sit: Situation, partner: ActorId, explicit: boolean): number {
  return explicit && pair(sit.state, sit.me, partner).treaties.defencePact === 'vague' ? 0.5 : 1;
}

/** What `order` is expected to change for its actor. Unknown params give a small neutral delta. */
export function expectedEffects(sit: Situation, order: Order, into?: Delta): Delta {
  const d = into ? clearDelta(into) : emptyDelta();
  const me = sit.me;
  const p = order.params;
  const t = typeof p.target === 'string' ? (p.target as ActorId) : null;
  const r = t ? pair(sit.state, me, t) : null;
  switch (order.type) {
    case 'diplomacy.summit':
      // Agents know routine talks build less (the sim's talksNovelty).
      if (t) { const nov = talksNovelty(sit.state, me, t); add(d.rel, t, 8 * nov); d.standing += 0.5 * nov; if (t === 'ISR') d.againstIsrael -= 1; if (t === 'RUS' && me === 'ARM') d.west -= 0.2; if (me === 'IRN' && t === 'AZE') d.israelInAze -= 0.2; }
      break;
    case 'diplomacy.denounce':
      if (t) { add(d.rel, t, -10); if (r && r.rung < 2) add(d.rung, t, 1); add(d.pressure, t, 0.15); d.stability += 0.5; if (t === 'ISR') d.againstIsrael += 1; if (me === 'RUS' && t === 'ARM') d.west -= 0.05 * sit.westLevel; }
      break;
    case 'diplomacy.expel':
      if (t) {
        // A second expulsion soon after the first makes no news and presses no harder: the gain fades
        // with the memory of the last one (memory.ts keeps it), the cost in relations does not.
        const fresh = 1 - recentOwnAct(sit, 'expel', t);
        add(d.rel, t, -20); if (r && r.rung < 3) add(d.rung, t, 1); add(d.pressure, t, 0.3 * fresh); if (t === 'ISR') d.againstIsrael += 1.5 * fresh;
      }
      break;
    case 'diplomacy.openMission':
      if (t) { add(d.rel, t, 5); if (me === 'IRN' && t === 'ARM' && p.province === 'AM.SU') d.syunikShield += 0.4; if (me === 'AZE' && t === 'ISR') { d.israelInAze += 0.3; d.againstIsrael -= 1; } }
      break;
    case 'diplomacy.mediate':
      // Weighed by its odds, as the sim rolls them (mediationOdds): a success earns the broker standing 3
      // and relation 2 with each party, a failure standing 1. Agents had expected the success every time
      // and tried mediations with a 4% chance month after month.
      if (t && typeof p.between === 'string') {
        const odds = mediationOdds(sit.state, me, t, p.between as ActorId).p;
        add(d.rel, t, 2 * odds); add(d.rel, p.between as ActorId, 2 * odds); d.standing += 1 + 2 * odds;
      }
      break;
    case 'diplomacy.proposeTreaty':
      if (t && !p.answer) {
        const chance = corridorOfferMeetsDemand(me, p) ? Math.max(CERTAIN_YES, acceptChance(sit, t, p.kind)) : acceptChance(sit, t, p.kind);
        const step = p.kind === 'defencePact' ? pactStep(sit, t, p.explicitness === 'explicit') : 1;
        d.treaty = { with: t, kind: String(p.kind ?? ''), chance: chance * step }; add(d.rel, t, 2);
        if (p.kind === 'defencePact') addPactReactions(sit, d, t, p.explicitness === 'explicit', chance);
        if (p.kind === 'armsSupply') addArmsSupplyGains(sit, d, t, chance);
        // A corridor deal moves the route to the mode offered, measured from the proposer's own position.
        if (p.kind === 'corridorDeal' && (me === 'ARM' || me === 'AZE')) {
          const offered = p.mode === 'extraterritorial' ? 100 : 20;
          const own = me === 'ARM' ? 20 : Math.max(60, sit.state.global.zangezur.sovereignty);
          d.corridor += (offered - own) * chance;
        }
      }
      break;
    case 'diplomacy.realign': {
      const size = p.move === 'leaveCSTO' ? 1 : p.move === 'turnWest' ? 0.8 : p.move === 'freezeCSTO' ? 0.5 : 0.3;
      d.west += size; add(d.rel, 'RUS', -25 * size); d.standing += 3 * size; d.stability -= 2 * size;
      break;
    }
    case 'arms.buy': {
      // Arms from a supplier at war at home may arrive late or never (armsCatalogue.exportLoad).
      d.strength += 5 * deliveryOdds(sit, p.supplier as SupplierId) * armsKeenness(sit);
      const s = p.supplier as ActorId;
      if (ACTOR_IDS.includes(s)) add(d.rel, s, 3 * routineScale(sit.state, me, s as SupplierId));
      if (me === 'AZE' && s === 'ISR') d.israelInAze += 0.3;
      if (me === 'ARM' && s === 'RUS') d.west -= 0.1;
      break;
    }
    case 'arms.sell':
      if (t) {
        // The buyer answers an offer by its own reasoning (arms.ts): what a sale brings is weighed by the
        // chance it is taken, which a refused offer cuts (acceptChance).
        const c = acceptChance(sit, t, 'armsOffer');
        add(d.rel, t, 3 * routineScale(sit.state, t, me as SupplierId) * c); d.armsSold += c; d.revenue += 0.05 * c;
        if (me === 'ISR' && t === 'AZE') d.israelInAze += 0.5 * c;
        for (const j of ACTOR_IDS) if (j !== me && j !== t && pair(sit.state, t, j).relation < -30) add(d.rel, j, -4 * c);
      }
      break;
    case 'corridor.zangezur': {
      const hard = p.mode === 'extraterritorial';
      if (p.step === 'demand') { d.corridor += hard ? 8 : 2; add(d.rel, 'ARM', -8); add(d.rung, 'ARM', 1); if (hard) { add(d.rel, 'IRN', -8); add(d.rung, 'IRN', 1); } }
      else if (p.step === 'negotiate') { d.corridor += hard ? 3 : -3; add(d.rel, 'ARM', 3); }
      else if (p.step === 'accept') {
        // What is accepted is the mode on the table (the order carries none). Baku measures it against
        // the extraterritorial route it demands: Armenian-controlled transit is a route, but a climb-down.
        const z = sit.state.global.zangezur;
        const onTable = z.mode === 'extraterritorial' ? 30 : me === 'AZE' ? -25 : 5;
        d.corridor += onTable; d.aras += me === 'AZE' ? 0.3 : 0;
        add(d.rel, me === 'AZE' ? 'ARM' : 'AZE', 10); if (z.mode === 'extraterritorial') add(d.rel, 'IRN', -15);
      }
      else if (p.step === 'reject') { d.corridor -= 10; add(d.rel, 'AZE', -10); add(d.rung, 'AZE', 1); }
      else if (p.step === 'seize') { d.corridor += 40; add(d.rung, 'ARM', 3); add(d.rung, 'IRN', 2); add(d.rel, 'IRN', -25); add(d.rel, 'ARM', -30); d.standing -= 8; }
      break;
    }
    case 'corridor.aras':
      if (p.step === 'suspend') { d.aras -= 0.5; add(d.rel, me === 'AZE' ? 'IRN' : 'AZE', -8); }
      // A build step is one of buildTurnsNeeded: worth that fraction of the route's 1.2 (0.15 of eight).
      else { d.aras += p.step === 'build' ? ARAS_ROUTE_WORTH / Math.max(1, sit.state.global.aras.buildTurnsNeeded) : 0.35; d.corridor -= 4; add(d.rel, me === 'AZE' ? 'IRN' : 'AZE', p.step === 'build' ? 2 : 6); }
      break;
    case 'military.drill':
      if (t) {
        add(d.signal, t, p.with ? 0.45 : 0.3); add(d.rel, t, -5); if (r && r.rung < 4) add(d.rung, t, 1);
        // Joint drills that have become routine between the partners build less between them.
        if (typeof p.with === 'string') add(d.rel, p.with as ActorId, 4 * routineNovelty(sit.state, me, p.with as ActorId));
      }
      break;
    case 'military.deploy': {
      const prov = typeof p.province === 'string' ? sit.state.provinces[p.province] : undefined;
      // The first troops in a host are the tripwire that shields it and the proof of commitment; each
      // further deployment there adds less (Tehran had stationed troops in Syunik about five times a game and
      // Ankara in Azerbaijan six, each weighed like the first). The goodwill stands for the sim's trust gain.
      if (prov && prov.owner !== me) {
        const step = deployAmount(sit.state, me);
        const here = 1 / (1 + (prov.troops[me] ?? 0) / step);
        const inHost = 1 / (1 + troopsIn(sit, prov.owner) / step);
        d.syunikShield += (prov.id === 'AM.SU' ? 1 : 0.2) * here; add(d.rel, prov.owner, 3 * inHost);
      }
      const near = t ?? sit.main;
      if (near) { add(d.signal, near, 0.4); add(d.rung, near, r && r.rung >= 4 ? 0 : 1); }
      break;
    }
    case 'military.mobilise':
      if (sit.main) { add(d.signal, sit.main, 0.5); add(d.rung, sit.main, 1); }
      d.stability -= 1;
      break;
    case 'military.standDown':
      d.stability += 1; d.revenue += 0.02;
      if (sit.main) add(d.signal, sit.main, -0.3);
      break;
    case 'military.strike':
      if (t && r) { add(d.signal, t, 0.8); add(d.pressure, t, 1); add(d.rel, t, -25); add(d.rung, t, Math.max(1, 6 - r.rung)); d.standing -= 4; }
      break;
    case 'military.offensive':
      if (t && r) {
        add(d.signal, t, 1); add(d.pressure, t, 1.5); add(d.rel, t, -40); add(d.rung, t, Math.max(1, 8 - r.rung)); d.standing -= 10;
        // Taking Syunik gains Baku the route only as far as it does not already have it: nothing once an
        // extraterritorial corridor is agreed (Baku had kept attacking Syunik after Yerevan signed one).
        if (me === 'AZE' && p.province === 'AM.SU') d.corridor += 30 * corridorStillToGain(sit.state);
      }
      break;
    case 'economy.oil':
      if (p.level === 'raise') { d.oil += 1; d.revenue += 0.12; add(d.rel, 'ISR', 5); add(d.rel, 'IRN', -3); d.israelInAze += 0.1; d.againstIsrael -= 1; }
      else if (p.level === 'cut') { d.oil -= 1; d.revenue -= 0.12; add(d.rel, 'ISR', -15); add(d.rel, 'IRN', 3); d.againstIsrael += 1; }
      break;
    case 'economy.sanction':
      // Lifting a halt is the halt undone: trade resumes, relations mend, the stand against the target ends
      // (and, in score.ts, it is a back-down from a public threat). It used to be read as a new halt.
      if (t && p.lift) { add(d.pressure, t, -0.5); add(d.rel, t, 5); d.revenue += 0.02; if (t === 'ISR') d.againstIsrael -= 2; }
      else if (t) { add(d.pressure, t, 0.5); add(d.rel, t, -15); if (r && r.rung < 3) add(d.rung, t, 1); add(d.signal, t, 0.2); d.revenue -= 0.02; if (t === 'ISR') d.againstIsrael += 2; }
      break;
    case 'rhetoric.set':
      if (p.line === 'revanchist') {
        d.stability += sit.state.actors[me].nationalism / 25;
        for (const j of rivals(sit)) add(d.rel, j, -4);
        if (me === 'AZE') { d.azeriUnrest += 0.5; add(d.rel, 'IRN', -3); }
      } else if (p.line === 'conciliatory') {
        d.stability -= sit.state.actors[me].nationalism / 40;
        for (const j of rivals(sit)) add(d.rel, j, 4);
        d.standing += 1;
      }
      break;
    case 'covert.influence':
      if (t) {
        add(d.pressure, t, 0.4); add(d.rel, t, -3); // expected: exposure risk times the relation hit
        if (me === 'IRN' && t === 'AZE') d.israelInAze -= 0.2;
        if (me === 'AZE' && t === 'IRN') d.azeriUnrest += 0.5;
      }
      break;
    default:
      break;
  }
  return d;
}

