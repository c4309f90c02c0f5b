/**
 * Readable (non-JSON) output of the CLI: turn-by-turn headlines, the ending, the scorecards with the
 * human cost beside them, and a batch's distribution of endings.
 */
import { ACTOR_IDS, ACTOR_NAMES, PAIR_KEYS } from '../shared/ids.js';
import type { GameEvent, GameState } from '../sim/state/types.js';
import { turnLabel } from '../sim/state/selectors.js';
import type { GameSummaryJson } from '../runtime/summary.js';
import type { BatchResult } from '../runtime/montecarlo.js';

const KIND_RANK: Record<string, number> = { ending: 0, order: 1, world: 2, scripted: 2, facilitator: 2, random: 3, reaction: 4, delivery: 5 };

/** The few events of a turn worth a headline: endings, then orders and world events, with a cost first. */
export function headlines(events: readonly GameEvent[], max = 3): string[] {
  return [...events]
    .filter((e) => e.text && e.outcome !== 'info')
    .sort((a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) || (b.casualties ?? 0) - (a.casualties ?? 0))
    .slice(0, max)
    .map((e) => e.text);
}

/** One line per resolved turn. */
export function turnLine(state: GameState, turn: number, events: readonly GameEvent[]): string {
  const lines = headlines(events.filter((e) => e.turn === turn));
  const label = turnLabel(state, turn);
  return `Turn ${String(turn).padStart(2)} (${label}), tension ${Math.round(state.global.tension)}: ${lines.length ? lines.join(' | ') : 'a quiet month'}`;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (x: number) => (Math.round(x * 10) / 10).toLocaleString('en-GB');

/** The end-of-game block: ending, scorecards with the human cost, the tensest pairs. */
export function gameReport(s: GameSummaryJson): string {
  const out: string[] = [];
  out.push('');
  out.push(`Ending: ${s.ending.kind}${s.ending.turn ? ` (turn ${s.ending.turn})` : ''}${s.ending.text ? `: ${s.ending.text}` : ''}`);
  out.push(`Zangezur/Syunik corridor: ${s.corridors.zangezur.status}${s.corridors.zangezur.mode ? ` (${s.corridors.zangezur.mode})` : ''}; Aras corridor: ${s.corridors.aras.status}`);
  out.push('');
  out.push(`${pad('state', 12)}${pad('seat', 7)}${pad('score', 7)}${pad('stability', 10)}${pad('posture', 12)}${pad('casualties', 12)}displaced`);
  for (const id of ACTOR_IDS) {
    const a = s.actors[id];
    out.push(`${pad(ACTOR_NAMES[id].state, 12)}${pad(a.seat, 7)}${pad(num(a.score), 7)}${pad(num(a.stability), 10)}${pad(a.posture ?? '-', 12)}${pad(num(a.casualties), 12)}${num(a.displaced)}`);
  }
  const tense = [...PAIR_KEYS].sort((x, y) => s.pairs[y].rung - s.pairs[x].rung || s.pairs[x].relation - s.pairs[y].relation).slice(0, 4);
  out.push('');
  out.push(`Tensest pairs: ${tense.map((k) => `${k} rung ${s.pairs[k].rung}, relation ${num(s.pairs[k].relation)}`).join('; ')}`);
  if (s.rejected.length) out.push(`Refused orders: ${s.rejected.length} (first: turn ${s.rejected[0].turn} ${s.rejected[0].actor} ${s.rejected[0].type}: ${s.rejected[0].reason})`);
  out.push(`State hash: ${s.stateHash}`);
  return out.join('\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A batch's distribution of endings with 95% intervals and the mean indicators. */
export function batchReport(b: BatchResult): string {
  const out: string[] = [`${b.runs} games of ${b.scenario}, seeds ${b.seed}..${b.seed + b.runs - 1}`, ''];
  out.push(`${pad('ending', 18)}${pad('games', 7)}${pad('share', 8)}95% interval`);
  for (const [kind, e] of Object.entries(b.endings)) out.push(`${pad(kind, 18)}${pad(e.count, 7)}${pad(pct(e.rate), 8)}${pct(e.low)} to ${pct(e.high)}`);
  out.push('');
  out.push(`Regional war: ${pct(b.regionalWarRate.rate)} (95% interval ${pct(b.regionalWarRate.low)} to ${pct(b.regionalWarRate.high)})`);
  out.push(`Mean casualties ${num(b.meanCasualties)}, mean displaced ${num(b.meanDisplaced)}, mean turns ${num(b.meanTurns)}`);
  out.push('');
  out.push(`${pad('state', 12)}${pad('mean score', 12)}mean stability`);
  for (const id of ACTOR_IDS) out.push(`${pad(ACTOR_NAMES[id].state, 12)}${pad(num(b.actors[id].meanScore), 12)}${num(b.actors[id].meanStability)}`);
  out.push('');
  out.push(`${pad('pair', 10)}${pad('relation', 10)}rung`);
  for (const k of PAIR_KEYS) out.push(`${pad(k, 10)}${pad(num(b.pairs[k].meanRelation), 10)}${num(b.pairs[k].meanRung)}`);
  return out.join('\n');
}
