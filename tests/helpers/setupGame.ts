/**
 * Builds a real game for tests: a built-in scenario (default autumn-2023) or a fixture from
 * levels/fixtures, a pinned seed, optional human seats, and an optional mutation of the start state.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorId } from '../../src/shared/ids.js';
import type { Controller, GameState } from '../../src/sim/state/types.js';
import { createGame } from '../../src/sim/scenario/build.js';
import { getScenarioFile } from '../../src/sim/scenario/registry.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SetupOverrides {
  /** A built-in scenario id ('autumn-2023', 'spring-2024') or a fixture name ('tiny' = levels/fixtures/tiny.json). */
  scenario?: string;
  seed?: number;
  seats?: Partial<Record<ActorId, Controller>>;
  /** Changes the start state in place (e.g. set a rung) before the test plays. */
  mutate?: (s: GameState) => void;
}

/** Reads levels/fixtures/<name>.json as parsed JSON. */
export function loadFixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'levels', 'fixtures', `${name}.json`), 'utf8'));
}

/** Reads levels/fixtures/<name>.json as raw text. */
export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'levels', 'fixtures', `${name}.json`), 'utf8');
}

/** A fresh game state; the default is autumn-2023 with seed 1 and every seat an agent. */
export function setupGame(overrides: SetupOverrides = {}): GameState {
  const id = overrides.scenario ?? 'autumn-2023';
  const file = getScenarioFile(id) ?? loadFixture(id);
  const state = createGame(file, overrides.seed ?? 1, { seats: overrides.seats });
  overrides.mutate?.(state);
  return state;
}
