/**
 * Monte Carlo batches: many headless games over consecutive seeds, summarised as the distribution of
 * endings with 95% Wilson intervals and mean indicators. The loop is pure (no Node APIs) so the
 * browser's forecast worker can reuse it; the CLI spreads the seeds over worker threads.
 */
import { ACTOR_IDS, PAIR_KEYS, type ActorId, type PairKey } from '../shared/ids.js';
import type { EndingKind, GameState } from '../sim/state/types.js';
import { playGame, type PlayOptions } from './headless.js';
import { actorScore } from './summary.js';

/** One game reduced to what a batch aggregates (small, so workers can post it cheaply). */
export interface GameSummary {
  seed: number;
  /** The ending, or 'ongoing' when the batch stopped before the game ended. */
  ending: EndingKind | 'ongoing';
  endingTurn: number | null;
  turnsPlayed: number;
  pairs: Record<PairKey, { relation: number; rung: number }>;
  actors: Record<ActorId, { score: number; stability: number }>;
  casualties: number;
  displaced: number;
  stateHash: string;
}

export interface Interval {
  rate: number;
  /** 95% Wilson score interval. */
  low: number;
  high: number;
}

export interface BatchResult {
  scenario: string;
  seed: number;
  runs: number;
  endings: Record<string, Interval & { count: number }>;
  regionalWarRate: Interval;
  pairs: Record<PairKey, { meanRelation: number; meanRung: number }>;
  actors: Record<ActorId, { meanScore: number; meanStability: number }>;
  meanCasualties: number;
  meanDisplaced: number;
  meanTurns: number;
}

export type BatchOptions = Omit<PlayOptions, 'seed' | 'onTurn' | 'director'> & { seed: number; runs: number };

/** Wilson score interval for k successes in n trials (z = 1.96 for 95%). */
export function wilson(k: number, n: number, z = 1.96): Interval {
  if (n <= 0) return { rate: 0, low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Reduces a final state to a summary. */
export function summariseState(state: GameState, seed: number, turnsPlayed: number, stateHash: string): GameSummary {
  const pairs = {} as GameSummary['pairs'];
  for (const key of PAIR_KEYS) pairs[key] = { relation: state.pairs[key].relation, rung: state.pairs[key].rung };
  const actors = {} as GameSummary['actors'];
  let casualties = 0;
  let displaced = 0;
  for (const id of ACTOR_IDS) {
    actors[id] = { score: actorScore(state, id), stability: state.actors[id].stability };
    casualties += state.actors[id].casualties;
    displaced += state.actors[id].displaced;
  }
  return {
    seed, ending: state.ending?.kind ?? 'ongoing', endingTurn: state.ending?.turn ?? null, turnsPlayed,
    pairs, actors, casualties, displaced, stateHash,
  };
}

/** Plays one seed of a batch and frees its agents. */
export function playSummary(options: BatchOptions, seed: number): GameSummary {
  const res = playGame({ ...options, seed, keepStarts: false });
  res.session.dispose();
  return summariseState(res.state, seed, res.turnsPlayed, res.stateHash);
}

/** Plays the given seeds one after another (a worker's share of a batch). */
export function runSeeds(options: BatchOptions, seeds: readonly number[], onGame?: (s: GameSummary) => void): GameSummary[] {
  return seeds.map((seed) => {
    const s = playSummary(options, seed);
    onGame?.(s);
    return s;
  });
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Aggregates summaries (in any order) into the batch's distribution and means. */
export function aggregate(unordered: readonly GameSummary[], meta: { scenario: string; seed: number }): BatchResult {
  // Sum in seed order: floating-point means then match whatever order the workers finished in.
  const summaries = [...unordered].sort((a, b) => a.seed - b.seed);
  const n = summaries.length;
  const counts = new Map<string, number>();
  for (const s of summaries) counts.set(s.ending, (counts.get(s.ending) ?? 0) + 1);
  const endings: BatchResult['endings'] = {};
  for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const w = wilson(count, n);
    endings[kind] = { count, rate: round(w.rate), low: round(w.low), high: round(w.high) };
  }
  const war = wilson(counts.get('regionalWar') ?? 0, n);
  const mean = (f: (s: GameSummary) => number) => (n ? round(summaries.reduce((a, s) => a + f(s), 0) / n, 2) : 0);
  const pairs = {} as BatchResult['pairs'];
  for (const key of PAIR_KEYS) pairs[key] = { meanRelation: mean((s) => s.pairs[key].relation), meanRung: mean((s) => s.pairs[key].rung) };
  const actors = {} as BatchResult['actors'];
  for (const id of ACTOR_IDS) actors[id] = { meanScore: mean((s) => s.actors[id].score), meanStability: mean((s) => s.actors[id].stability) };
  return {
    scenario: meta.scenario, seed: meta.seed, runs: n, endings,
    regionalWarRate: { rate: round(war.rate), low: round(war.low), high: round(war.high) },
    pairs, actors, meanCasualties: mean((s) => s.casualties), meanDisplaced: mean((s) => s.displaced),
    meanTurns: mean((s) => s.turnsPlayed),
  };
}

/** Consecutive seeds seed..seed+runs-1. */
export function batchSeeds(seed: number, runs: number): number[] {
  return Array.from({ length: runs }, (_, i) => (seed + i) >>> 0);
}

/** Runs a whole batch in this thread. */
export function runBatch(options: BatchOptions, onGame?: (s: GameSummary) => void): BatchResult {
  const summaries = runSeeds(options, batchSeeds(options.seed, options.runs), onGame);
  const scenario = typeof options.scenario === 'string' ? options.scenario : String((options.scenario as { id?: unknown })?.id ?? 'custom');
  return aggregate(summaries, { scenario, seed: options.seed });
}
