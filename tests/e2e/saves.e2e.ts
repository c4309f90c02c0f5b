/**
 * Saves in the browser: the autosave survives a page reload ("Continue"), a save exported to a file can
 * be imported again, and a corrupt or foreign file is refused with a clear message while the running
 * game stays as it was.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { endTurn, launch, openPage, startAs, turnOf } from './helpers.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('saving and loading', () => {
  it('autosaves, continues after a reload, exports, imports and refuses a corrupt file', async () => {
    mkdirSync('test-results', { recursive: true });
    const { page, errors } = await openPage(browser, baseUrl);
    await startAs(page, 'Yerevan', { seed: 7 });
    await endTurn(page);
    await endTurn(page);
    expect(await turnOf(page)).toBe(3);

    // Reload: the start screen offers to continue the autosave.
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __ua: { ready: boolean } }).__ua.ready);
    const cont = page.locator('#continue');
    expect(await cont.isEnabled()).toBe(true);
    expect(await cont.textContent()).toMatch(/turn 3/);
    await cont.click();
    await page.waitForFunction(() => (window as unknown as { __ua: { mapReady: boolean } }).__ua.mapReady);
    expect(await turnOf(page)).toBe(3);

    // Export a save file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    const path = 'test-results/exported-save.json';
    await download.saveAs(path);
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    expect(saved.turns.length).toBe(2);

    // A corrupt file is refused with a message; the game stays on turn 3.
    await endTurn(page);
    expect(await turnOf(page)).toBe(4);
    writeFileSync('test-results/corrupt-save.json', '{"format":"unlikely-alliances-save","version":1,"seed":"<img src=x onerror=alert(1)>"}');
    await page.locator('#import-game').setInputFiles('test-results/corrupt-save.json');
    await expect.poll(() => page.locator('#game-error').textContent()).toMatch(/Import refused/);
    expect(await page.locator('#game-error img').count(), 'file text is never inserted as HTML').toBe(0);
    expect(await turnOf(page)).toBe(4);

    // The exported file imports back to turn 3.
    await page.locator('#import-game').setInputFiles(path);
    await expect.poll(() => turnOf(page)).toBe(3);
    await page.screenshot({ path: 'test-results/after-import.png' });
    expect(errors, errors.join('\n')).toEqual([]);
    await page.context().close();
  });
});
