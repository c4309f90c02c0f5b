/**
 * A Node worker thread of the forecast bench's pool (forecast.ts): receives the state and options
 * once, then ranges of rollouts to play, and answers each with its results, as the page's workers do.
 */
import { parentPort } from 'node:worker_threads';
import { rolloutRange, type ForecastOptions } from '../../runtime/forecast.js';
import type { GameState } from '../../sim/state/types.js';

type Message = { type: 'prime'; state: GameState; options: ForecastOptions } | { type: 'range'; from: number; to: number };

let primed: { state: GameState; options: ForecastOptions } | null = null;
// Loaded: the bench starts its clock after every thread has said so (module loading is not the forecast).
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (msg: Message) => {
  if (msg.type === 'prime') {
    primed = { state: msg.state, options: msg.options };
    return;
  }
  if (!primed) throw new Error('range before prime');
  parentPort?.postMessage({ ready: false, results: rolloutRange(primed.state, primed.options, msg.from, msg.to) });
});
