/**
 * An agent's memory: plain JSON, updated only from what it observed (events and the resolved state).
 * Walt's intent (decaying hostility), Fearon's beliefs about resolve (costly signals only), Snyder's κ
 * (help given vs owed), the public threats it made (audience costs) and the salient events it may
 * name as the trigger of a choice.
 */
import { ACTOR_IDS, ACTOR_NAMES, type ActorId } from '../../shared/ids.js';
import type { GameEvent, GameState } from '../../sim/state/types.js';
import { decayIntent, hostility } from '../models/threat.js';
import { signalCost, updateResolve } from '../models/bargaining.js';
import { ledgerCredibility, updateKappa } from '../models/commitments.js';
import { threatWeight, type PublicThreat } from '../models/audienceCost.js';
import { pair } from '../../sim/state/selectors.js';

export interface SalientEvent {
  id: string;
  turn: number;
  text: string;
  actor: ActorId | null;
  /** How much it mattered to this agent. */
  weight: number;
  /** About the route through Syunik (Zangezur) or the Aras. */
  corridor: boolean;
}

export interface AgentMemory {
  actor: ActorId;
  /** `state.turn` of the last observation (-1 before any). */
  observedTurn: number;
  intent: Record<ActorId, number>;
  resolve: Record<ActorId, number>;
  kappa: Record<ActorId, number>;
  threats: PublicThreat[];
  salient: SalientEvent[];
}

function perActor(v: number): Record<ActorId, number> {
  const r = {} as Record<ActorId, number>;
  for (const a of ACTOR_IDS) r[a] = v;
  return r;
}

export function emptyMemory(actor: ActorId): AgentMemory {
  return { actor, observedTurn: -1, intent: perActor(0), resolve: perActor(0.5), kappa: perActor(-1), threats: [], salient: [] };
}

/** Whether `me` saw an event, and how much an unseen covert act counts (difficulty's information). */
export function seenWeight(ev: GameEvent, me: ActorId, unseenWeight: number): number {
  if (ev.visibility === 'public' || ev.visibility.includes(me)) return 1;
  return unseenWeight;
}

/** Acts by `k` this turn that helped `me` (arms, joint drills, deployments, summits, denouncing my attacker). */
function helpFrom(ev: GameEvent, k: ActorId, me: ActorId, attackers: ReadonlySet<ActorId>): number {
  if (ev.actor !== k) return 0;
  const p = ev.params ?? {};
  if (ev.type === 'arms.sell' && p.target === me) return 0.6;
  if (ev.type === 'military.drill' && p.with === me) return 0.5;
  if (ev.type === 'military.deploy' && typeof p.province === 'string' && p.province.startsWith(me === 'ARM' ? 'AM.' : '~')) return 0.8;
  if (ev.type === 'diplomacy.summit' && p.target === me) return 0.2;
  if ((ev.type === 'diplomacy.denounce' || (ev.type === 'economy.sanction' && !p.lift)) && p.target && attackers.has(p.target as ActorId)) return 0.4;
  return 0;
}

function isCorridorEvent(ev: GameEvent): boolean {
  return ev.type === 'corridor.zangezur' || ev.type === 'corridor.aras';
}

function ownThreat(ev: GameEvent): PublicThreat | null {
  const p = ev.params ?? {};
  const target = (p.target as string | undefined) ?? (ev.target ?? '');
  switch (ev.type) {
    case 'diplomacy.denounce': return { target, topic: 'protest', loudness: 0.4, turn: ev.turn };
    case 'corridor.zangezur':
      return p.step === 'demand' || p.step === 'seize' ? { target: 'ARM', topic: 'corridor', loudness: p.mode === 'extraterritorial' ? 1 : 0.5, turn: ev.turn } : null;
    case 'military.drill':
    case 'military.mobilise': return target ? { target, topic: 'force', loudness: 0.6, turn: ev.turn } : null;
    // An expulsion is remembered at full weight: repeating it next month adds little (effects.ts).
    case 'diplomacy.expel': return target ? { target, topic: 'expel', loudness: 1, turn: ev.turn } : null;
    case 'economy.sanction': return p.lift ? null : { target, topic: 'sanctions', loudness: 0.6, turn: ev.turn };
    case 'rhetoric.set': return p.line === 'revanchist' ? { target: '*', topic: 'line', loudness: 0.5, turn: ev.turn } : null;
    default: return null;
  }
}

/**
 * Folds one resolved turn into the memory (returns a new memory; the input is not changed).
 * `unseenCovertWeight` is how much a covert act the agent did not see still counts (0 for novices).
 */
export function observeTurn(memory: AgentMemory, state: GameState, events: readonly GameEvent[], unseenCovertWeight: number): AgentMemory {
  const me = memory.actor;
  const hostile = perActor(0);
  const signals = perActor(0);
  const attackers = new Set<ActorId>();
  const salient: SalientEvent[] = [];
  const threats: PublicThreat[] = [];
  for (const ev of events) {
    const seen = seenWeight(ev, me, unseenCovertWeight);
    if (seen <= 0) continue;
    const j = ev.actor;
    if (j === me) {
      const t = ownThreat(ev);
      if (t) threats.push(t);
      continue;
    }
    const h = hostility(ev, me) * seen;
    if (j) {
      hostile[j] += h;
      if (h >= 1.5) attackers.add(j);
      const aimed = (ev.params?.target ?? ev.target) === me;
      if (aimed) signals[j] = Math.max(signals[j], signalCost(ev) * seen);
    }
    const corridor = isCorridorEvent(ev);
    const world = ev.type.startsWith('event.');
    if (h >= 0.5 || corridor || (world && ev.kind !== 'order')) {
      salient.push({ id: ev.id, turn: ev.turn, text: ev.text, actor: j, weight: Math.abs(h) + (corridor ? 1 : 0) + (world ? 0.3 : 0), corridor });
    }
  }
  const next: AgentMemory = {
    actor: me,
    observedTurn: state.turn,
    intent: { ...memory.intent },
    resolve: { ...memory.resolve },
    kappa: { ...memory.kappa },
    threats: [...memory.threats, ...threats].filter((t) => threatWeight(t, state.turn) > 0.05).slice(-8),
    salient: [...memory.salient, ...salient].sort((a, b) => b.turn - a.turn || b.weight - a.weight).slice(0, 8),
  };
  const crisis = attackers.size > 0;
  for (const k of ACTOR_IDS) {
    if (k === me) continue;
    next.intent[k] = Math.round(decayIntent(memory.intent[k], hostile[k]) * 1e6) / 1e6;
    next.resolve[k] = Math.round(updateResolve(memory.resolve[k], signals[k]) * 1e6) / 1e6;
    if (next.kappa[k] < 0) next.kappa[k] = ledgerCredibility(state, me, k);
    if (crisis && pair(state, me, k).relation > 30 && !attackers.has(k)) {
      let given = 0;
      for (const ev of events) given += helpFrom(ev, k, me, attackers);
      next.kappa[k] = updateKappa(next.kappa[k], Math.min(1, given), 1);
    }
  }
  // Russia's retreat (peacekeepers leaving, a Ukraine surge) is help owed to Yerevan and not given.
  if (me === 'ARM' && events.some((e) => e.type === 'event.russianWithdrawal' || e.type === 'event.ukraineSurge')) {
    next.kappa.RUS = updateKappa(next.kappa.RUS, 0, 1);
  }
  return next;
}

/** Name used in reasons: the capital ("Baku"), the way the news feed speaks. */
export const seatOf = (a: ActorId): string => ACTOR_NAMES[a].seat;
