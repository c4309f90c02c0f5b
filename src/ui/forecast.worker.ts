/**
 * The forecast Web Worker: runs the Monte Carlo rollouts off the main thread so the page stays
 * responsive. Started by forecastClient.ts with
 * `new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' })`.
 */
import './zodConfig.js';
import { createForecastRunner, type ForecastReply, type ForecastRequest } from './forecastRunner.js';

const scope = self as unknown as {
  postMessage(reply: ForecastReply): void;
  onmessage: ((e: MessageEvent<ForecastRequest>) => void) | null;
};

const runner = createForecastRunner((reply) => scope.postMessage(reply));

scope.onmessage = (e) => {
  void runner.handle(e.data);
};
