/**
 * Replay, branch and the White Cell's adjustments in real Chromium: stepping through a played game
 * read-only, a what-if from turn 2 with other orders that diverges from the original, and a scenario
 * value set by the White Cell that moves the indicator and is marked in the review.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { endTurn, launch, openPage, queueFirstOrder, startAs, turnOf } from './helpers.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const hashOf = (page: Page) => page.evaluate(() => (window as unknown as { __ua: { hash: string } }).__ua.hash);
const stability = async (page: Page) => Number(await page.locator('#topbar .ind', { hasText: 'Stability' }).locator('b').textContent());

describe('replay and branch', () => {
  it('steps through past turns read-only and branches from turn 2 into a different game', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    page.on('dialog', (d) => void d.accept());
    await startAs(page, 'Yerevan', { seed: 33 });
    await endTurn(page);
    await endTurn(page);
    await endTurn(page);
    const original = await hashOf(page);

    await page.locator('#open-replay').click();
    await page.locator('#replay-panel').waitFor();
    expect(await page.locator('#replay-at').getAttribute('data-turn')).toBe('1');
    await page.locator('#replay-next').click();
    expect(await page.locator('#replay-at').getAttribute('data-turn')).toBe('2');
    expect(await page.locator('#replay-news li').count(), 'the news of turn 1 is shown').toBeGreaterThan(0);
    await page.locator('#replay-orders').waitFor();
    // The game is running with a team at the screen: covert acts of others stay hidden, as in the news.
    expect(await page.locator('#replay-scope').textContent()).toMatch(/Covert acts stay hidden until the game ends/);
    expect(await page.locator('#replay-news').textContent()).not.toMatch(/works covertly/);
    const atTwo = await page.locator('#replay-at').getAttribute('data-hash');
    expect(atTwo).not.toBe(original);
    // Read-only: stepping does not change the running game.
    expect(await turnOf(page)).toBe(4);
    expect(await hashOf(page)).toBe(original);

    await page.locator('#replay-branch').click();
    await page.waitForFunction(() => (window as unknown as { __ua: { branchOf: number | null; turn: number } }).__ua.branchOf === 2);
    expect(await turnOf(page)).toBe(2);
    expect(await hashOf(page), 'the branch starts from the state of turn 2').toBe(atTwo);
    expect(await page.locator('#branch-banner').textContent()).toContain('What-if branch from turn 2');
    // Other orders this time: Yerevan acts where it passed before.
    await queueFirstOrder(page);
    await endTurn(page);
    await endTurn(page);
    expect(await turnOf(page)).toBe(4);
    expect(await hashOf(page), 'the branch diverged from the original').not.toBe(original);
    expect(errors).toEqual([]);
  });

  it('a White Cell adjustment changes the indicator and is marked in the review', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    page.on('dialog', (d) => void d.accept());
    await startAs(page, 'Yerevan', { seed: 33 });
    const before = await stability(page);
    expect(before).toBeGreaterThan(20);
    await page.locator('#open-white-cell').click();
    await page.locator('#wc-adjust-path').selectOption('ARM.stability');
    await page.locator('#wc-adjust-value').fill('5');
    await page.locator('#wc-note').fill('mass protests in Yerevan');
    await page.locator('#wc-adjust').click();
    expect(await page.locator('#wc-adjusted').textContent()).toContain('Armenia\'s stability → 5');
    await page.locator('#wc-preview').click();
    await page.locator('#wc-agent-orders, #white-cell p:text("plan no orders")').first().waitFor();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await endTurn(page);
    expect(await stability(page)).toBeLessThan(15);
    await page.locator('#open-review').click();
    expect(await page.locator('#white-cell-acts').textContent()).toContain('Armenia\'s stability to 5 (note: mass protests in Yerevan)');
    expect(errors).toEqual([]);
  });

  it('the White Cell\'s crisis start sets its values in one act, each marked in the review', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    page.on('dialog', (d) => void d.accept());
    await startAs(page, 'Ankara', { seed: 12 });
    await page.locator('#open-white-cell').click();
    await page.locator('#wc-crisis').click();
    const queued = await page.locator('#wc-adjusted').textContent();
    expect(queued).toContain('The escalation rung between Yerevan and Baku → 6');
    expect(queued).toContain('Azerbaijan\'s nationalist pressure → 85');
    expect(await page.locator('#wc-queued').textContent()).toContain('Armenia-Azerbaijan border clash');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await endTurn(page);
    await page.locator('#open-review').click();
    const acts = await page.locator('#white-cell-acts').textContent();
    expect(acts).toContain('the escalation rung between Yerevan and Baku to 6');
    expect(acts).toContain('Crisis start');
    expect(errors).toEqual([]);
  });
});
