/**
 * The review's charts (chart.js, pinned in package.json): relations and rungs of the liveliest pairs,
 * the tension index with the war-risk index, and the route to Nakhchivan (where the Zangezur talks stood
 * on the sovereignty scale, and Baku's and Yerevan's corridor offers), over the turns played. Animation is off so the
 * charts are drawn at once (printing and tests see the final picture).
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';
import type { DebriefSeries } from '../../runtime/debrief.js';
import { liveliestPairs } from '../../runtime/debrief.js';
import { pairMembers, ACTOR_NAMES, type PairKey } from '../../shared/ids.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip, Title);

const COLOURS = ['#c0392b', '#2471a3', '#229954', '#d68910', '#7d3c98', '#5d6d7e'];
const pairLabel = (k: PairKey) => pairMembers(k).map((a) => ACTOR_NAMES[a].seat).join('–');

/** A line of a chart; `points` draws markers only (offers made in some months, gaps elsewhere). */
interface ChartSet { label: string; data: (number | null)[]; points?: boolean }

function line(canvas: HTMLCanvasElement, title: string, labels: string[], sets: ChartSet[], y: { min?: number; max?: number }): Chart {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: sets.map((s, i) => ({
        label: s.label, data: s.data, borderColor: COLOURS[i % COLOURS.length], backgroundColor: COLOURS[i % COLOURS.length], tension: 0.2,
        // Offers at 0 or 100 sit on the chart's edge: drawn whole, not cut in half.
        pointRadius: s.points ? 5 : 2, showLine: !s.points, clip: s.points ? 8 : undefined,
      })),
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { title: { display: true, text: title } }, scales: { y } },
  });
}

const monthLabels = (series: DebriefSeries) => series.turns.map((t, i) => (t === 0 ? 'start' : series.months[i]));

/** The relations and rungs charts of `pairs` (the review redraws these two when another set of pairs is chosen). */
export function drawPairCharts(series: DebriefSeries, canvases: { relations: HTMLCanvasElement; rungs: HTMLCanvasElement }, pairs: readonly PairKey[]): Chart[] {
  const labels = monthLabels(series);
  return [
    line(canvases.relations, 'Relations (-100 hostile … 100 friendly)', labels, pairs.map((k) => ({ label: pairLabel(k), data: series.relations[k] })), { min: -100, max: 100 }),
    line(canvases.rungs, 'Escalation rungs (0 normal … 10 regional war)', labels, pairs.map((k) => ({ label: pairLabel(k), data: series.rungs[k] })), { min: 0, max: 10 }),
  ];
}

/**
 * Draws the charts into the given canvases (the route chart when the series have it); returns them so
 * the caller can destroy them. The relations and rungs charts show `pairs` (default: the liveliest five).
 */
export function drawCharts(series: DebriefSeries, canvases: { relations: HTMLCanvasElement; rungs: HTMLCanvasElement; tension: HTMLCanvasElement; route?: HTMLCanvasElement }, pairs: readonly PairKey[] = liveliestPairs(series, 5)): Chart[] {
  const labels = monthLabels(series);
  return [
    ...drawPairCharts(series, canvases, pairs),
    line(canvases.tension, 'Tension index and war-risk index (0..100)', labels, [
      { label: 'tension', data: series.tension },
      { label: 'war-risk index', data: series.risk.map((r) => Math.round(r * 100)) },
    ], { min: 0, max: 100 }),
    ...(canvases.route && series.route ? [line(canvases.route, 'The route to Nakhchivan (0 transit under Armenian control … 100 extraterritorial)', labels, [
      { label: 'Zangezur talks stand at', data: series.route.talks },
      { label: "Baku's corridor offers", data: series.route.baku, points: true },
      { label: "Yerevan's corridor offers", data: series.route.yerevan, points: true },
    ], { min: 0, max: 100 })] : []),
  ];
}
