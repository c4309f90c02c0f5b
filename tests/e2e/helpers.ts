/**
 * Shared helpers for the browser tests: Debian's Chromium (never a downloaded browser), a page that
 * records console errors and failed requests, role selection, and a check that the map canvas shows a
 * drawn map rather than a blank area.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

export interface WatchedPage {
  page: Page;
  errors: string[];
  /** Requests to anything other than the local server. */
  external: string[];
}

/** A fresh page at 1280x720 that records console errors, page errors and off-site requests. */
export async function openPage(browser: Browser, baseUrl: string, context?: Awaited<ReturnType<Browser['newContext']>>): Promise<WatchedPage> {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url());
  });
  await page.goto(baseUrl);
  await page.waitForFunction(() => (window as unknown as { __ua?: { ready: boolean } }).__ua?.ready === true);
  return { page, errors, external };
}

/** Chooses a capital on the start screen and starts the game (real clicks). */
export async function startAs(page: Page, seat: string, opts: { seed?: number; scenario?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: seat, exact: true }).click();
  if (opts.seed !== undefined) await page.locator('#seed').fill(String(opts.seed));
  if (opts.scenario) await page.locator('#scenario').selectOption(opts.scenario);
  await page.getByRole('button', { name: `Start as ${seat}` }).click();
  await page.waitForFunction(() => (window as unknown as { __ua: { mapReady: boolean } }).__ua.mapReady === true, undefined, { timeout: 30_000 });
}

export function turnOf(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __ua: { turn: number } }).__ua.turn);
}

/** Clicks "End turn" and waits until the session has moved to the next turn (or ended). */
export async function endTurn(page: Page): Promise<void> {
  const before = await turnOf(page);
  await page.locator('#end-turn').click();
  await page.waitForFunction(
    (t) => {
      const ua = (window as unknown as { __ua: { turn: number; ending: string | null } }).__ua;
      return ua.turn > t || ua.ending !== null;
    },
    before,
    { timeout: 60_000 },
  );
}

/**
 * Screenshots the map into test-results/ and measures it in the page: the number of distinct colours
 * (coarsely binned) and the share of pixels that differ from the sea colour. A blank canvas has 1.
 */
export async function shootMap(page: Page, name: string): Promise<{ colours: number; drawn: number }> {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png` });
  const png = await page.locator('#map').screenshot();
  return page.evaluate(async (b64) => {
    // Decoded without fetch(): the page's Content-Security-Policy (connect-src 'self') refuses data: URLs.
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bmp = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d')!;
    g.drawImage(bmp, 0, 0);
    const d = g.getImageData(0, 0, bmp.width, bmp.height).data;
    const bins = new Set<number>();
    let drawn = 0;
    const sea = [0x1d, 0x35, 0x57];
    for (let i = 0; i < d.length; i += 16) {
      bins.add(((d[i] >> 4) << 8) | ((d[i + 1] >> 4) << 4) | (d[i + 2] >> 4));
      if (Math.abs(d[i] - sea[0]) + Math.abs(d[i + 1] - sea[1]) + Math.abs(d[i + 2] - sea[2]) > 30) drawn++;
    }
    return { colours: bins.size, drawn: drawn / (d.length / 16) };
  }, png.toString('base64'));
}

/** Queues the first available action of the orders panel (a real click) and returns its label. */
export async function queueFirstOrder(page: Page, type?: string): Promise<string> {
  await page.getByRole('tab', { name: 'Orders' }).click();
  const card = type ? page.locator(`.action[data-type="${type}"]`) : page.locator('.action:has(button:not([disabled]))').first();
  const details = card.locator('xpath=ancestor::details[1]');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const label = (await card.locator('strong').first().textContent()) ?? '';
  await card.getByRole('button', { name: /^Queue/ }).click();
  return label;
}
