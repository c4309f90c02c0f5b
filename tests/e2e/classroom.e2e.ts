/**
 * Classroom tools in real Chromium: the live forecast (worker) appears and updates after a turn while
 * the page keeps answering; a White Cell inject changes what the agents do the next turn and is
 * marked in the review; the review draws its charts and its JSON and CSV exports download and parse;
 * the White Cell opens from the start screen, reads in plain words, and its pause turns End turn off.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { endTurn, launch, openPage, startAs, turnOf } from './helpers.js';
import { parseCsv } from '../../src/runtime/debrief/csv.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The texts of one turn's decisions in the review's timeline. */
async function decisionsOfTurn(page: Page, turn: number): Promise<string[]> {
  await page.locator('#open-review').click();
  const texts = await page.locator('#timeline .tl-turn').nth(turn - 1).locator(':scope > ul > .tl-item .tl-text').allTextContents();
  await page.locator('#close-review').click();
  return texts;
}

describe('classroom tools', () => {
  it('shows the forecast from the worker and updates it after a turn without freezing the page', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    await startAs(page, 'Baku', { seed: 21 });
    // A timer in the page measures the longest stall of the main thread while the worker runs.
    await page.evaluate(() => {
      const w = window as unknown as { __gap: number };
      w.__gap = 0;
      let last = performance.now();
      setInterval(() => { const now = performance.now(); w.__gap = Math.max(w.__gap, now - last); last = now; }, 50);
    });
    await page.locator('#forecast-headline').waitFor({ timeout: 90_000 });
    expect(await page.locator('#forecast-headline').textContent()).toMatch(/Regional war within 6 months: \S+% \(95% interval/);
    await expect.poll(() => page.locator('#forecast-box').getAttribute('data-rollouts'), { timeout: 120_000 }).toBe('60');
    expect(await page.evaluate(() => (window as unknown as { __gap: number }).__gap), 'main thread stall (ms)').toBeLessThan(1500);
    await endTurn(page);
    await expect.poll(() => page.locator('#forecast-box').getAttribute('data-turn'), { timeout: 120_000 }).toBe('2');
    await expect.poll(() => page.locator('#forecast-box').getAttribute('data-rollouts'), { timeout: 120_000 }).toBe('60');
    expect(await page.locator('#forecast-change').textContent()).toMatch(/Since last turn: regional war within 6 months: \S+%, was \S+%/);
    expect(errors).toEqual([]);
  });

  it('a White Cell inject changes what the agents do next turn and is marked in the review', async () => {
    const base = await openPage(browser, baseUrl);
    await startAs(base.page, 'Yerevan', { seed: 33 });
    await endTurn(base.page);
    await endTurn(base.page);
    const baseline = await decisionsOfTurn(base.page, 2);

    const { page, errors } = await openPage(browser, baseUrl);
    page.on('dialog', (d) => void d.accept());
    await startAs(page, 'Yerevan', { seed: 33 });
    await page.locator('#open-white-cell').click();
    await page.locator('#wc-event').selectOption('embassyAttack');
    await page.locator('#wc-note').fill('what if the embassy is attacked, again');
    await page.locator('#wc-inject').click();
    expect(await page.locator('#wc-queued').textContent()).toContain('Attack on an embassy / expulsions');
    await page.getByRole('button', { name: 'Close' }).click();
    await endTurn(page);
    await endTurn(page);
    const after = await decisionsOfTurn(page, 2);
    expect(after, 'the agents answered the inject differently').not.toEqual(baseline);

    await page.locator('#open-review').click();
    expect(await page.locator('#white-cell-acts li').first().textContent()).toContain('what if the embassy is attacked, again');
    expect(errors).toEqual([]);
  });

  it('the review draws its charts and its exports download and parse', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    await startAs(page, 'Tehran', { seed: 5 });
    await endTurn(page);
    await endTurn(page);
    await page.locator('#open-review').click();
    for (const id of ['chart-relations', 'chart-rungs', 'chart-tension', 'chart-route']) {
      const inked = await page.locator(`#${id}`).evaluate((c: HTMLCanvasElement) => {
        const g = c.getContext('2d')!;
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return c.width > 0 && c.height > 0 ? n / (c.width * c.height) : 0;
      });
      expect(inked, `${id} has drawn pixels`).toBeGreaterThan(0.01);
    }
    expect(await page.locator('#questions li').count()).toBeGreaterThanOrEqual(3);
    // Another set of pairs redraws the relations chart (Tehran's five pairs instead of the liveliest).
    const pixels = () => page.locator('#chart-relations').evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const liveliest = await pixels();
    await page.locator('#chart-pairs').selectOption('IRN');
    expect(await pixels(), 'the relations chart shows Tehran\'s pairs').not.toBe(liveliest);
    await page.locator('#chart-pairs').selectOption('liveliest');
    expect(await pixels()).toBe(liveliest);

    const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const json = JSON.parse(readFileSync((await jsonDl.path())!, 'utf8'));
    expect(json.format).toBe('unlikely-alliances/debrief');
    expect(json.timeline).toHaveLength(2);
    // The route series: one entry per turn from the start, the talks on the 0-100 scale, null while there
    // are no talks (the opening demand is not talks).
    expect(json.series.route.talks).toHaveLength(3);
    expect(json.series.route.talks[0]).toBeNull();
    for (const v of json.series.route.talks) if (v !== null) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(100);

    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const rows = parseCsv(readFileSync((await csvDl.path())!, 'utf8'));
    expect(rows[0][0]).toBe('turn');
    const events = json.timeline.reduce((s: number, t: { decisions: unknown[]; happenings: unknown[] }) => s + t.decisions.length + t.happenings.length, 0);
    expect(rows).toHaveLength(events + 1);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the White Cell opens from the start screen in plain words, and pausing turns End turn off until resumed', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const { page, errors } = await openPage(browser, baseUrl, ctx);
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.accept(); });
    await page.locator('#seed').fill('11');
    expect(await page.locator('#start-class-white-cell').isDisabled(), 'teams come first').toBe(true);
    await page.locator('#team-AZE').check();
    await page.locator('#team-ARM').check();
    await page.locator('#class-mode').screenshot({ path: 'test-results/class-mode-box.png' });
    await page.locator('#start-class-white-cell').click();
    await page.locator('#white-cell').waitFor({ timeout: 30_000 });
    expect(dialogs[0]).toContain('Open the White Cell?');
    expect(await page.locator('#start').isHidden(), 'the class game has started').toBe(true);
    // Above the first hand-over screen: the teacher sets the game up before the first team plays.
    expect(await page.locator('#handover[data-team="AZE"]').isVisible()).toBe(true);
    expect(await page.locator('#white-cell h2').evaluate((h) => {
      const r = h.getBoundingClientRect();
      return !!document.elementFromPoint(r.x + 4, r.y + 4)?.closest('#white-cell');
    }), 'the White Cell is on top of the hand-over screen').toBe(true);

    // Values by name with their scale; the agents' orders by capital, with no ids.
    await page.locator('#wc-adjust-path').selectOption('IRN-ISR.rung');
    expect(await page.locator('#wc-adjust-path option:checked').textContent()).toMatch(/^The escalation rung between Tehran and Israel: \d+ of 10$/);
    expect(await page.locator('#wc-adjust-now').textContent()).toMatch(/^now rung \d+ of 10 \(.+\) · enter 0 to 10$/);
    await page.locator('#wc-adjust-path').selectOption('AZE.treasuryBn');
    expect(await page.locator('#wc-adjust-now').textContent()).toMatch(/^now treasury \$\d+\.\dbn/);
    await page.locator('#wc-event').selectOption('borderClash');
    await page.locator('#wc-turn').fill('3');
    await page.locator('#wc-inject').click();
    expect(await page.locator('#wc-scheduled').textContent()).toBe('Scheduled: Armenia-Azerbaijan border clash at turn 3');
    await page.locator('#wc-preview').click();
    await page.locator('#wc-agent-orders').waitFor();
    expect(await page.locator('#wc-agent-orders').textContent()).not.toMatch(/\b(AZE|ARM|IRN|TUR|ISR|RUS)\b/);
    await page.locator('#wc-pause').click();
    await page.locator('#white-cell').screenshot({ path: 'test-results/white-cell-dialog.png' });
    await page.locator('#wc-adjust').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/white-cell-adjust.png' });
    await page.locator('#wc-agent-orders').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/white-cell-preview.png' });
    await page.screenshot({ path: 'test-results/white-cell-start.png' });

    // Paused: End turn says so and is off, after the hand-over too; the E key does nothing either.
    expect(await page.locator('#wc-paused').textContent()).toContain('End turn is off');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator('#handover-reveal').click();
    await page.locator('#handover').waitFor({ state: 'detached' });
    const endBtn = page.locator('#end-turn');
    expect(await endBtn.isDisabled()).toBe(true);
    expect(await endBtn.textContent()).toBe('Paused by the White Cell');
    await page.locator('#map').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
    await page.keyboard.press('e');
    await page.waitForTimeout(300);
    expect(await page.locator('#handover').count(), 'the E key did not pass the screen on').toBe(0);
    expect(await turnOf(page)).toBe(1);

    // Resumed: End turn is back, and works.
    await page.locator('#open-white-cell').click();
    await page.locator('#wc-pause').click();
    expect(await page.locator('#wc-pause').textContent()).toBe('Pause the game');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await endBtn.isDisabled()).toBe(false);
    expect(await endBtn.textContent()).toBe('Done: pass to Yerevan');
    await endBtn.click();
    await page.locator('#handover[data-team="ARM"]').waitFor();
    await page.locator('#handover-reveal').click();

    // An action with no option says why, in words (Yerevan has no two friends at odds to mediate between).
    await page.getByRole('tab', { name: 'Orders' }).click();
    const why = await page.locator('.action[data-type="diplomacy.mediate"] .why-not').textContent();
    expect(why).toMatch(/^Why: needs two friends/);
    await page.locator('.action[data-type="diplomacy.mediate"]').screenshot({ path: 'test-results/orders-why-not.png' });
    for (const t of await page.locator('.action .why-not').allTextContents()) expect(t).not.toMatch(/\b(AZE|ARM|IRN|TUR|ISR|RUS)\b|params\./);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
