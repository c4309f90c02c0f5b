import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/runtime/session.js';
import { forecast } from '../../src/runtime/forecast.js';
import { createForecastRunner, type ForecastReply, type ForecastRequest } from '../../src/ui/forecastRunner.js';

/** The worker's own protocol (one request in chunks), as the bench's single page worker uses it. */
function runner(log: ForecastReply[]) {
  const r = createForecastRunner((reply) => log.push(reply), () => 0);
  // Structured cloning, as a real worker would do.
  return (msg: ForecastRequest) => r.handle(JSON.parse(JSON.stringify(msg)) as ForecastRequest);
}

describe('forecast worker protocol', () => {
  const state = createSession({ scenario: 'autumn-2023', seed: 2, seats: {}, difficulty: 'standard', plain: true, keepStarts: false }).state;
  const options = { rollouts: 4, horizon: 1, seed: 9 };

  it('reports progress chunk by chunk and ends with the same forecast as the direct call', async () => {
    const log: ForecastReply[] = [];
    await runner(log)({ type: 'forecast', id: 1, state, options, chunk: 1 });
    expect(log.filter((r) => r.type === 'progress').map((r) => (r.type === 'progress' ? r.done : 0))).toEqual([1, 2, 3]);
    const done = log.find((r) => r.type === 'done');
    expect(done?.type === 'done' ? done.forecast : null).toEqual(forecast(state, options));
  });

  it('a newer request supersedes the older one, which stops early and says so', async () => {
    const log: ForecastReply[] = [];
    const send = runner(log);
    const first = send({ type: 'forecast', id: 1, state, options: { ...options, rollouts: 50 }, chunk: 1 });
    const second = send({ type: 'forecast', id: 2, state, options, chunk: 2 });
    await Promise.all([first, second]);
    expect(log.some((r) => r.id === 1 && r.type === 'cancelled')).toBe(true);
    expect(log.filter((r) => r.id === 1 && r.type === 'progress').length).toBeLessThan(5);
    const done = log.find((r) => r.id === 2 && r.type === 'done');
    expect(done?.type === 'done' ? done.forecast.rollouts : 0).toBe(4);
  });

  it('a pool worker plays the ranges of the state it was primed with, and refuses a range before it', async () => {
    const log: ForecastReply[] = [];
    const send = runner(log);
    await send({ type: 'range', id: 3, from: 0, to: 2 });
    expect(log[0]).toMatchObject({ type: 'error', id: 3 });
    await send({ type: 'prime', id: 3, state, options });
    await send({ type: 'range', id: 3, from: 0, to: 2 });
    expect(log[1]).toMatchObject({ type: 'results', id: 3, from: 0, to: 2 });
    expect(log[1].type === 'results' ? log[1].results.map((r) => r.index) : []).toEqual([0, 1]);
  });
});
