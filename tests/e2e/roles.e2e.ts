/**
 * Plays one turn as each of the four playable capitals through real clicks: the map is drawn, an order
 * is queued and the turn ended, the agents' answers appear in the news with their "Why?" cards,
 * a province click opens the country panel, and the page logs no console error and makes no request
 * beyond the local server.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { endTurn, launch, openPage, queueFirstOrder, shootMap, startAs, turnOf } from './helpers.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('each playable capital', () => {
  for (const [i, seat] of ['Baku', 'Yerevan', 'Tehran', 'Ankara'].entries()) {
    it(`plays a turn as ${seat} and sees the agents answer with reasons`, async () => {
      const { page, errors, external } = await openPage(browser, baseUrl);
      await startAs(page, seat, { seed: 100 + i });
      expect(await turnOf(page)).toBe(1);

      const shot = await shootMap(page, `role-${seat}-start`);
      expect(shot.colours, 'the map canvas shows many colours, not a blank area').toBeGreaterThan(12);
      expect(shot.drawn, 'most of the map area is drawn land or lines').toBeGreaterThan(0.2);

      const label = await queueFirstOrder(page);
      await expect.poll(() => page.locator('.queue li').count(), { message: `queued "${label}"` }).toBe(1);
      await endTurn(page);
      expect(await turnOf(page)).toBe(2);

      // The news tab opens on the agents' answers, each with a Why? card.
      const agentItems = page.locator('.news-item[data-agent="true"]');
      expect(await agentItems.count(), 'the five agents answered').toBeGreaterThan(0);
      const why = agentItems.first().locator('summary', { hasText: 'Why?' });
      await why.click();
      await expect.poll(() => agentItems.first().locator('.why').isVisible()).toBe(true);
      const whyText = (await agentItems.first().locator('.why').textContent()) ?? '';
      expect(whyText).toContain('Trigger');
      expect(whyText).toContain('Reasons');
      // The posture is the agent's overall stance, not a judgement of the move ("Posture: hostile" on
      // friendly talks had read as if the talks were hostile).
      expect(whyText).not.toContain('Posture:');
      if (await agentItems.first().locator('.why .posture').count()) expect(whyText).toContain('Its overall stance this month: ');

      // The Ledger gives an offer's terms (an arms offer: what and for how much).
      await page.locator('#tab-ledger').click();
      const offers = (await page.locator('#panel-ledger').textContent()) ?? '';
      expect(offers, 'an arms offer names what and for how much').not.toMatch(/: arms, (pending|accepted|refused|countered)/);
      if (i === 0) {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.screenshot({ path: `test-results/role-${seat}-ledger.png` });
      }

      // Every playable capital's objectives turn on the route (Baku and Yerevan negotiate it, Tehran's
      // border with Armenia and the Aras route, Ankara's route to Nakhchivan): each sees where it stands in
      // its country panel, with the settlement the expected-utility model predicts.
      {
        await page.locator('#tab-country').click();
        const route = page.locator('#panel-country section.route');
        await expect.poll(() => route.isVisible()).toBe(true);
        expect((await route.textContent()) ?? '').toMatch(/The route to Nakhchivan.*Zangezur corridor \(Syunik\).*Predicted settlement\d+ \(.*Baku \d+.*Yerevan \d+/s);
      }

      // Zoom to Syunik with the keyboard shortcut, click the middle of the map: a panel opens.
      await page.keyboard.press('s');
      await page.waitForTimeout(200);
      const box = (await page.locator('#map canvas').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.locator('#tab-country').getAttribute('aria-selected')).toBe('true');
      expect((await page.locator('#panel-country').textContent()) ?? '').toMatch(/Relation/);
      // The way back from a clicked province to the player's own country.
      await page.locator('#show-own-country').click();
      await expect.poll(() => page.locator('#show-own-country').count()).toBe(0);
      expect(await page.locator('#panel-country section.route').count()).toBe(1);
      if (seat === 'Tehran') {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.locator('#panel-country section.route').scrollIntoViewIfNeeded();
        await page.screenshot({ path: 'test-results/role-Tehran-route.png' });
      }
      // A zoom button over the map does not also select the province under it.
      await page.getByRole('tab', { name: 'Orders' }).click();
      // (Zoomed to Syunik, Armenian provinces lie under the buttons; a player had landed on Shirak.)
      await page.getByRole('button', { name: 'Zoom to Syunik/Zangezur' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Show the whole theatre' }).click();
      await page.waitForTimeout(200);
      expect(await page.locator('#tab-orders').getAttribute('aria-selected')).toBe('true');
      if (i === 0) await page.screenshot({ path: `test-results/role-${seat}-syunik.png` });

      expect(errors, errors.join('\n')).toEqual([]);
      expect(external, external.join('\n')).toEqual([]);
      await page.context().close();
    });
  }
});
