/**
 * What the browser benchmark does inside the page (through playwright-core): reach an interactive map,
 * pan while reading requestAnimationFrame timestamps, sit idle while the DevTools protocol counts the
 * main thread's busy time, end turns timing each from the click to the first frame showing the next
 * turn, and read the JS heap after a forced garbage collection.
 */
import type { CDPSession, Page } from 'playwright-core';

type Win = Window & {
  __ua: { ready: boolean; mapReady: boolean; turn: number; ending: string | null };
  __uaMap?: { frames: number; sleeping: boolean };
  __bench?: Promise<{ t1: number; t0: number; longTasks: number }>;
};

/**
 * "Interactive" = the map scene has rendered at least one frame, the End turn button is enabled and
 * the orders panel has at least one enabled Queue button. Returns the in-page times (ms since
 * navigation start): start screen ready, the Start click, and interactive.
 */
export async function reachInteractive(page: Page, url: string, seat: string): Promise<{ ready: number; click: number; interactive: number }> {
  await page.goto(url);
  const ready = await page.evaluate(() => new Promise<number>((ok) => {
    const tick = (): void => {
      if ((window as unknown as Win).__ua?.ready) ok(performance.now());
      else requestAnimationFrame(tick);
    };
    tick();
  }));
  await page.getByRole('button', { name: seat, exact: true }).click();
  const start = page.getByRole('button', { name: `Start as ${seat}` });
  await start.waitFor();
  // Record the click's own timestamp in the page, then wait there for the interactive state.
  await page.evaluate(() => {
    const w = window as unknown as Win & { __clickAt?: number };
    document.addEventListener('click', (e) => { w.__clickAt ??= e.timeStamp; }, { capture: true, once: true });
  });
  await start.click();
  return page.evaluate((r) => new Promise<{ ready: number; click: number; interactive: number }>((ok) => {
    const w = window as unknown as Win & { __clickAt?: number };
    const tick = (): void => {
      const map = w.__uaMap;
      const endBtn = document.querySelector<HTMLButtonElement>('#end-turn');
      const queue = document.querySelector('.action button:not([disabled])');
      if (w.__ua.mapReady && map && map.frames > 0 && endBtn && !endBtn.disabled && queue) ok({ ready: r, click: w.__clickAt ?? r, interactive: performance.now() });
      else requestAnimationFrame(tick);
    };
    tick();
  }), ready);
}

/** Collects rAF deltas for `ms` while `drive` runs; also the map frames drawn and the main thread's busy time. */
export async function framesWhile(page: Page, cdp: CDPSession, ms: number, drive: () => Promise<void>): Promise<{ deltas: number[]; mapFps: number; busyShare: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __frameStop: boolean };
    w.__frames = [];
    w.__frameStop = false;
    let last = -1;
    const tick = (t: number): void => {
      if (last >= 0) w.__frames.push(t - last);
      last = t;
      if (!w.__frameStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const m0 = await metrics(cdp);
  const f0 = await page.evaluate(() => (window as unknown as Win).__uaMap?.frames ?? 0);
  const t0 = Date.now();
  await drive();
  while (Date.now() - t0 < ms) await page.waitForTimeout(50);
  const elapsed = Date.now() - t0;
  const f1 = await page.evaluate(() => (window as unknown as Win).__uaMap?.frames ?? 0);
  const m1 = await metrics(cdp);
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __frameStop: boolean };
    w.__frameStop = true;
    return w.__frames;
  });
  return { deltas, mapFps: ((f1 - f0) * 1000) / elapsed, busyShare: (m1.TaskDuration - m0.TaskDuration) / (elapsed / 1000) };
}

/** Drags the map around its centre for about `ms` (small steps, alternating directions). */
export async function dragMap(page: Page, ms: number): Promise<void> {
  const box = await page.locator('#map canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const t0 = Date.now();
  let dir = 1;
  while (Date.now() - t0 < ms) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 160 * dir, cy + 60 * dir, { steps: 20 });
    await page.mouse.up();
    dir = -dir;
  }
}

/** Clicks End turn (after the map has gone idle, if `waitIdle`); returns ms from the click until the first frame after the turn advanced has rendered, and the long-task time in between. */
export async function timedEndTurn(page: Page, waitIdle: boolean): Promise<{ ms: number; longTaskMs: number }> {
  await page.locator('#end-turn:not([disabled])').waitFor();
  // The honest turn cost: click once the previous turn's animations have finished and the map sleeps.
  if (waitIdle) await page.waitForFunction(() => (window as unknown as Win).__uaMap?.sleeping !== false, undefined, { timeout: 30_000 }).catch(() => undefined);
  await page.evaluate(() => {
    const w = window as unknown as Win;
    const before = w.__ua.turn;
    w.__bench = new Promise((ok) => {
      const tasks: PerformanceEntry[] = [];
      const obs = new PerformanceObserver((l) => { tasks.push(...l.getEntries()); });
      try { obs.observe({ type: 'longtask' }); } catch { /* not supported: reported as 0 */ }
      document.addEventListener('click', (e) => {
        const t0 = e.timeStamp;
        const tick = (): void => {
          if (w.__ua.turn > before || w.__ua.ending !== null) {
            // A task posted from this frame's callbacks runs once the frame (the map's redraw included) is rendered.
            setTimeout(() => {
              const t1 = performance.now();
              // Long tasks are reported after they end: give the observer a moment, then keep those in [t0, t1].
              setTimeout(() => {
                obs.disconnect();
                const longTasks = tasks.filter((x) => x.startTime >= t0 && x.startTime < t1).reduce((s, x) => s + x.duration, 0);
                ok({ t0, t1, longTasks });
              }, 0);
            }, 0);
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }, { capture: true, once: true });
    });
  });
  await page.locator('#end-turn').click();
  const r = await page.evaluate(() => (window as unknown as Win).__bench!);
  return { ms: r.t1 - r.t0, longTaskMs: r.longTasks };
}

/** Whether the game has ended (the end screen is showing). */
export function ended(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as Win).__ua.ending !== null);
}

/** From the end screen: "New game", choose the seat, start, wait for the map. */
export async function newGameFromEnd(page: Page, seat: string): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: seat, exact: true }).click();
  await page.getByRole('button', { name: `Start as ${seat}` }).click();
  await page.waitForFunction(() => (window as unknown as Win).__ua.ending === null && (window as unknown as Win).__ua.turn === 1);
}

/** MB of JS heap in use after a forced garbage collection. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize / (1024 * 1024);
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
