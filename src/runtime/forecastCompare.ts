/**
 * How a move changed the forecast: "regional war within 6 months: 23%, was 8%". A change counts as
 * notable when either estimate lies outside the other's 95% interval, so the panel does not flag Monte
 * Carlo noise. (Requiring the intervals not to overlap at all had called 19% [11-31], was 3%, "within
 * the noise".)
 */
import { FORECAST_OUTCOMES, type CountedInterval, type Forecast, type ForecastOutcome } from './forecast.js';

/** Plain-word labels of the outcomes, as the forecast panel and the debrief print them. */
export const OUTCOME_LABELS: Record<ForecastOutcome | 'war', string> = {
  war: 'regional war',
  regionalWar: 'a war drawing in four states',
  regionalPowerWar: 'a regional power at war',
  armeniaCollapse: 'the collapse of the Armenian state',
  settlement: 'a settlement (peace treaty with a corridor arrangement)',
  turnLimit: 'the scenario running out',
  none: 'no ending yet',
};

export interface ForecastChange {
  outcome: ForecastOutcome | 'war';
  label: string;
  before: number;
  after: number;
  /** after - before, in probability (0..1). */
  delta: number;
  /** True when either rate lies outside the other's 95% interval. */
  notable: boolean;
  /** "regional war within 6 months: 23%, was 8%". */
  text: string;
}

export interface ForecastComparison {
  /** The headline (regional war) first, then every ending whose rate moved, largest change first. */
  changes: ForecastChange[];
  headline: string;
  tension: { before: number; after: number; text: string };
}

/** A probability as a whole percentage; below 1% but above zero prints "<1%". */
export function pct(p: number): string {
  if (p > 0 && p < 0.005) return '<1%';
  return `${Math.round(p * 100)}%`;
}

function change(outcome: ForecastOutcome | 'war', b: CountedInterval, a: CountedInterval, horizon: number): ForecastChange {
  const label = OUTCOME_LABELS[outcome];
  const notable = b.rate < a.low || b.rate > a.high || a.rate < b.low || a.rate > b.high;
  return {
    outcome, label, before: b.rate, after: a.rate, delta: Math.round((a.rate - b.rate) * 1000) / 1000, notable,
    text: `${label} within ${horizon} months: ${pct(a.rate)}, was ${pct(b.rate)}`,
  };
}

/** Compares two forecasts (e.g. before and after the player's move, or last turn and this one). */
export function compareForecast(before: Forecast, after: Forecast): ForecastComparison {
  const horizon = after.horizon;
  const headline = change('war', before.regionalWar, after.regionalWar, horizon);
  const others = FORECAST_OUTCOMES.filter((k) => k !== 'none')
    .map((k) => change(k, before.endings[k], after.endings[k], horizon))
    .filter((c) => c.delta !== 0)
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.outcome.localeCompare(y.outcome));
  const t = { before: before.meanTension, after: after.meanTension };
  return {
    changes: [headline, ...others],
    headline: headline.text,
    tension: { ...t, text: `expected tension in ${horizon} months: ${Math.round(t.after)}, was ${Math.round(t.before)}` },
  };
}
