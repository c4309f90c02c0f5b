import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/runtime/session.js';
import { aggregateForecast, forecast, rolloutRange, FORECAST_OUTCOMES, type Forecast } from '../../src/runtime/forecast.js';
import { compareForecast, pct } from '../../src/runtime/forecastCompare.js';
import type { GameState } from '../../src/sim/state/types.js';

// Small workloads: a rollout turn costs tens of milliseconds on this shared machine.
const start = (): GameState => createSession({ scenario: 'autumn-2023', seed: 11, seats: {}, difficulty: 'standard', plain: true, keepStarts: false }).state;

describe('forecast', () => {
  const state = start();
  const opts = { rollouts: 6, horizon: 2, seed: 5 };
  const a = forecast(state, opts);

  it('is deterministic for a given seed and does not touch the state', () => {
    const before = JSON.stringify(state);
    const b = forecast(state, opts);
    expect(b).toEqual(a);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('gives the same answer when run in chunks (as the worker does)', () => {
    const parts = [...rolloutRange(state, opts, 4, 6), ...rolloutRange(state, opts, 0, 4)];
    expect(aggregateForecast(state, opts, parts)).toEqual(a);
  });

  it('rollouts differ from one another (each has its own streams)', () => {
    const rs = rolloutRange(state, { ...opts, horizon: 3 }, 0, 4);
    const distinct = new Set(rs.map((r) => `${r.outcome}|${r.tension}|${r.maxRung}`));
    expect(distinct.size, JSON.stringify(rs)).toBeGreaterThan(1);
  });

  it('counts every rollout once and keeps rates inside their 95% intervals', () => {
    expect(a.rollouts).toBe(6);
    expect(a.horizon).toBe(2);
    const total = FORECAST_OUTCOMES.reduce((s, k) => s + a.endings[k].count, 0);
    expect(total).toBe(6);
    for (const k of FORECAST_OUTCOMES) {
      const e = a.endings[k];
      expect(e.low).toBeLessThanOrEqual(e.rate);
      expect(e.rate).toBeLessThanOrEqual(e.high);
      expect(e.low).toBeGreaterThanOrEqual(0);
      expect(e.high).toBeLessThanOrEqual(1);
      // Six trials cannot pin a rate down: every interval stays wide.
      expect(e.high - e.low).toBeGreaterThan(0.2);
    }
    expect(a.regionalWar.count).toBe(a.endings.regionalWar.count + a.endings.regionalPowerWar.count);
    expect(a.meanTension).toBeGreaterThan(0);
    expect(a.startTension).toBe(state.global.tension);
  });
});

function fake(war: number, n: number, tension: number, settlement = 0): Forecast {
  const iv = (k: number) => ({ count: k, rate: k / n, low: Math.max(0, k / n - 0.05), high: Math.min(1, k / n + 0.05) });
  const endings = Object.fromEntries(FORECAST_OUTCOMES.map((k) => [k, iv(0)])) as Forecast['endings'];
  endings.regionalWar = iv(war);
  endings.settlement = iv(settlement);
  endings.none = iv(n - war - settlement);
  return { turn: 3, horizon: 6, rollouts: n, seed: 1, difficulty: 'standard', endings, regionalWar: iv(war), meanTension: tension, startTension: 40, meanMaxRung: 5 };
}

describe('compareForecast', () => {
  it('says how the move changed the regional-war risk, in the issue\'s words', () => {
    const c = compareForecast(fake(40, 500, 41.2), fake(115, 500, 55.6));
    expect(c.headline).toBe('regional war within 6 months: 23%, was 8%');
    expect(c.changes[0].notable).toBe(true);
    expect(c.changes[0].delta).toBeCloseTo(0.15, 3);
    expect(c.tension.text).toBe('expected tension in 6 months: 56, was 41');
  });

  it('lists moved endings largest first and does not flag overlapping intervals', () => {
    const c = compareForecast(fake(40, 500, 40, 100), fake(42, 500, 40, 50));
    expect(c.changes[0].notable).toBe(false);
    expect(c.changes.map((x) => x.outcome)).toEqual(['war', 'settlement', 'regionalWar']);
    expect(c.changes[1].text).toMatch(/^a settlement .* within 6 months: 10%, was 20%$/);
  });

  it('flags a move whose old rate lies outside the new interval, even when the intervals touch', () => {
    // 19% of 60 rollouts (interval about 11-31%) against 3% of 60 (about 1-11%): not "within the noise".
    const c = compareForecast(fake(2, 60, 40), fake(11, 60, 40));
    expect(c.changes[0].notable).toBe(true);
  });

  it('prints small but non-zero chances as <1%', () => {
    expect(pct(0.004)).toBe('<1%');
    expect(pct(0)).toBe('0%');
    expect(pct(0.235)).toBe('24%');
  });
});
