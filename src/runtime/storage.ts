/**
 * Browser save slots over a key-value store (localStorage in the browser, a Map in tests).
 *
 * Writes are safe: a save is written under a new key of its own (never over an older save), read back
 * and parsed, and only then listed in the index; the index is replaced in one `setItem`. So a failed
 * write (quota exceeded, a tab closed mid-write) leaves the last good save listed and loadable, and a
 * bad import is refused before anything is written. Two tabs saving the same game each write their
 * own keys (game id + sequence number + writer id), and the index is merged, never blindly replaced.
 */
import { parseSave, type ParseSaveResult } from './save.js';

/** The part of the Web Storage API the slots use. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SlotKind = 'auto' | 'manual' | 'import';

export interface SlotInfo {
  /** Key of the save text in the store. */
  key: string;
  gameId: string;
  /** Increases with every save of a game, across tabs. */
  seq: number;
  kind: SlotKind;
  turn: number;
  scenarioId: string;
  savedAt: string;
  label?: string;
}

interface Index {
  version: 1;
  slots: SlotInfo[];
}

export type WriteResult = { ok: true; slot: SlotInfo } | { ok: false; error: string };

export interface SaveSlotsOptions {
  /** Prefix of every key (default `ua`). */
  prefix?: string;
  /** Autosaves kept per game (default 5). */
  keepAutosaves?: number;
  /** Distinguishes tabs writing the same game; default a random id. */
  writerId?: string;
}

function message(err: unknown): string {
  if (err instanceof Error) return /quota/i.test(err.name + err.message) ? `storage is full (${err.message})` : err.message;
  return String(err);
}

/** An in-memory store for tests and for Node. */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null { return this.data.has(key) ? this.data.get(key)! : null; }
  setItem(key: string, value: string): void { this.data.set(key, String(value)); }
  removeItem(key: string): void { this.data.delete(key); }
}

/** Save slots of all games in one store. */
export class SaveSlots {
  readonly #store: KeyValueStore;
  readonly #prefix: string;
  readonly #keep: number;
  readonly #writer: string;

  constructor(store: KeyValueStore, options: SaveSlotsOptions = {}) {
    this.#store = store;
    this.#prefix = options.prefix ?? 'ua';
    this.#keep = Math.max(1, options.keepAutosaves ?? 5);
    this.#writer = options.writerId ?? Math.random().toString(36).slice(2, 10);
  }

  get #indexKey(): string { return `${this.#prefix}.saves.index`; }

  /**
   * Every listed slot, newest first. An unreadable index reads as empty (and is never overwritten blindly).
   * Within one game the sequence number orders its saves (two tabs writing alternately); across games it
   * means nothing (each game counts its own), so the time of saving does: "Continue" had reopened the
   * game with the most autosaves instead of the one played last.
   */
  list(gameId?: string): SlotInfo[] {
    const slots = (this.#readIndex()?.slots ?? []).filter((s) => !gameId || s.gameId === gameId);
    return gameId
      ? slots.sort((a, b) => b.seq - a.seq || b.savedAt.localeCompare(a.savedAt))
      : slots.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || (a.gameId === b.gameId ? b.seq - a.seq : 0));
  }

  /** Writes an autosave of a game's save text, keeping the last N autosaves of that game. */
  autosave(gameId: string, text: string): WriteResult {
    return this.#write(gameId, text, 'auto');
  }

  /** Writes a named save (kept until deleted). */
  saveAs(gameId: string, text: string, label?: string): WriteResult {
    return this.#write(gameId, text, 'manual', label);
  }

  /** Imports a save file's text as a new game's slot; a bad file is refused before anything is written. */
  importSave(text: string, gameId = `import-${this.#writer}-${Date.now().toString(36)}`): WriteResult {
    const parsed = parseSave(text);
    if (!parsed.ok) return { ok: false, error: `import refused: ${parsed.error}` };
    return this.#write(gameId, text, 'import');
  }

  /** Reads and parses one slot. */
  read(slot: SlotInfo | string): ParseSaveResult {
    const key = typeof slot === 'string' ? slot : slot.key;
    let text: string | null;
    try {
      text = this.#store.getItem(key);
    } catch (err) {
      return { ok: false, error: `the save could not be read (${message(err)})` };
    }
    if (text === null) return { ok: false, error: `no save under ${key}` };
    return parseSave(text);
  }

  /** The newest slot of a game (or of any game) that still parses, skipping damaged ones. */
  latest(gameId?: string): { slot: SlotInfo; result: ParseSaveResult & { ok: true } } | null {
    for (const slot of this.list(gameId)) {
      const result = this.read(slot);
      if (result.ok) return { slot, result };
    }
    return null;
  }

  /** Deletes a slot (index first, then the text, so a failure never lists a missing save). */
  remove(key: string): void {
    this.#updateIndex((slots) => slots.filter((s) => s.key !== key));
    this.#tryRemove(key);
  }

  #write(gameId: string, text: string, kind: SlotKind, label?: string): WriteResult {
    const parsed = parseSave(text);
    if (!parsed.ok) return { ok: false, error: `not saved: ${parsed.error}` };
    const save = parsed.save;
    const seq = this.#nextSeq(gameId);
    const key = `${this.#prefix}.save.${gameId}.${seq}.${this.#writer}`;
    const slot: SlotInfo = {
      key, gameId, seq, kind, turn: save.turns.length ? save.turns[save.turns.length - 1].turn + 1 : 1,
      scenarioId: save.scenario.id, savedAt: save.savedAt, ...(label ? { label } : {}),
    };
    try {
      this.#store.setItem(key, text);
      // Read it back: a store may silently truncate, or another writer may have raced us.
      const back = this.#store.getItem(key);
      if (back !== text || !parseSave(back).ok) throw new Error('the save did not read back intact');
    } catch (err) {
      this.#tryRemove(key);
      return { ok: false, error: `not saved: ${message(err)}; the previous save is kept` };
    }
    let dropped: string[] = [];
    try {
      this.#updateIndex((slots) => {
        const next = [...slots.filter((s) => s.key !== key), slot];
        const autos = next.filter((s) => s.gameId === gameId && s.kind === 'auto').sort((a, b) => b.seq - a.seq);
        dropped = autos.slice(this.#keep).map((s) => s.key);
        return next.filter((s) => !dropped.includes(s.key));
      });
    } catch (err) {
      this.#tryRemove(key);
      return { ok: false, error: `not saved: ${message(err)}; the previous save is kept` };
    }
    for (const k of dropped) this.#tryRemove(k);
    return { ok: true, slot };
  }

  /** Sequence numbers only grow: one more than any listed for the game, and than this tab's last. */
  #nextSeq(gameId: string): number {
    const counterKey = `${this.#prefix}.seq.${gameId}`;
    let counter = 0;
    try {
      counter = Number(this.#store.getItem(counterKey) ?? 0) || 0;
    } catch {
      counter = 0;
    }
    const listed = Math.max(0, ...this.list(gameId).map((s) => s.seq));
    const seq = Math.max(counter, listed) + 1;
    try {
      this.#store.setItem(counterKey, String(seq));
    } catch {
      // A full store may refuse even this small write; the index check below still orders saves.
    }
    return seq;
  }

  #readIndex(): Index | null {
    let text: string | null;
    try {
      text = this.#store.getItem(this.#indexKey);
    } catch {
      return null;
    }
    if (text === null) return { version: 1, slots: [] };
    try {
      const idx = JSON.parse(text) as Index;
      return Array.isArray(idx?.slots) ? idx : null;
    } catch {
      return null;
    }
  }

  /**
   * Read-modify-write of the index, re-reading it just before writing so another tab's new slot is
   * kept, and checking after writing that ours is there (retrying if a race lost it).
   */
  #updateIndex(change: (slots: SlotInfo[]) => SlotInfo[]): void {
    for (let attempt = 0; attempt < 3; attempt++) {
      let current = this.#readIndex();
      if (current === null) {
        // A damaged index would block saving for good: keep its text aside for recovery, start afresh.
        const damaged = this.#store.getItem(this.#indexKey);
        if (damaged !== null) this.#store.setItem(`${this.#indexKey}.damaged`, damaged);
        current = { version: 1, slots: [] };
      }
      const next: Index = { version: 1, slots: change(current.slots) };
      const text = JSON.stringify(next);
      this.#store.setItem(this.#indexKey, text);
      if (this.#store.getItem(this.#indexKey) === text) return;
    }
    throw new Error('the save index kept changing under us (another tab saving?)');
  }

  #tryRemove(key: string): void {
    try {
      this.#store.removeItem(key);
    } catch {
      // Leaving an unlisted key behind is harmless: nothing points at it.
    }
  }
}
