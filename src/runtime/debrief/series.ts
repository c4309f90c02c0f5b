/**
 * Chart series from state.history (one row per turn, turn 0 the start): relations and rungs per pair,
 * the tension index, stability per actor, the human cost, and the war-risk index the turning points use.
 */
import { ACTOR_IDS, PAIR_KEYS, pairMembers, type ActorId, type PairKey } from '../../shared/ids.js';
import type { GameEvent, GameState, TurnRecord } from '../../sim/state/types.js';
import { offerPoint } from '../../sim/state/selectors.js';
import { monthOf } from './calendar.js';

export interface DebriefSeries {
  turns: number[];
  months: string[];
  tension: number[];
  /** The war-risk index per turn (0..1), see `riskIndex`. */
  risk: number[];
  relations: Record<PairKey, number[]>;
  rungs: Record<PairKey, number[]>;
  stability: Record<ActorId, number[]>;
  casualties: number[];
  displaced: number[];
  /** The route to Nakhchivan per turn (`routeSeries`); absent when the series were built without events. */
  route?: RouteSeries;
}

/**
 * The Zangezur question per turn on the 0-100 sovereignty scale: where the talks on the track stood at
 * the end of each turn (null while there were no talks: see `TALKS`), and the corridor-deal offers Baku
 * and Yerevan made that turn (null when none).
 */
export interface RouteSeries {
  talks: (number | null)[];
  baku: (number | null)[];
  yerevan: (number | null)[];
}

/**
 * The corridor statuses in which there are talks to chart: negotiating, and agreed (where they ended).
 * A standing demand, a refusal, a closed track or a seizure is no talks (sim/state/types.ts ZangezurStatus).
 */
const TALKS: ReadonlySet<string> = new Set(['negotiating', 'agreed']);

/**
 * Rebuilt from the record: each change of `zangezur.sovereignty` an event noted (negotiation steps,
 * deals, a seizure), carried forward from the first change's starting value, and the proposals' points.
 */
export function routeSeries(state: GameState, events: readonly GameEvent[], turns: readonly number[]): RouteSeries {
  const last = new Map<number, number>();
  const lastStatus = new Map<number, string>();
  let start: number | null = null;
  let startStatus: string | null = null;
  for (const e of events) {
    for (const f of e.effects) {
      if (f.path === 'zangezur.status' && typeof f.to === 'string') {
        if (startStatus === null && typeof f.from === 'string') startStatus = f.from;
        lastStatus.set(e.turn, f.to);
      }
      if (f.path !== 'zangezur.sovereignty' || typeof f.to !== 'number') continue;
      if (start === null && typeof f.from === 'number') start = f.from;
      last.set(e.turn, f.to);
    }
  }
  let v = start ?? state.global.zangezur.sovereignty;
  let status: string = startStatus ?? state.global.zangezur.status;
  // The scenario opens on Baku's demand at 60 on the scale: the chart had drawn "talks" there before any.
  const talks = turns.map((t) => {
    v = last.get(t) ?? v;
    status = lastStatus.get(t) ?? status;
    return TALKS.has(status) ? v : null;
  });
  const offers = (who: 'AZE' | 'ARM') => turns.map((t) => {
    let point: number | null = null;
    for (const p of state.proposals) {
      if (p.kind !== 'corridorDeal' || p.from !== who || p.turn !== t) continue;
      point = offerPoint(p);
    }
    return point;
  });
  return { talks, baku: offers('AZE'), yerevan: offers('ARM') };
}

/**
 * A cheap per-turn estimate of regional-war risk, 0..1: 60% the tension index (which already weighs
 * every rung, wars under way, Gaza and Israel-Iran) and 40% the highest rung on the ladder, because
 * the war endings are reached by one pair climbing to rung 9-10. It is a proxy, not a probability:
 * a Monte Carlo forecast per turn would be truer but costs seconds per turn (see forecast.ts).
 */
export function riskIndex(rec: Pick<TurnRecord, 'tension' | 'rungs'>): number {
  const top = Math.max(0, ...Object.values(rec.rungs));
  return Math.round((0.6 * (rec.tension / 100) + 0.4 * (top / 10)) * 1000) / 1000;
}

/** The series of a game so far. */
export function buildSeries(state: GameState): DebriefSeries {
  const h = [...state.history].sort((a, b) => a.turn - b.turn);
  const relations = {} as DebriefSeries['relations'];
  const rungs = {} as DebriefSeries['rungs'];
  for (const k of PAIR_KEYS) {
    relations[k] = h.map((r) => r.relations[k] ?? 0);
    rungs[k] = h.map((r) => r.rungs[k] ?? 0);
  }
  const stability = {} as DebriefSeries['stability'];
  for (const a of ACTOR_IDS) stability[a] = h.map((r) => r.stability[a] ?? 0);
  return {
    turns: h.map((r) => r.turn),
    months: h.map((r) => monthOf(state.scenario.start, r.turn)),
    tension: h.map((r) => r.tension),
    risk: h.map(riskIndex),
    relations, rungs, stability,
    casualties: h.map((r) => r.casualties),
    displaced: h.map((r) => r.displaced),
  };
}

/** How much a pair moved over the game: its relation's range, its rung's range and its highest rung. */
function liveliness(series: DebriefSeries, k: PairKey): number {
  const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : 0);
  return spread(series.relations[k]) + 10 * spread(series.rungs[k]) + 5 * Math.max(0, ...series.rungs[k]);
}

/** The liveliest first, ties by key. */
function byLiveliness(series: DebriefSeries, keys: readonly PairKey[]): PairKey[] {
  return keys.map((k) => ({ k, s: liveliness(series, k) })).sort((a, b) => b.s - a.s || a.k.localeCompare(b.k)).map((x) => x.k);
}

/** The pairs whose relation or rung moved most over the game (charts show these, not all fifteen). */
export function liveliestPairs(series: DebriefSeries, count = 5): PairKey[] {
  return byLiveliness(series, PAIR_KEYS).slice(0, count);
}

/** Which pairs the review's relation and rung charts show: the liveliest five, or one state's five. */
export type PairChoice = 'liveliest' | ActorId;

/**
 * The pairs a chart shows for `choice`: the liveliest five, or every pair of one state (five), the
 * liveliest first. A team had looked for its own state's relations in a chart of the five liveliest
 * pairs and not found them.
 */
export function chartPairs(series: DebriefSeries, choice: PairChoice): PairKey[] {
  if (choice === 'liveliest') return liveliestPairs(series, 5);
  return byLiveliness(series, PAIR_KEYS.filter((k) => pairMembers(k).includes(choice)));
}
