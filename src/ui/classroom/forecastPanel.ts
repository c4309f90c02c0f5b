/**
 * The live forecast box: after each turn (and on demand) it asks the worker for a forecast of the
 * next six months from the current state, shows it as it refines (progress), and says how the last
 * turn changed it ("regional war within 6 months: 23%, was 8%"). The page stays responsive: the
 * rollouts run in workers (one per core but one, up to four: forecastPool.ts), and a new request cancels the old one.
 */
import type { GameSession } from '../../runtime/session.js';
import type { Forecast } from '../../runtime/forecast.js';
import { compareForecast, pct } from '../../runtime/forecastCompare.js';
import { el, mount } from '../dom.js';
import type { ForecastClient } from '../forecastClient.js';
import { createForecastPool, poolSize } from '../forecastPool.js';

/** Rollouts in the page: each costs tens of milliseconds, so the box refines in steps up to this. */
export const PAGE_ROLLOUTS = 60;

/** The least time between two redraws of the box while a forecast refines (ms). */
const PROGRESS_MS = 250;

export interface ForecastPanel {
  update(): void;
  /**
   * Stops a forecast still running: the page needs the CPU for a turn. The workers are kept (a
   * terminated worker finishes its running task first anyway, and a new one would load and compile
   * its code again); each is at most one rollout from idle, as they get one rollout at a time.
   */
  interrupt(): void;
  /** The last finished forecast (tests read it through the DOM; kept for the review). */
  readonly latest: Forecast | null;
  dispose(): void;
}

function interval(f: Forecast): string {
  return `${pct(f.regionalWar.rate)} (95% interval ${pct(f.regionalWar.low)}–${pct(f.regionalWar.high)})`;
}

export function createForecastPanel(box: HTMLElement, session: () => GameSession | null): ForecastPanel {
  let client: ForecastClient | null = null;
  let latest: Forecast | null = null;
  let previous: Forecast | null = null;
  const draw = (f: Forecast | null, status: string) => {
    const change = f && previous && previous.turn !== f.turn ? compareForecast(previous, f) : null;
    mount(box,
      el('div', { className: 'small muted' }, `Forecast: ${status}`),
      f ? el('div', { className: 'headline', id: 'forecast-headline' }, `Regional war within ${f.horizon} months: ${interval(f)}`) : null,
      f ? el('div', { className: 'small', title: 'Settlement: a peace treaty between Baku and Yerevan with a route to Nakhchivan' }, `Settlement ${pct(f.endings.settlement.rate)} · expected tension ${Math.round(f.meanTension)} (now ${Math.round(f.startTension)})`) : null,
      // What the figures are: a reader had met "rollouts" and a bare "Settlement" without a word on them.
      f ? el('div', { className: 'small muted', id: 'forecast-what' }, `${f.rollouts} plays of the next ${f.horizon} months by the agents, with different luck; your queued orders are not in them.`) : null,
      change ? el('div', { className: 'small', id: 'forecast-change' }, `Since ${previous && f && previous.turn === f.turn - 1 ? 'last turn' : `turn ${previous?.turn}`}: ${change.headline}${change.changes[0].notable ? '' : ' (within the noise)'}`) : null,
    );
    box.dataset.turn = f ? String(f.turn) : '';
    box.dataset.rollouts = f ? String(f.rollouts) : '0';
  };
  draw(null, 'waiting for the first turn');
  return {
    update() {
      const s = session();
      if (!s || s.state.ending) return;
      client ??= createForecastPool(poolSize());
      const state = s.state;
      const recentEvents = s.events.filter((e) => e.turn === state.turn - 1);
      draw(latest, `computing from turn ${state.turn}…`);
      // The box redraws at most every PROGRESS_MS while the rollouts come in (they arrive one at a time).
      let shown = 0;
      void client.request(state, { rollouts: PAGE_ROLLOUTS, horizon: 6, seed: state.rng.seed ^ state.turn, difficulty: s.difficulty, recentEvents }, {
        chunk: 1,
        onProgress: (done, total, partial) => {
          const now = performance.now();
          if (now - shown < PROGRESS_MS) return;
          shown = now;
          draw(partial, `${done} of ${total} rollouts…`);
        },
      }).then((run) => {
        if (!run) return;
        if (latest && latest.turn !== run.forecast.turn) previous = latest;
        latest = run.forecast;
        const workers = poolSize();
        draw(latest, `${run.forecast.rollouts} rollouts of the agents, ${(run.ms / 1000).toFixed(1)} s in ${workers === 1 ? 'a worker' : `${workers} workers`}`);
        box.dataset.ms = String(Math.round(run.ms));
      }).catch((e: unknown) => draw(latest, `failed: ${e instanceof Error ? e.message : String(e)}`));
    },
    interrupt() {
      if (!client?.busy) return;
      client.cancel();
      draw(latest, 'stopped while the turn resolved');
    },
    get latest() { return latest; },
    dispose() { client?.dispose(); client = null; },
  };
}
