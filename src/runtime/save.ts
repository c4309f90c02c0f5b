/**
 * Saving and loading a game. `parseSave` and `loadSave` never throw: every problem comes back as one
 * readable line naming what is wrong and where (`turns[3].orders[0].type: unknown action "x"`).
 */
import type { z } from 'zod';
import { formatPath } from '../sim/scenario/load.js';
import { getScenario } from '../sim/scenario/registry.js';
import { stateHash } from '../sim/engine.js';
import type { GameSession } from './session.js';
import { createSession, type CreateSessionOptions } from './session.js';
import { SAVE_FORMAT, SAVE_VERSION, saveSchema, type SaveFile } from './save-schema.js';

export { SAVE_FORMAT, SAVE_VERSION, type SaveFile } from './save-schema.js';

export type ParseSaveResult = { ok: true; save: SaveFile } | { ok: false; error: string };
/** What a load brought in when only the first turns of a save replayed exactly. */
export interface PartialLoad { turnsLoaded: number; turnsInSave: number; lastTurn: number }

/**
 * A load's result. `partial`: loaded with `upToDivergence`, the session stands after the last turn that
 * replayed exactly. `replayable`: a refused save whose first turns do replay exactly (made by another
 * version of the game): how many, so a caller can offer to load those.
 */
export type LoadSaveResult =
  | { ok: true; session: GameSession; partial?: PartialLoad }
  | { ok: false; error: string; replayable?: number };

/** Largest save text accepted (a 24-turn game with agents' reasons is a few hundred kB). */
export const MAX_SAVE_CHARS = 20_000_000;

export interface SaveOptions {
  /** ISO time of the save; the caller passes it so tests stay deterministic. */
  savedAt?: string;
  label?: string;
  /** Also store the agents' memory (default true). */
  agents?: boolean;
}

/** The save object of a session: seed, seats at the start, and the full order log. */
export function toSave(session: GameSession, options: SaveOptions = {}): SaveFile {
  const state = session.state;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenario: { id: state.scenario.id, hash: state.scenario.hash },
    seed: session.seed,
    difficulty: session.difficulty,
    seats: session.starts[0].seats,
    ...(session.plain ? { plain: true } : {}),
    turns: session.log.map((e) => ({
      turn: e.turn,
      orders: e.orders.map((o) => ({ ...o, params: { ...o.params } })),
      ...(e.facilitator ? { facilitator: e.facilitator } : {}),
      ...(e.seats ? { seats: e.seats } : {}),
      stateHash: e.stateHash,
    })),
    stateHash: stateHash(state),
    savedAt: options.savedAt ?? new Date().toISOString(),
    ...(options.label ? { label: options.label } : {}),
    ...(options.agents === false ? {} : { agents: session.director.snapshot() }),
  };
}

/** The save as JSON text. */
export function serializeSave(session: GameSession, options: SaveOptions = {}): string {
  return JSON.stringify(toSave(session, options));
}

function issueLine(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/** "the file is not JSON (unexpected end at position 812)". */
function notJson(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(msg);
  // A cut-off file fails at its very end, whatever V8 calls the token it was waiting for.
  if (/end of JSON|unexpected end/i.test(msg) || (pos && Number(pos[1]) >= text.trimEnd().length)) {
    return `the file is not JSON (unexpected end at position ${text.length})`;
  }
  if (pos) return `the file is not JSON (unexpected character at position ${pos[1]})`;
  return `the file is not JSON (${msg})`;
}

/**
 * Parses and validates a save's text. With `expect`, also refuses a save of another scenario or of
 * another version of the same scenario file.
 */
export function parseSave(text: unknown, expect?: { id: string; hash?: string }): ParseSaveResult {
  try {
    if (typeof text !== 'string') return { ok: false, error: 'the save is not text' };
    if (text.trim() === '') return { ok: false, error: 'the file is empty' };
    if (text.length > MAX_SAVE_CHARS) return { ok: false, error: `the file is too large (${text.length} characters; at most ${MAX_SAVE_CHARS})` };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return { ok: false, error: notJson(text, err) };
    }
    return checkSave(json, expect);
  } catch (err) {
    return { ok: false, error: `the save could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** Validates an already parsed save object (see parseSave). */
export function checkSave(json: unknown, expect?: { id: string; hash?: string }): ParseSaveResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: 'the file is JSON but not a save (expected an object)' };
  const head = json as { format?: unknown; version?: unknown };
  if (head.format !== SAVE_FORMAT) {
    return { ok: false, error: `the file is not a save of this game (format ${JSON.stringify(head.format ?? null)}, expected "${SAVE_FORMAT}")` };
  }
  if (typeof head.version === 'number' && head.version > SAVE_VERSION) {
    return { ok: false, error: `format version ${head.version} is newer than this game (${SAVE_VERSION})` };
  }
  const res = saveSchema.safeParse(json);
  if (!res.success) return { ok: false, error: res.error.issues.slice(0, 3).map(issueLine).join('; ') };
  const save = res.data;
  if (expect && save.scenario.id !== expect.id) {
    return { ok: false, error: `this save is from scenario ${save.scenario.id} but this game is ${expect.id}` };
  }
  if (expect?.hash && save.scenario.hash !== expect.hash) {
    return { ok: false, error: `this save is from another version of scenario ${save.scenario.id} (file hash ${save.scenario.hash}, this game's is ${expect.hash})` };
  }
  let prev = 0;
  for (let i = 0; i < save.turns.length; i++) {
    const t = save.turns[i].turn;
    if (t <= prev) return { ok: false, error: `turns[${i}].turn: turn ${t} comes after turn ${prev}; turns must increase` };
    prev = t;
  }
  return { ok: true, save };
}

export interface LoadOptions {
  /** The scenario (id or JSON object) when it is not built in, e.g. a file given to the CLI. */
  scenario?: unknown;
  /** Options passed on to the new session (a test director, a factory). */
  session?: Partial<CreateSessionOptions>;
  /**
   * When a turn does not replay to its recorded hash (a save made by another version of the game), load
   * the turns before it instead of refusing: each of them replayed exactly, so the session is the saved
   * game as it stood then, and play goes on from there under the current rules.
   */
  upToDivergence?: boolean;
}

/**
 * Rebuilds a session from a save by replaying its log: every actor's recorded orders are resolved
 * exactly as they were, and the agents observe each turn so they remember the game. The replay must
 * reach the recorded hashes; otherwise the load is refused with the turn where it went astray.
 */
export function loadSave(save: SaveFile, options: LoadOptions = {}): LoadSaveResult {
  let session: GameSession | undefined;
  try {
    const scenario = options.scenario ?? getScenario(save.scenario.id);
    if (scenario === undefined) return { ok: false, error: `this save is from scenario ${save.scenario.id}, which this game does not have` };
    session = createSession({
      scenario, seed: save.seed, seats: save.seats, difficulty: save.difficulty as CreateSessionOptions['difficulty'],
      plain: save.plain ?? false, ...options.session,
    });
    const have = session.state.scenario;
    if (have.id !== save.scenario.id) {
      return fail(session, `this save is from scenario ${save.scenario.id} but the scenario given is ${have.id}`);
    }
    if (have.hash !== save.scenario.hash) {
      return fail(session, `this save is from another version of scenario ${save.scenario.id} (file hash ${save.scenario.hash}, this game's is ${have.hash})`);
    }
    for (let i = 0; i < save.turns.length; i++) {
      const entry = save.turns[i];
      if (session.state.ending) return fail(session, `turns[${i}]: the game already ended on turn ${session.state.ending.turn}`);
      if (entry.turn !== session.state.turn) return fail(session, `turns[${i}].turn: expected turn ${session.state.turn}, got ${entry.turn}`);
      const hash = session.applyRecorded(entry as Parameters<GameSession['applyRecorded']>[0]);
      if (entry.stateHash && hash !== entry.stateHash) {
        if (options.upToDivergence && i > 0) {
          session.dispose();
          const prefix = loadSave({ ...save, turns: save.turns.slice(0, i), stateHash: save.turns[i - 1].stateHash ?? '', agents: undefined }, { ...options, upToDivergence: false });
          return prefix.ok ? { ok: true, session: prefix.session, partial: { turnsLoaded: i, turnsInSave: save.turns.length, lastTurn: save.turns[i - 1].turn } } : prefix;
        }
        const error = `turns[${i}] (turn ${entry.turn}) does not replay to the recorded state (hash ${hash}, the save says ${entry.stateHash}): the save was edited or made by another version of the game`;
        return { ...fail(session, error), ...(i > 0 ? { replayable: i } : {}) };
      }
    }
    const final = stateHash(session.state);
    if (final !== save.stateHash) {
      return fail(session, `the replayed game ends in state ${final} but the save says ${save.stateHash}: the save was edited or made by another version of the game`);
    }
    if (save.agents !== undefined) session.director.restore(save.agents);
    return { ok: true, session };
  } catch (err) {
    return fail(session, `the save could not be replayed (${err instanceof Error ? err.message : String(err)})`);
  }
}

function fail(session: GameSession | undefined, error: string): { ok: false; error: string } {
  try {
    session?.dispose();
  } catch {
    // A director that fails to stop must not hide the real error.
  }
  return { ok: false, error };
}

/** parseSave then loadSave. */
export function loadSaveText(text: string, options: LoadOptions = {}): LoadSaveResult {
  const parsed = parseSave(text);
  return parsed.ok ? loadSave(parsed.save, options) : parsed;
}
