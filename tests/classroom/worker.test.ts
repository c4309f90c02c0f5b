import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/runtime/session.js';
import { forecast } from '../../src/runtime/forecast.js';
import { createForecastRunner, type ForecastReply, type ForecastRequest } from '../../src/ui/forecastRunner.js';
import { createForecastClient, type WorkerLike } from '../../src/ui/forecastClient.js';

/** The worker protocol in-process: the client's messages go to a runner, replies come back async. */
function fakeWorker(log: ForecastReply[]): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    postMessage(msg: ForecastRequest) {
      // Structured cloning, as a real worker would do.
      void runner.handle(JSON.parse(JSON.stringify(msg)) as ForecastRequest);
    },
    terminate() { /* nothing */ },
  };
  const runner = createForecastRunner((reply) => {
    log.push(reply);
    queueMicrotask(() => w.onmessage?.({ data: reply }));
  }, () => 0);
  return w;
}

describe('forecast worker protocol', () => {
  const state = createSession({ scenario: 'autumn-2023', seed: 2, seats: {}, difficulty: 'standard', plain: true, keepStarts: false }).state;
  const options = { rollouts: 4, horizon: 1, seed: 9 };

  it('reports progress chunk by chunk and ends with the same forecast as the direct call', async () => {
    const log: ForecastReply[] = [];
    const client = createForecastClient(fakeWorker(log));
    const progress: number[] = [];
    const run = await client.request(state, options, { chunk: 1, onProgress: (done) => progress.push(done) });
    expect(run?.forecast).toEqual(forecast(state, options));
    expect(progress).toEqual([1, 2, 3]);
    expect(client.busy).toBe(false);
  });

  it('a newer request supersedes the older one, which resolves to null and stops early', async () => {
    const log: ForecastReply[] = [];
    const client = createForecastClient(fakeWorker(log));
    const first = client.request(state, { ...options, rollouts: 50 }, { chunk: 1 });
    const second = client.request(state, options, { chunk: 2 });
    expect(await first).toBeNull();
    const run = await second;
    expect(run?.forecast.rollouts).toBe(4);
    // The first run was dropped before it played all its 50 rollouts.
    const firstProgress = log.filter((r) => r.id === 1 && r.type === 'progress');
    expect(firstProgress.length).toBeLessThan(5);
    expect(log.some((r) => r.id === 1 && r.type === 'cancelled')).toBe(true);
  });
});
