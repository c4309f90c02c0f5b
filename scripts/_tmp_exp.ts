import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.js';
import { dragMap, framesWhile, reachInteractive } from '../src/cli/bench/browser-page.js';
const server = await serveStatic('/tmp/ua-bench-dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
for (const variant of ['msaa', 'nomsaa', 'msaa', 'nomsaa']) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await ctx.addInitScript('globalThis.__name = (f) => f;');
  if (variant === 'nomsaa') await ctx.addInitScript(`{ const g = HTMLCanvasElement.prototype.getContext; HTMLCanvasElement.prototype.getContext = function (t, o) { if (t.startsWith('webgl')) o = { ...(o || {}), antialias: false }; return g.call(this, t, o); }; }`);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await reachInteractive(page, server.url, 'Baku');
  await page.waitForTimeout(500);
  const r = await framesWhile(page, cdp, 2000, () => dragMap(page, 2000));
  const d = r.deltas.sort((a, b) => a - b);
  console.log(variant, 'median raf', d[Math.floor(d.length / 2)].toFixed(1), 'mapFps', r.mapFps.toFixed(1), 'busy', r.busyShare.toFixed(2));
  await ctx.close();
}
await browser.close(); await server.close();
