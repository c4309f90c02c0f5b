/**
 * Saves from the browser: an autosave after every turn (the runtime's slots keep the last few),
 * "Continue" from the newest save, export to a JSON file and import from one. A refused file changes
 * nothing: it is checked completely (format, scenario, replay) before the running game is replaced.
 */
import { SaveSlots } from '../runtime/storage.js';
import { loadSave, parseSave, serializeSave, type PartialLoad } from '../runtime/save.js';
import type { SaveFile } from '../runtime/save-schema.js';
import type { GameSession } from '../runtime/session.js';
import { whenIdle } from './idle.js';

let slots: SaveSlots | null = null;

function store(): SaveSlots | null {
  if (slots) return slots;
  try {
    slots = new SaveSlots(window.localStorage, { keepAutosaves: 5 });
  } catch {
    slots = null; // storage disabled: the game still runs, without autosave
  }
  return slots;
}

/** Writes an autosave of the session; returns an error message or null. */
export function autosave(session: GameSession, gameId: string): string | null {
  const s = store();
  if (!s) return 'saving is unavailable in this browser';
  try {
    const res = s.autosave(gameId, serializeSave(session, { label: `turn ${session.state.turn}` }));
    return res.ok ? null : res.error;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * The autosave of each turn, written off the turn's critical path: serialising, validating and storing
 * a save takes tens of milliseconds, so it waits until the new turn has been drawn and the page is idle
 * (at most `maxWaitMs`). It is written at once, before anything else happens, when the player gives any
 * input (pointer or key), leaves or hides the page, starts the next turn, or another game replaces this
 * one; so the save always holds the session exactly as the turn left it, and every turn is saved.
 * `SaveSlots` keeps its guarantees (a failed write leaves the previous save listed and loadable);
 * a failure is reported through `onError`.
 */
export class AutosaveQueue {
  private pending: { session: GameSession; gameId: string } | null = null;
  private cancel: (() => void) | null = null;

  constructor(private readonly onError: (message: string) => void, private readonly maxWaitMs = 1000) {
    const flush = (): void => this.flush();
    for (const type of ['pointerdown', 'keydown'] as const) document.addEventListener(type, flush, { capture: true });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  /** Queues the autosave of `session` as it is now (a save still waiting is written first). */
  schedule(session: GameSession, gameId: string): void {
    this.flush();
    this.pending = { session, gameId };
    this.cancel = whenIdle(() => this.flush(), this.maxWaitMs);
  }

  /** Writes the waiting autosave now, if there is one. */
  flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.cancel?.();
    this.cancel = null;
    const err = autosave(p.session, p.gameId);
    if (err) this.onError(err);
  }
}

/** Summary of the newest save for the start screen, or null. */
export function latestSaveInfo(): { gameId: string; turn: number; scenarioId: string; savedAt: string } | null {
  const s = store();
  const l = s?.latest();
  return l ? { gameId: l.slot.gameId, turn: l.slot.turn, scenarioId: l.slot.scenarioId, savedAt: l.slot.savedAt } : null;
}

/** Asks the player a yes/no question (the page: `window.confirm`). */
export type Ask = (question: string) => boolean;
const confirmInPage: Ask = (q) => window.confirm(q);

/**
 * Loads a save; when it was made by another version of the game and only its first turns replay
 * exactly, offers to load those (the game as it stood then), rather than losing a class's game to an
 * update. The save itself is never changed.
 */
function loadOrOffer(save: SaveFile, ask: Ask): { ok: true; session: GameSession; partial?: PartialLoad } | { ok: false; error: string } {
  const res = loadSave(save);
  if (res.ok || !res.replayable) return res;
  const from = save.turns[res.replayable]?.turn ?? res.replayable + 1;
  const question = `This save was made by another version of the game: from turn ${from} on, its turns no longer play out the same way. `
    + `Its first ${res.replayable} of ${save.turns.length} turns replay exactly. Load the game as it stood after turn ${from - 1} and play on from there? The save itself is not changed.`;
  if (!ask(question)) return { ok: false, error: res.error };
  return loadSave(save, { upToDivergence: true });
}

/** Rebuilds the session from the newest save (a partial load gets a new game id: the old slots stay as they were). */
export function continueLatest(ask: Ask = confirmInPage): { ok: true; session: GameSession; gameId: string; partial?: PartialLoad } | { ok: false; error: string } {
  const s = store();
  const l = s?.latest();
  if (!l) return { ok: false, error: 'there is no saved game in this browser' };
  const res = loadOrOffer(l.result.save, ask);
  return res.ok ? { ok: true, session: res.session, gameId: res.partial ? newGameId() : l.slot.gameId, partial: res.partial } : res;
}

/** Reads an imported file's text into a new session, or says why it is refused. */
export function importText(text: string, ask: Ask = confirmInPage): { ok: true; session: GameSession; partial?: PartialLoad } | { ok: false; error: string } {
  const parsed = parseSave(text);
  if (!parsed.ok) return { ok: false, error: `This file is not a save of this game: ${parsed.error}` };
  const res = loadOrOffer(parsed.save, ask);
  return res.ok ? res : { ok: false, error: `This save cannot be loaded: ${res.error}` };
}

/** The toast after a partial load. */
export function partialLoadText(p: PartialLoad): string {
  return `Loaded the save up to turn ${p.lastTurn} (${p.turnsLoaded} of its ${p.turnsInSave} turns); its later turns were played under another version of the game.`;
}

/** Offers the session as a downloaded JSON file; returns the file's name (the page says it was saved). */
export function exportSave(session: GameSession): string {
  const text = serializeSave(session, { label: `turn ${session.state.turn}` });
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `unlikely-alliances-${session.state.scenario.id}-turn${session.state.turn}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  return a.download;
}

/** A fresh id for a new game's save slots. */
export function newGameId(): string {
  return `g${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
