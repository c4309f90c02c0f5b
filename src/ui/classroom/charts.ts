/**
 * The review's charts (chart.js, pinned in package.json): relations and rungs of the liveliest pairs,
 * and the tension index with the war-risk index, over the turns played. Animation is off so the
 * charts are drawn at once (printing and tests see the final picture).
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';
import type { DebriefSeries } from '../../runtime/debrief.js';
import { liveliestPairs } from '../../runtime/debrief.js';
import { pairMembers, ACTOR_NAMES, type PairKey } from '../../shared/ids.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip, Title);

const COLOURS = ['#c0392b', '#2471a3', '#229954', '#d68910', '#7d3c98', '#5d6d7e'];
const pairLabel = (k: PairKey) => pairMembers(k).map((a) => ACTOR_NAMES[a].seat).join('–');

function line(canvas: HTMLCanvasElement, title: string, labels: string[], sets: { label: string; data: number[] }[], y: { min?: number; max?: number }): Chart {
  return new Chart(canvas, {
    type: 'line',
    data: { labels, datasets: sets.map((s, i) => ({ ...s, borderColor: COLOURS[i % COLOURS.length], backgroundColor: COLOURS[i % COLOURS.length], tension: 0.2, pointRadius: 2 })) },
    options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { title: { display: true, text: title } }, scales: { y } },
  });
}

/** Draws the three charts into the given canvases; returns them so the caller can destroy them. */
export function drawCharts(series: DebriefSeries, canvases: { relations: HTMLCanvasElement; rungs: HTMLCanvasElement; tension: HTMLCanvasElement }): Chart[] {
  const labels = series.turns.map((t, i) => (t === 0 ? 'start' : series.months[i]));
  const pairs = liveliestPairs(series, 5);
  return [
    line(canvases.relations, 'Relations (-100 hostile … 100 friendly)', labels, pairs.map((k) => ({ label: pairLabel(k), data: series.relations[k] })), { min: -100, max: 100 }),
    line(canvases.rungs, 'Escalation rungs (0 normal … 10 regional war)', labels, pairs.map((k) => ({ label: pairLabel(k), data: series.rungs[k] })), { min: 0, max: 10 }),
    line(canvases.tension, 'Tension index and war-risk index (0..100)', labels, [
      { label: 'tension', data: series.tension },
      { label: 'war-risk index', data: series.risk.map((r) => Math.round(r * 100)) },
    ], { min: 0, max: 100 }),
  ];
}
