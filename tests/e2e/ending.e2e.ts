/**
 * Plays a whole game by clicking "End turn" until it ends, then checks the end screen: how it ended,
 * every actor's scorecard and the human cost.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { endTurn, launch, openPage, startAs } from './helpers.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a whole game', () => {
  it('reaches an ending and shows every scorecard and the human cost', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    // "About this model" from the start screen: what the game simplifies and the agents' theories.
    await page.locator('#open-about').click();
    expect(await page.locator('#about-model h2').first().textContent()).toBe('About this model: what the game simplifies');
    expect(await page.locator('#about-models li').count()).toBeGreaterThanOrEqual(5);
    await page.locator('#about-close').click();
    expect(await page.locator('#about-model').count()).toBe(0);
    await startAs(page, 'Ankara', { seed: 11 });
    for (let i = 0; i < 130; i++) {
      const ended = await page.evaluate(() => (window as unknown as { __ua: { ending: string | null } }).__ua.ending);
      if (ended) break;
      await endTurn(page);
    }
    await page.locator('#end').waitFor({ state: 'visible' });
    const ending = await page.locator('[data-ending]').getAttribute('data-ending');
    expect(ending).not.toBe('none');
    expect(await page.locator('#end .card').count()).toBe(6);
    // One team: its card alone says "you"; no toast of the last month is left over the end screen.
    expect(await page.locator('#end .card h3', { hasText: ' · you:' }).count()).toBe(1);
    expect(await page.locator('#end .card[data-actor="TUR"] h3').textContent()).toContain(' · you:');
    expect(await page.locator('#toast.show').count()).toBe(0);
    expect((await page.locator('#end').textContent()) ?? '').toMatch(/displaced/);
    // Every objective says its points and where it stands (why it earns what it does).
    const objectives = page.locator('#end .card li');
    expect(await objectives.count()).toBeGreaterThanOrEqual(18);
    expect(await objectives.first().textContent()).toMatch(/(met|not met|only just met): \d+ of 100 points/);
    expect(await page.locator('#end .objective-status').count()).toBe(await objectives.count());
    expect(await page.locator('#end .objective-status').first().textContent()).toMatch(/^Now: \S/);
    await page.screenshot({ path: 'test-results/ending.png', fullPage: true });
    expect(errors, errors.join('\n')).toEqual([]);
    await page.context().close();
  }, 240_000);
});
