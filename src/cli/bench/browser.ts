/**
 * The browser figures (issues 4 and 6): the game is built with Vite into a temporary directory, served
 * on 127.0.0.1 and driven in Debian's headless Chromium (playwright-core, software WebGL). Per
 * repetition, one fresh page: time to an interactive map, frame times while panning and while idle,
 * End turn timings, and the JS heap after 10 turns and after 100 (new games started as games end).
 * Skipped with a note when Chromium is missing. No assertions: it prints figures.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuild } from '../../../scripts/build-fresh.js';
import { serveStatic } from '../../../scripts/static-server.js';
import { bundleSizes } from './bundle.js';
import { dragMap, ended, framesWhile, heapAfterGc, newGameFromEnd, reachInteractive, timedEndTurn } from './browser-page.js';
import type { BenchFigure, BenchModule } from './types.js';
import { percentile } from './types.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const SEAT = 'Baku';
/** Turns timed with the map idle, then as many timed back to back (halved in quick runs). */
let TIMED = 20;

interface Rep {
  interactive: number; interactiveRaw: number; startScreen: number; startToMap: number;
  panMedian: number; panP95: number; panMapFps: number; panBusy: number;
  idleMapFps: number; idleBusy: number;
  turnP50: number; turnP95: number; rushP50: number; rushP95: number; taskP50: number; taskP95: number;
  heap10: number; heapN: number;
}

export const browserBench: BenchModule = {
  id: 'browser',
  title: 'The game in headless Chromium',
  async run(ctx) {
    if (!existsSync(CHROMIUM)) {
      ctx.log(`browser: SKIPPED, no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
      return [{ name: 'skipped', unit: '', samples: [], note: `no Chromium at ${CHROMIUM}` }];
    }
    const root = resolve(import.meta.dirname, '../../..');
    const outDir = join(tmpdir(), 'ua-bench-dist');
    ctx.log(`browser: ${(await ensureBuild(root, { outDir })) ? 'built' : 'reusing the fresh build in'} ${outDir}`);
    const size = bundleSizes(outDir);
    const server = await serveStatic(outDir);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const turnsLong = ctx.quick ? 45 : 100;
    TIMED = ctx.quick ? 10 : 20;
    const reps: Rep[] = [];
    try {
      for (let r = 0; r < ctx.reps; r++) {
        reps.push(await oneRep(browser, server.url, turnsLong, ctx.log));
        const x = reps[r];
        ctx.log(`browser rep ${r + 1}: interactive ${x.interactive.toFixed(0)} ms, pan frame ${x.panMedian.toFixed(1)} ms, idle busy ${(x.idleBusy * 100).toFixed(0)}%, turn p95 ${x.turnP95.toFixed(0)} ms, heap ${x.heap10.toFixed(1)} -> ${x.heapN.toFixed(1)} MB`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const col = (k: keyof Rep, f = 1) => reps.map((x) => x[k] * f);
    const figures: BenchFigure[] = [
      { name: 'navigation -> interactive map', unit: 'ms', samples: col('interactive'), note: 'start screen ready + Start click -> map drawn, End turn and a Queue button enabled (harness clicks excluded)' },
      { name: '  with the harness clicks', unit: 'ms', samples: col('interactiveRaw'), note: 'navigation start -> interactive, the harness\'s own clicking time (and what the page did meanwhile) included' },
      { name: '  start screen ready', unit: 'ms', samples: col('startScreen') },
      { name: '  Start click -> interactive map', unit: 'ms', samples: col('startToMap') },
      { name: 'frame time while panning, median', unit: 'ms', samples: col('panMedian'), note: 'requestAnimationFrame deltas during ~2 s of mouse drags' },
      { name: 'frame time while panning, p95', unit: 'ms', samples: col('panP95') },
      { name: 'map frames drawn while panning', unit: 'fps', samples: col('panMapFps') },
      { name: 'main thread busy while panning', unit: '%', samples: col('panBusy', 100), note: 'CDP TaskDuration / wall time' },
      { name: 'map frames drawn while idle', unit: 'fps', samples: col('idleMapFps'), note: '2 s with no input' },
      { name: 'main thread busy while idle', unit: '%', samples: col('idleBusy', 100) },
      { name: 'End turn -> next turn shown, p50', unit: 'ms', samples: col('turnP50'), note: 'click (map idle) to the first frame after the turn advanced, first 20 turns (10 if --quick); the first turn of a game also repaints the button ("deciding") first' },
      { name: 'End turn -> next turn shown, p95', unit: 'ms', samples: col('turnP95') },
      { name: 'End turn back to back, p50', unit: 'ms', samples: col('rushP50'), note: 'the next 20 (10) turns clicked at once, while the last turn still animates' },
      { name: 'End turn back to back, p95', unit: 'ms', samples: col('rushP95') },
      { name: '  long tasks in a turn, p50', unit: 'ms', samples: col('taskP50'), note: 'main-thread tasks over 50 ms (agents, sim, panels, autosave)' },
      { name: '  long tasks in a turn, p95', unit: 'ms', samples: col('taskP95') },
      { name: 'JS heap after 10 turns', unit: 'MB', samples: col('heap10'), note: 'JSHeapUsedSize after forced GC' },
      { name: `JS heap after ${turnsLong} turns`, unit: 'MB', samples: col('heapN'), note: 'new games started as games end' },
      { name: 'JS gzip: game code (main thread)', unit: 'KB', samples: [size.ownKb], note: 'zlib level 9, dist/assets/*.js except phaser-*/vendor-*/workers' },
      { name: 'JS gzip: web workers', unit: 'KB', samples: [size.workerKb], note: 'loaded on demand; each bundles its own sim/agents/vendor copy' },
      { name: 'JS gzip: Phaser', unit: 'KB', samples: [size.phaserKb] },
      { name: 'JS gzip: other vendors', unit: 'KB', samples: [size.vendorKb], note: 'xstate, immer, zod, d3-geo, topojson, howler, chart.js' },
      { name: 'JS gzip: total', unit: 'KB', samples: [size.totalKb], note: `${size.rawKb.toFixed(0)} KB before gzip` },
    ];
    return figures;
  },
};

async function oneRep(browser: import('playwright-core').Browser, url: string, turnsLong: number, log: (m: string) => void): Promise<Rep> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // tsx (esbuild keepNames) wraps named functions in the evaluated snippets with `__name(...)`: give the page a no-op one.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    const t = await reachInteractive(page, url, SEAT);
    await page.waitForTimeout(500); // let the opening frames settle
    const pan = await framesWhile(page, cdp, 2000, () => dragMap(page, 2000));
    await page.waitForTimeout(1000); // any easing after the drag ends
    const idle = await framesWhile(page, cdp, 2000, async () => undefined);
    const turnMs: number[] = [];
    const taskMs: number[] = [];
    const rushMs: number[] = [];
    let heap10 = NaN;
    for (let n = 1; n <= turnsLong; n++) {
      if (await ended(page)) await newGameFromEnd(page, SEAT);
      // Turns 1-20 wait for the map to go idle first; 21-40 click at once, during the previous turn's animations.
      const x = await timedEndTurn(page, n <= TIMED);
      if (n <= TIMED) {
        turnMs.push(x.ms);
        taskMs.push(x.longTaskMs);
      } else if (n <= 2 * TIMED) rushMs.push(x.ms);
      if (n === 10) heap10 = await heapAfterGc(cdp);
      if (n % 25 === 0) log(`browser: ${n} turns played`);
    }
    const heapN = await heapAfterGc(cdp);
    return {
      interactive: t.interactive - (t.click - t.ready), interactiveRaw: t.interactive, startScreen: t.ready, startToMap: t.interactive - t.click,
      panMedian: percentile(pan.deltas, 50), panP95: percentile(pan.deltas, 95), panMapFps: pan.mapFps, panBusy: pan.busyShare,
      idleMapFps: idle.mapFps, idleBusy: idle.busyShare,
      turnP50: percentile(turnMs, 50), turnP95: percentile(turnMs, 95), rushP50: percentile(rushMs, 50), rushP95: percentile(rushMs, 95), taskP50: percentile(taskMs, 50), taskP95: percentile(taskMs, 95),
      heap10, heapN,
    };
  } finally {
    await context.close();
  }
}
