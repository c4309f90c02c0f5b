/**
 * The forecast in the page's Web Worker (issue 5 asks for its time in Node and in the page): the built
 * game is served on 127.0.0.1, a page of it is opened in Debian's headless Chromium, and the bundled
 * forecast worker (the same chunk the game starts) runs the same workload as the `forecast` module:
 * rollouts over 6 turns from the scenario's first turn. The time is the worker's own (`ms` in its
 * reply), so page start-up and the cloning of the state are left out. Skipped when Chromium is missing.
 */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuild } from '../../../scripts/build-fresh.js';
import { serveStatic } from '../../../scripts/static-server.js';
import { createSession } from '../../runtime/session.js';
import type { BenchModule } from './types.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export const forecastPageBench: BenchModule = {
  id: 'forecast-page',
  title: 'Forecast in the page\'s Web Worker (headless Chromium)',
  async run(ctx) {
    if (!existsSync(CHROMIUM)) {
      ctx.log(`forecast-page: SKIPPED, no Chromium at ${CHROMIUM}`);
      return [{ name: 'skipped', unit: '', samples: [], note: `no Chromium at ${CHROMIUM}` }];
    }
    const rollouts = ctx.quick ? 50 : 500;
    const horizon = 6;
    const root = resolve(import.meta.dirname, '../../..');
    const outDir = join(tmpdir(), 'ua-bench-dist');
    ctx.log(`forecast-page: ${(await ensureBuild(root, { outDir })) ? 'built' : 'reusing the fresh build in'} ${outDir}`);
    const chunk = readdirSync(join(outDir, 'assets')).find((f) => /^forecast\.worker.*\.js$/.test(f));
    if (!chunk) throw new Error(`no forecast worker chunk in ${outDir}/assets`);
    const state = createSession({ scenario: ctx.scenario, seed: ctx.seed, seats: {}, difficulty: 'standard', plain: true, keepStarts: false }).state;
    const server = await serveStatic(outDir);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const samples: number[] = [];
    const poolSamples: number[] = [];
    const warmSamples: number[] = [];
    let poolWorkers = 0;
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      for (let r = 0; r < ctx.reps; r++) {
        const ms = await page.evaluate(({ url, state: s, options }) => new Promise<number>((done, fail) => {
          const worker = new Worker(url, { type: 'module' });
          worker.onmessage = (e: MessageEvent<{ type: string; ms?: number; message?: string }>) => {
            if (e.data.type === 'done') { worker.terminate(); done(e.data.ms ?? NaN); }
            if (e.data.type === 'error') { worker.terminate(); fail(new Error(e.data.message)); }
          };
          worker.postMessage({ type: 'forecast', id: 1, state: s, options });
        }), { url: new URL(`assets/${chunk}`, server.url).href, state, options: { rollouts, horizon, seed: ctx.seed + r } });
        samples.push(ms);
        ctx.log(`forecast-page rep ${r + 1}: ${rollouts} rollouts x ${horizon} turns in ${ms.toFixed(0)} ms (in the worker)`);
        // The game keeps its workers from turn to turn, so after the first turn they run warm: the same
        // request once more in a worker that has just run a forecast (the warm-up is not timed).
        const warmMs = await page.evaluate(({ url, state: s, options }) => new Promise<number>((done, fail) => {
          const worker = new Worker(url, { type: 'module' });
          let round = 0;
          worker.onmessage = (e: MessageEvent<{ type: string; ms?: number; message?: string }>) => {
            if (e.data.type === 'error') { worker.terminate(); fail(new Error(e.data.message)); return; }
            if (e.data.type !== 'done') return;
            if (round++ === 0) { worker.postMessage({ type: 'forecast', id: 2, state: s, options }); return; }
            worker.terminate(); done(e.data.ms ?? NaN);
          };
          worker.postMessage({ type: 'forecast', id: 1, state: s, options: { ...options, rollouts: Math.min(100, options.rollouts), seed: options.seed + 1000 } });
        }), { url: new URL(`assets/${chunk}`, server.url).href, state, options: { rollouts, horizon, seed: ctx.seed + r } });
        warmSamples.push(warmMs);
        ctx.log(`forecast-page rep ${r + 1}: the same in a warm worker in ${warmMs.toFixed(0)} ms (in the worker)`);
        // The game's pool (src/ui/forecastPool.ts, one worker per core but one, up to four): the same protocol,
        // ranges of 4 rollouts handed to whichever worker is free; wall time from the first message.
        const args = { url: new URL(`assets/${chunk}`, server.url).href, state, options: { rollouts, horizon, seed: ctx.seed + r } };
        // Plain JavaScript text: tsx's name-keeping helpers do not exist in the page.
        const pooled = (await page.evaluate(`(${POOL_IN_PAGE})(${JSON.stringify(args)})`)) as { ms: number; workers: number };
        poolSamples.push(pooled.ms);
        poolWorkers = pooled.workers;
        ctx.log(`forecast-page rep ${r + 1}: the same in a pool of ${pooled.workers} workers in ${pooled.ms.toFixed(0)} ms (wall)`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return [
      { name: `${rollouts} rollouts x ${horizon} turns, page worker`, unit: 'ms', samples, note: 'a new worker, cold; target < 1000 ms for 500; the game itself runs 60 rollouts' },
      { name: `${rollouts} rollouts x ${horizon} turns, warm page worker`, unit: 'ms', samples: warmSamples, note: 'a worker that has run a forecast before, as the game\'s are after the first turn' },
      { name: `${rollouts} rollouts x ${horizon} turns, pool of ${poolWorkers} page workers`, unit: 'ms', samples: poolSamples, note: 'wall time; the game uses this pool (one worker per core but one, up to four)' },
    ];
  },
};

/** The game's pool protocol (src/ui/forecastPool.ts) driven from the page, timed from the first message. */
const POOL_IN_PAGE = `function (args) {
  return new Promise(function (done, fail) {
    var n = Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 1) - 1));
    var workers = [];
    for (var i = 0; i < n; i++) workers.push(new Worker(args.url, { type: 'module' }));
    var next = 0, got = 0, t0 = performance.now(), total = args.options.rollouts;
    function give(w) {
      if (next >= total) return;
      var from = next;
      next = Math.min(total, from + 4);
      w.postMessage({ type: 'range', id: 1, from: from, to: next });
    }
    workers.forEach(function (w) {
      w.onmessage = function (e) {
        if (e.data.type === 'error') { workers.forEach(function (x) { x.terminate(); }); fail(new Error(e.data.message)); return; }
        got += (e.data.results || []).length;
        if (got >= total) { workers.forEach(function (x) { x.terminate(); }); done({ ms: performance.now() - t0, workers: n }); return; }
        give(w);
      };
      w.postMessage({ type: 'prime', id: 1, state: args.state, options: args.options });
      give(w);
    });
  });
}`;
