/**
 * The forecast: Monte Carlo rollouts of the agents' plain-function path (createPlainDirector) playing
 * every seat from a given state for `horizon` turns. It answers "how likely is each ending within the
 * next six months, from here?" with 95% Wilson intervals (montecarlo.ts `wilson`).
 *
 * Rollout i differs from rollout j only through its random streams: the state's generator is reseeded
 * with streamSeed(seed, 'forecast', i) and the agents' director gets streamSeed(seed, 'agents', i), so
 * the whole forecast is a pure function of (state, options). The loop is DOM- and Node-free so the
 * browser's worker (src/ui/forecast.worker.ts) runs it in chunks with `rolloutRange`.
 */
import { ACTOR_IDS, PAIR_KEYS } from '../shared/ids.js';
import type { EndingKind, GameEvent, GameState } from '../sim/state/types.js';
import { resolveTurn } from '../sim/engine.js';
import { streamSeed } from '../sim/rng.js';
import { createPlainDirector, type PreparedTurn } from '../agents/plain.js';
import type { Difficulty } from '../agents/types.js';
import { wilson, type Interval } from './montecarlo.js';

/** Every ending kind, plus 'none' when the game is still going at the horizon. */
export const FORECAST_OUTCOMES = ['regionalWar', 'regionalPowerWar', 'armeniaCollapse', 'settlement', 'turnLimit', 'none'] as const;
export type ForecastOutcome = (typeof FORECAST_OUTCOMES)[number];

export interface ForecastOptions {
  /** Number of rollouts (default 500). */
  rollouts?: number;
  /** Turns (months) to look ahead (default 6). */
  horizon?: number;
  /** Seed of the rollouts' random streams (default: the state's own seed). */
  seed?: number;
  difficulty?: Difficulty;
  /** The last turn's events, so the rollout agents start with a memory of what just happened. */
  recentEvents?: readonly GameEvent[];
}

/** One rollout reduced to what the forecast aggregates. */
export interface RolloutResult {
  index: number;
  outcome: ForecastOutcome;
  /** Turn on which an ending came, or null. */
  endingTurn: number | null;
  /** Tension index at the end of the rollout. */
  tension: number;
  /** Highest escalation rung any pair reached during the rollout. */
  maxRung: number;
}

export type CountedInterval = Interval & { count: number };

export interface Forecast {
  /** The turn the forecast starts from (about to be played). */
  turn: number;
  horizon: number;
  rollouts: number;
  seed: number;
  difficulty: Difficulty;
  /** Probability of each outcome within the horizon (every kind present, zero counts included). */
  endings: Record<ForecastOutcome, CountedInterval>;
  /**
   * A regional war within the horizon: either war ending (GAME.md's "regional war" of four states, or
   * a regional power at war, rung 9+). The headline figure ("regional war within 6 months: 23%").
   */
  regionalWar: CountedInterval;
  /** Mean tension index at the horizon, and its starting value. */
  meanTension: number;
  startTension: number;
  /** Mean of each rollout's highest rung. */
  meanMaxRung: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function counted(k: number, n: number): CountedInterval {
  const w = wilson(k, n);
  return { count: k, rate: round3(w.rate), low: round3(w.low), high: round3(w.high) };
}

function normalise(state: GameState, options: ForecastOptions): Required<Omit<ForecastOptions, 'recentEvents'>> & { recentEvents: readonly GameEvent[] } {
  return {
    rollouts: Math.max(1, Math.floor(options.rollouts ?? 500)),
    horizon: Math.max(1, Math.floor(options.horizon ?? 6)),
    seed: (options.seed ?? state.rng.seed) >>> 0,
    difficulty: options.difficulty ?? 'standard',
    recentEvents: options.recentEvents ?? [],
  };
}

function maxRung(state: GameState): number {
  return Math.max(...PAIR_KEYS.map((k) => state.pairs[k].rung));
}

/** What every rollout of a forecast starts from: the agents' primed memory and their prepared first turn. */
interface ForecastStart { state: GameState; options: ForecastOptions; memory: unknown; firstTurn: PreparedTurn }

/**
 * The last forecast's start, kept for its next range: the page's workers and the bench's threads play
 * one forecast as many small ranges of rollouts, all with the same state and options objects (never
 * changed once sent). Keyed by those objects' identity, so another forecast starts afresh.
 */
let lastStart: ForecastStart | null = null;

function forecastStart(state: GameState, options: ForecastOptions, o: ReturnType<typeof normalise>): ForecastStart {
  if (lastStart && lastStart.state === state && lastStart.options === options) return lastStart;
  const primer = createPlainDirector({ difficulty: o.difficulty, seed: o.seed });
  primer.observe(state, o.recentEvents);
  const memory = primer.snapshot();
  // Every rollout's first turn starts from this state and this memory; only the random streams differ.
  // So the agents' situations and scored candidates of that turn are computed once, by a director with
  // exactly the memory each rollout restores (JSON copies), and each rollout only draws its choices.
  primer.restore(memory);
  lastStart = { state, options, memory, firstTurn: primer.prepare(state, ACTOR_IDS) };
  return lastStart;
}

/**
 * Plays rollouts [from, to) from `state`. The agents' memory is primed once by observing the state and
 * the recent events, then restored from that snapshot for each rollout (cheaper than re-observing).
 */
export function rolloutRange(state: GameState, options: ForecastOptions, from: number, to: number): RolloutResult[] {
  const o = normalise(state, options);
  const { memory, firstTurn } = forecastStart(state, options, o);
  const results: RolloutResult[] = [];
  for (let i = from; i < Math.min(to, o.rollouts); i++) {
    // No words for the rollouts' orders: only their outcomes are counted.
    const director = createPlainDirector({ difficulty: o.difficulty, seed: streamSeed(o.seed, 'agents', i), explain: false });
    director.restore(memory);
    // Only the generator's position changes; its `seed` stays, since agents derive streams from it.
    let s: GameState = { ...state, rng: { seed: state.rng.seed, s: streamSeed(o.seed, 'forecast', i) } };
    let top = maxRung(s);
    for (let t = 0; t < o.horizon && !s.ending; t++) {
      const { orders } = director.decide(s, [], ACTOR_IDS, t === 0 ? firstTurn : undefined);
      // The clone path: the same states as Immer's, cheaper (no proxies) for throwaway rollouts.
      const res = resolveTurn(s, orders, {}, { engine: 'clone' });
      // The agents take note only if they decide again: the last turn's memory is never read.
      if (t + 1 < o.horizon && !res.state.ending) director.observe(res.state, res.events);
      s = res.state;
      top = Math.max(top, maxRung(s));
    }
    director.stop();
    results.push({
      index: i, outcome: s.ending?.kind ?? 'none', endingTurn: s.ending?.turn ?? null,
      tension: s.global.tension, maxRung: top,
    });
  }
  return results;
}

/** Aggregates rollout results (in any order) into a forecast. */
export function aggregateForecast(state: GameState, options: ForecastOptions, unordered: readonly RolloutResult[]): Forecast {
  const o = normalise(state, options);
  // Sum in index order so means do not depend on the order chunks finished in.
  const results = [...unordered].sort((a, b) => a.index - b.index);
  const n = results.length;
  const count = (f: (r: RolloutResult) => boolean) => results.reduce((k, r) => k + (f(r) ? 1 : 0), 0);
  const endings = {} as Forecast['endings'];
  for (const kind of FORECAST_OUTCOMES) endings[kind] = counted(count((r) => r.outcome === kind), n);
  const mean = (f: (r: RolloutResult) => number) => (n ? Math.round((results.reduce((a, r) => a + f(r), 0) / n) * 100) / 100 : 0);
  return {
    turn: state.turn, horizon: o.horizon, rollouts: n, seed: o.seed, difficulty: o.difficulty, endings,
    regionalWar: counted(count((r) => isWar(r.outcome)), n),
    meanTension: mean((r) => r.tension), startTension: state.global.tension, meanMaxRung: mean((r) => r.maxRung),
  };
}

/** Whether an outcome counts as a regional war for the headline figure. */
export function isWar(outcome: ForecastOutcome | EndingKind): boolean {
  return outcome === 'regionalWar' || outcome === 'regionalPowerWar';
}

/** The whole forecast in this thread. Deterministic for a given state and options. */
export function forecast(state: GameState, options: ForecastOptions = {}): Forecast {
  const o = normalise(state, options);
  return aggregateForecast(state, options, rolloutRange(state, options, 0, o.rollouts));
}
