/**
 * Saves from the browser: an autosave after every turn (the runtime's slots keep the last few),
 * "Continue" from the newest save, export to a JSON file and import from one. A refused file changes
 * nothing: it is checked completely (format, scenario, replay) before the running game is replaced.
 */
import { SaveSlots } from '../runtime/storage.js';
import { loadSave, parseSave, serializeSave } from '../runtime/save.js';
import type { GameSession } from '../runtime/session.js';

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

/** Summary of the newest save for the start screen, or null. */
export function latestSaveInfo(): { gameId: string; turn: number; scenarioId: string; savedAt: string } | null {
  const s = store();
  const l = s?.latest();
  return l ? { gameId: l.slot.gameId, turn: l.slot.turn, scenarioId: l.slot.scenarioId, savedAt: l.slot.savedAt } : null;
}

/** Rebuilds the session from the newest save. */
export function continueLatest(): { ok: true; session: GameSession; gameId: string } | { ok: false; error: string } {
  const s = store();
  const l = s?.latest();
  if (!l) return { ok: false, error: 'there is no saved game in this browser' };
  const res = loadSave(l.result.save);
  return res.ok ? { ok: true, session: res.session, gameId: l.slot.gameId } : res;
}

/** Reads an imported file's text into a new session, or says why it is refused. */
export function importText(text: string): { ok: true; session: GameSession } | { ok: false; error: string } {
  const parsed = parseSave(text);
  if (!parsed.ok) return { ok: false, error: `This file is not a save of this game: ${parsed.error}` };
  const res = loadSave(parsed.save);
  return res.ok ? res : { ok: false, error: `This save cannot be loaded: ${res.error}` };
}

/** Offers the session as a downloaded JSON file. */
export function exportSave(session: GameSession): void {
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
}

/** A fresh id for a new game's save slots. */
export function newGameId(): string {
  return `g${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
