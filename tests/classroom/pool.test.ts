import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/runtime/session.js';
import { forecast } from '../../src/runtime/forecast.js';
import { createForecastRunner, type ForecastReply, type ForecastRequest } from '../../src/ui/forecastRunner.js';
import type { WorkerLike } from '../../src/ui/forecastClient.js';
import { createForecastPool, poolSize } from '../../src/ui/forecastPool.js';

/** In-process workers: messages are cloned as structured cloning would, replies come back async. */
function fakeFactory(log: { worker: number; msg: ForecastRequest }[], terminated: number[]) {
  let n = 0;
  return (): WorkerLike => {
    const me = n++;
    let alive = true;
    const w: WorkerLike = {
      onmessage: null,
      postMessage(msg: ForecastRequest) {
        log.push({ worker: me, msg });
        const copy = JSON.parse(JSON.stringify(msg)) as ForecastRequest;
        setTimeout(() => { if (alive) void runner.handle(copy); }, 0);
      },
      terminate() { alive = false; terminated.push(me); },
    };
    const runner = createForecastRunner((reply: ForecastReply) => {
      setTimeout(() => { if (alive) w.onmessage?.({ data: reply }); }, 0);
    }, () => 0);
    return w;
  };
}

describe('forecast pool', () => {
  const state = createSession({ scenario: 'autumn-2023', seed: 3, seats: {}, difficulty: 'standard', plain: true, keepStarts: false }).state;
  const options = { rollouts: 9, horizon: 2, seed: 11 };

  it('gives exactly the single-thread forecast, with the rollouts shared between its workers', async () => {
    const log: { worker: number; msg: ForecastRequest }[] = [];
    const pool = createForecastPool(3, fakeFactory(log, []));
    const progress: number[] = [];
    const run = await pool.request(state, options, { chunk: 2, onProgress: (done) => progress.push(done) });
    expect(run?.forecast).toEqual(forecast(state, options));
    const ranges = log.filter((l) => l.msg.type === 'range');
    expect(new Set(ranges.map((l) => l.worker)).size).toBe(3);
    // Every rollout played once: the ranges tile 0..9.
    const covered = ranges.flatMap((l) => (l.msg.type === 'range' ? Array.from({ length: l.msg.to - l.msg.from }, (_, i) => (l.msg as { from: number }).from + i) : []));
    expect(covered.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // The state is sent once per worker, not with every range.
    expect(log.filter((l) => l.msg.type === 'prime').length).toBe(3);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((d) => d < 9)).toBe(true);
    expect(pool.busy).toBe(false);
    pool.dispose();
  });

  it('a newer request supersedes the older one, which resolves to null', async () => {
    const log: { worker: number; msg: ForecastRequest }[] = [];
    const pool = createForecastPool(2, fakeFactory(log, []));
    const first = pool.request(state, { ...options, rollouts: 40 }, { chunk: 1 });
    const second = pool.request(state, options, { chunk: 3 });
    expect(await first).toBeNull();
    expect((await second)?.forecast).toEqual(forecast(state, options));
    // The old request stopped after at most the ranges already in flight.
    expect(log.filter((l) => l.msg.type === 'range' && l.msg.id === 1).length).toBeLessThanOrEqual(2);
    pool.dispose();
  });

  it('interrupt terminates the workers at once and fresh ones serve the next request', async () => {
    const log: { worker: number; msg: ForecastRequest }[] = [];
    const terminated: number[] = [];
    const pool = createForecastPool(2, fakeFactory(log, terminated));
    const first = pool.request(state, { ...options, rollouts: 40 }, { chunk: 1 });
    pool.interrupt();
    expect(await first).toBeNull();
    expect(terminated.sort()).toEqual([0, 1]);
    const run = await pool.request(state, options);
    expect(run?.forecast).toEqual(forecast(state, options));
    expect(new Set(log.filter((l) => l.msg.type === 'range' && l.msg.id === 2).map((l) => l.worker)).has(0)).toBe(false);
    pool.dispose();
  });

  it('a failing worker rejects the request with its message', async () => {
    const pool = createForecastPool(1, fakeFactory([], []));
    const bad = { ...state, actors: null } as unknown as typeof state;
    await expect(pool.request(bad, options)).rejects.toThrow(/forecast failed/);
    pool.dispose();
  });

  it('sizes itself to the cores but one, from one to four', () => {
    expect(poolSize(undefined)).toBe(1);
    expect(poolSize(1)).toBe(1);
    expect(poolSize(2)).toBe(1);
    expect(poolSize(3)).toBe(2);
    expect(poolSize(16)).toBe(4);
  });
});
