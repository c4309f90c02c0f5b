/**
 * Saves in the browser: the autosave survives a page reload ("Continue"), a save exported to a file can
 * be imported again, and a corrupt or foreign file is refused with a clear message while the running
 * game stays as it was; a save from another version of the game loads up to the turns that still replay,
 * if the player agrees.
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
    // The page says it happened, with the file's name.
    expect(await page.locator('#toast').textContent()).toBe(`Exported ${download.suggestedFilename()}: the whole game, to load or replay later.`);
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

    // The exported file: the page asks before replacing the game in progress; declined, the game goes on.
    const replaceAsked: string[] = [];
    page.once('dialog', (d) => { replaceAsked.push(d.message()); void d.dismiss(); });
    await page.locator('#import-game').setInputFiles(path);
    await expect.poll(() => replaceAsked.length).toBe(1);
    expect(replaceAsked[0]).toMatch(/^Load the imported game in place of the game in progress \(turn 4\)\?/);
    expect(await turnOf(page)).toBe(4);
    // Accepted, it imports back to turn 3.
    page.once('dialog', (d) => void d.accept());
    await page.locator('#import-game').setInputFiles(path);
    await expect.poll(() => turnOf(page)).toBe(3);
    await page.screenshot({ path: 'test-results/after-import.png' });

    // A save whose second turn no longer replays (made by another version of the game): the page asks
    // whether to load the turn that does; declined, nothing changes; accepted, the game stands after turn 1.
    const other = { ...saved, turns: saved.turns.map((t: { stateHash?: string }, i: number) => (i === 1 ? { ...t, stateHash: '0123456789abcdef' } : t)) };
    writeFileSync('test-results/other-version-save.json', JSON.stringify(other));
    await endTurn(page);
    expect(await turnOf(page)).toBe(4);
    const asked: string[] = [];
    page.once('dialog', (d) => { asked.push(d.message()); void d.dismiss(); });
    await page.locator('#import-game').setInputFiles('test-results/other-version-save.json');
    await expect.poll(() => page.locator('#game-error').textContent()).toMatch(/Import refused.*does not replay/);
    expect(asked[0]).toMatch(/another version of the game: from turn 2 on.*first 1 of 2 turns replay exactly/);
    expect(await turnOf(page)).toBe(4);
    // The same file again (the input is cleared after each choice, so choosing it again counts): yes to
    // loading the turns that replay, and yes to replacing the game in progress.
    const acceptAll = (d: { accept: () => Promise<void> }) => void d.accept();
    page.on('dialog', acceptAll);
    await page.locator('#import-game').setInputFiles('test-results/other-version-save.json');
    await expect.poll(() => turnOf(page)).toBe(2);
    page.off('dialog', acceptAll);
    await expect.poll(() => page.locator('body').textContent()).toMatch(/Loaded the save up to turn 1 \(1 of its 2 turns\)/);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.context().close();
  });
});
