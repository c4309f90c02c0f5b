import { describe, expect, it } from 'vitest';
import { MemoryStore, SaveSlots } from '../../src/runtime/storage.js';
import { serializeSave } from '../../src/runtime/save.js';
import { testSession } from './helpers.js';

/** Save texts of one game after 1..n turns. */
function saveTexts(n: number): string[] {
  const s = testSession({ seed: 3 });
  const out: string[] = [];
  for (let t = 0; t < n; t++) {
    s.endTurn();
    out.push(serializeSave(s, { savedAt: `2024-01-0${t + 1}T00:00:00.000Z` }));
  }
  return out;
}

/** A store that can fail: a quota error on a key, or a write cut short (truncated value, then an error). */
class FaultyStore extends MemoryStore {
  failOn: ((key: string) => 'quota' | 'truncate' | null) | null = null;
  override setItem(key: string, value: string): void {
    const fault = this.failOn?.(key) ?? null;
    if (fault === 'quota') {
      const err = new Error("Failed to execute 'setItem': exceeded the quota.");
      err.name = 'QuotaExceededError';
      throw err;
    }
    if (fault === 'truncate') {
      super.setItem(key, value.slice(0, Math.floor(value.length / 2)));
      throw new Error('write interrupted');
    }
    super.setItem(key, value);
  }
}

const texts = saveTexts(7);

describe('save slots', () => {
  it('"Continue" finds the game saved last, not the one with the most saves', () => {
    const slots = new SaveSlots(new MemoryStore(), { writerId: 'tab1' });
    // An old game with many autosaves (January 1-5), then a new game saved once, on January 6.
    for (const t of texts.slice(0, 5)) expect(slots.autosave('old', t).ok).toBe(true);
    expect(slots.autosave('new', texts[5]).ok).toBe(true);
    expect(slots.latest()!.slot.gameId).toBe('new');
    expect(slots.list().map((x) => x.gameId)).toEqual(['new', 'old', 'old', 'old', 'old', 'old']);
  });

  it('autosaves each turn and keeps the last 5, newest first', () => {
    const slots = new SaveSlots(new MemoryStore(), { writerId: 'tab1' });
    for (const t of texts) expect(slots.autosave('g1', t).ok).toBe(true);
    const list = slots.list('g1');
    expect(list.map((s) => s.turn)).toEqual([8, 7, 6, 5, 4]);
    expect(list.map((s) => s.seq)).toEqual([7, 6, 5, 4, 3]);
    const latest = slots.latest('g1');
    expect(latest?.result.save.turns.length).toBe(7);
  });

  it('a quota error mid-write leaves the last good save listed and loadable', () => {
    const store = new FaultyStore();
    const slots = new SaveSlots(store, { writerId: 'tab1' });
    expect(slots.autosave('g1', texts[0]).ok).toBe(true);
    store.failOn = (key) => (key.includes('.save.') ? 'quota' : null);
    const res = slots.autosave('g1', texts[1]);
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/storage is full.*previous save is kept/) });
    store.failOn = (key) => (key.endsWith('.index') ? 'quota' : null);
    expect(slots.autosave('g1', texts[1]).ok).toBe(false);
    expect(slots.list('g1').length).toBe(1);
    expect(slots.latest('g1')?.result.save.turns.length).toBe(1);
    // Nothing half-written is left behind under a save key.
    expect([...store.data.keys()].filter((k) => k.includes('.save.')).length).toBe(1);
  });

  it('an interrupted write (value cut short) is never listed; the previous save stays the latest', () => {
    const store = new FaultyStore();
    const slots = new SaveSlots(store, { writerId: 'tab1' });
    expect(slots.autosave('g1', texts[0]).ok).toBe(true);
    store.failOn = (key) => (key.includes('.save.') ? 'truncate' : null);
    expect(slots.autosave('g1', texts[1]).ok).toBe(false);
    store.failOn = null;
    expect(slots.latest('g1')?.result.save.turns.length).toBe(1);
    expect(slots.autosave('g1', texts[2]).ok).toBe(true);
    expect(slots.latest('g1')?.result.save.turns.length).toBe(3);
  });

  it('a damaged save text is skipped when loading the latest', () => {
    const store = new MemoryStore();
    const slots = new SaveSlots(store, { writerId: 'tab1' });
    slots.autosave('g1', texts[0]);
    const second = slots.autosave('g1', texts[1]);
    if (!second.ok) throw new Error(second.error);
    store.setItem(second.slot.key, texts[1].slice(0, 100));
    expect(slots.latest('g1')?.result.save.turns.length).toBe(1);
  });

  it('a bad import is refused and never replaces a good save', () => {
    const store = new MemoryStore();
    const slots = new SaveSlots(store, { writerId: 'tab1' });
    slots.autosave('g1', texts[0]);
    const before = JSON.stringify([...store.data]);
    const res = slots.importSave(texts[1].slice(0, 500));
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/^import refused: the file is not JSON/) });
    expect(JSON.stringify([...store.data])).toBe(before);
    const good = slots.importSave(texts[2], 'imported');
    expect(good.ok).toBe(true);
    expect(slots.list().length).toBe(2);
  });

  it('two tabs saving the same game do not overwrite each other and sequence numbers keep growing', () => {
    const store = new MemoryStore();
    const tab1 = new SaveSlots(store, { writerId: 'tab1', keepAutosaves: 10 });
    const tab2 = new SaveSlots(store, { writerId: 'tab2', keepAutosaves: 10 });
    const r = [tab1.autosave('g1', texts[0]), tab2.autosave('g1', texts[1]), tab1.autosave('g1', texts[2]), tab2.autosave('g1', texts[3])];
    expect(r.every((x) => x.ok)).toBe(true);
    const list = tab1.list('g1');
    expect(list.map((s) => s.seq)).toEqual([4, 3, 2, 1]);
    expect(new Set(list.map((s) => s.key)).size).toBe(4);
    for (const slot of list) expect(tab2.read(slot).ok).toBe(true);
    expect(tab2.latest('g1')?.result.save.turns.length).toBe(4);
  });
});
