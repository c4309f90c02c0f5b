/**
 * Turns a scenario into the first GameState: every actor, all 15 pairs (unlisted pairs get neutral
 * defaults), the key provinces, the global indicators, the schedule and the tunable params.
 */
import { ACTOR_IDS, PAIR_KEYS, PLAYABLE_IDS, pairKey, type ActorId, type PairKey } from '../../shared/ids.js';
import type {
  ActorState, Controller, GameState, PairState, Personality, ProvinceState, Treaties,
} from '../state/types.js';
import { createRng } from '../rng.js';
import { hashJson } from '../canonical.js';
import { parseScenario } from './load.js';
import type { Scenario } from './schema.js';
import { getScenarioFile } from './registry.js';
import { DEFAULT_PARAMS } from './params.js';
import { turnRecord } from '../systems/history.js';
import { computeTension } from '../systems/tension.js';

export interface CreateGameOptions {
  /** Who leads each seat; unlisted seats are agents. ISR and RUS are always agents. */
  seats?: Partial<Record<ActorId, Controller>>;
}

const NO_TREATIES: Treaties = {
  embassy: false, consulate: false, defencePact: 'none', armsSupply: false,
  peace: false, normalisation: false, corridorDeal: false, sanctions: false,
};

/** A neutral personality for actors the scenario does not describe. */
export const DEFAULT_PERSONALITY: Personality = { riskTolerance: 0.4, weights: {} };

function buildActor(s: Scenario, id: ActorId, seats: CreateGameOptions['seats']): ActorState {
  const a = s.actors[id];
  const wantsHuman = seats?.[id] === 'human' && (PLAYABLE_IDS as readonly string[]).includes(id);
  return {
    id,
    controller: wantsHuman ? 'human' : 'agent',
    gdpBn: a.gdpBn,
    milexBn: a.milexBn,
    treasuryBn: a.treasuryBn,
    actionPoints: a.actionPoints,
    capability: { ...a.capability },
    readiness: a.readiness,
    stability: a.stability,
    rhetoric: a.rhetoric,
    nationalism: a.nationalism,
    credibility: a.credibility,
    standing: a.standing,
    distraction: a.distraction,
    armsOnOrder: a.armsOnOrder.map((o) => ({ ...o })),
    armsShare: { ...a.armsShare },
    casualties: a.casualties,
    displaced: a.displaced,
    memberships: [...a.memberships],
    oilToIsrael: a.oilToIsrael,
  };
}

function buildPairs(s: Scenario): Record<PairKey, PairState> {
  const pairs = {} as Record<PairKey, PairState>;
  for (const key of PAIR_KEYS) {
    pairs[key] = { relation: 0, trust: 50, rung: 0, treaties: { ...NO_TREATIES }, lastIncidentTurn: 0, atWar: false, drills: 0, talks: 0, talksTurn: -1 };
  }
  for (const p of s.pairs) {
    const cur = pairs[pairKey(p.a, p.b)];
    if (p.relation !== undefined) cur.relation = p.relation;
    if (p.trust !== undefined) cur.trust = p.trust;
    if (p.rung !== undefined) cur.rung = p.rung;
    if (p.atWar !== undefined) cur.atWar = p.atWar;
    if (p.lastIncidentTurn !== undefined) cur.lastIncidentTurn = p.lastIncidentTurn;
    cur.treaties = { ...cur.treaties, ...p.treaties };
  }
  return pairs;
}

function buildProvinces(s: Scenario): Record<string, ProvinceState> {
  const out: Record<string, ProvinceState> = {};
  for (const [id, p] of Object.entries(s.provinces)) {
    out[id] = {
      id, name: p.name, iso3: p.iso3, owner: p.owner, occupier: p.occupier, garrison: p.garrison,
      fortification: p.fortification, consulates: [...p.consulates], monitors: [...p.monitors],
      troops: { ...p.troops }, neighbours: [...p.neighbours],
      ...(p.altName !== undefined ? { altName: p.altName } : {}),
      ...(p.city !== undefined ? { city: p.city } : {}),
    };
  }
  return out;
}

/** A validated scenario and the hash of its source JSON. */
interface Validated { scenario: Scenario; hash: string }

function validated(file: unknown, source: string): Validated {
  const parsed = parseScenario(file, source);
  if (!parsed.ok) throw new Error(`invalid scenario:\n${parsed.errors.join('\n')}`);
  return { scenario: parsed.scenario, hash: hashJson(file) };
}

/**
 * Built-in scenarios validated once per process: the schema parse and the source hash cost more than
 * building the state, and Monte Carlo batches create thousands of games from the same file. The cached
 * scenario is deeply frozen, and createGame copies every part it puts in the state, so no game can
 * change it (or another game through it). Scenario objects passed in are validated every time: the
 * caller may change them between calls.
 */
const BUILT_IN = new Map<string, Validated>();

function builtIn(id: string): Validated {
  let v = BUILT_IN.get(id);
  if (v) return v;
  const file = getScenarioFile(id);
  if (file === undefined) throw new Error(`unknown scenario id "${id}"`);
  v = validated(file, `${id}.json`);
  deepFreeze(v.scenario);
  BUILT_IN.set(id, v);
  return v;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

/**
 * Creates a new game from a scenario object (raw JSON or parsed) or a built-in scenario id.
 * Throws an Error listing the problems if the scenario is invalid (callers validate first).
 */
export function createGame(scenario: unknown, seed: number, options: CreateGameOptions = {}): GameState {
  const { scenario: s, hash } = typeof scenario === 'string' ? builtIn(scenario) : validated(scenario, 'scenario');
  const actors = {} as Record<ActorId, ActorState>;
  const personalities = {} as Record<ActorId, Personality>;
  for (const id of ACTOR_IDS) {
    actors[id] = buildActor(s, id, options.seats);
    const p = s.personalities[id];
    personalities[id] = p ? { riskTolerance: p.riskTolerance, weights: { ...p.weights } } : { ...DEFAULT_PERSONALITY, weights: {} };
  }
  const params: Record<string, number> = { ...DEFAULT_PARAMS, ...s.params };
  // Each actor's per-turn allowance, read back by the end-of-turn refill.
  for (const id of ACTOR_IDS) params[`actionPoints.${id}`] = s.actors[id].actionPoints;
  // Each actor's export strain (armsCatalogue.exportLoad), where the scenario gives one.
  for (const id of ACTOR_IDS) if (s.actors[id].exportStrain > 0) params[`exportStrain.${id}`] = s.actors[id].exportStrain;
  const state: GameState = {
    version: 1,
    scenario: { id: s.id, title: s.title, description: s.description, start: s.start, turns: s.turns, hash },
    turn: 1,
    rng: createRng(seed),
    actors,
    pairs: buildPairs(s),
    provinces: buildProvinces(s),
    global: structuredCloneJson(s.global),
    schedule: s.schedule.map((e) => structuredCloneJson(e)),
    personalities,
    params,
    history: [],
    commitments: [],
    proposals: [],
    ending: null,
    eventSeq: 0,
  };
  // The start tension follows the same formula as every later turn, so the chart has no jump.
  state.global.tension = computeTension(state).value;
  state.history.push(turnRecord(state, 0));
  return state;
}

function structuredCloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

