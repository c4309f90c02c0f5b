/**
 * Builds an agent's picture of the world: Walt's threat row, the alarm the posture machine reads,
 * Snyder's fears towards partners, the Fearon bargain over Syunik and the Richardson arms drive.
 */
import { ACTOR_IDS, actorIndex, type ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { militaryStrength, pair } from '../../sim/state/selectors.js';
import { facts, memo } from '../cache.js';
import type { Alignment, Posture } from '../types.js';
import { mainThreat, threatRow, type ThreatParts } from '../models/threat.js';
import { allianceFears, type AllianceFears } from '../models/commitments.js';
import { dealRange, preventiveWindow, warCost, winProbability } from '../models/bargaining.js';
import { armsDrive, richardsonStep } from '../models/armsRace.js';
import { objectiveWeight, weightKeys } from '../models/objectives.js';
import { riskAversion } from '../models/utility.js';
import type { DifficultySettings } from '../difficulty.js';
import type { AgentMemory } from './memory.js';
import { securityRows, weightedGoals } from './goals.js';
import type { CorridorBargain, FearRow, Situation } from './situation.js';
import { alarmLevel, bestPartner, type Assessment } from './posture.js';

const SYUNIK = 'AM.SU';

const ROWS = new WeakMap<AgentMemory, { state: GameState; row: Record<ActorId, ThreatParts> }>();

/** The agent's threat row for `state`, memoised per memory (observe, assess, decide and view share it). */
export function threatFor(state: GameState, memory: AgentMemory): Record<ActorId, ThreatParts> {
  const hit = ROWS.get(memory);
  if (hit && hit.state === state) return hit.row;
  const row = threatRow(state, memory.actor, memory.intent);
  ROWS.set(memory, { state, row });
  return row;
}

/** The scalars the machine's guards read. */
export function assess(state: GameState, memory: AgentMemory): Assessment {
  const me = memory.actor;
  const threat = threatFor(state, memory);
  const main = mainThreat(threat);
  const { partner, score } = bestPartner(state, me, main, memory.kappa);
  const atWar = ACTOR_IDS.some((j) => j !== me && pair(state, me, j).atWar);
  const f = facts(state);
  const powerRatio = main ? f.power[main] / Math.max(1e-9, f.power[me]) : 0;
  return { alarm: alarmLevel(state, me, threat), atWar, partnerScore: score, powerRatio: Math.round(powerRatio * 1e6) / 1e6, main, partner };
}

const STAKE: Record<string, number> = { closed: 0.1, demanded: 0.8, negotiating: 0.6, agreed: 0.4, rejected: 0.3, seized: 1 };

/** 0..1: how live an extraterritorial corridor through Syunik is. */
export function corridorStake(state: GameState): number {
  const z = state.global.zangezur;
  // Syunik held by Baku's forces is the corridor taken by force, whatever the talks say.
  const syunik = state.provinces[SYUNIK];
  if (syunik && syunik.occupier === 'AZE') return 1;
  const base = STAKE[z.status] ?? 0.2;
  return Math.min(1, base * (z.mode === 'transit' ? 0.4 : 1) + 0.2 * (z.sovereignty / 100));
}

/** How far Armenia has turned west, 0..1. */
export function westLevel(state: GameState): number {
  const m = state.actors.ARM.memberships;
  let w = 0;
  if (!m.includes('CSTO')) w += 0.3;
  if (m.includes('CSTO-frozen')) w += 0.3;
  if (m.includes('ICC')) w += 0.2;
  if (m.includes('West')) w += 0.4;
  return Math.min(1, w);
}

function arriving(state: GameState, actor: ActorId, horizon: number): number {
  let n = 0;
  for (const o of state.actors[actor].armsOnOrder) if (!o.blocked && o.arrivalTurn <= state.turn + horizon) n += o.amount;
  return n;
}

/** Fearon's bargain over Syunik: Baku (with Ankara's backing) against Yerevan (with Tehran's deterrence). */
export function corridorBargain(state: GameState, foresight: number): CorridorBargain {
  return memo(state, `bargain:${foresight}`, () => computeBargain(state, foresight));
}

function computeBargain(state: GameState, foresight: number): CorridorBargain {
  const syunik = state.provinces[SYUNIK];
  const foreign = syunik ? Object.entries(syunik.troops).reduce((s, [, v]) => s + (v ?? 0), 0) + syunik.garrison : 0;
  const turkey = pair(state, 'AZE', 'TUR').treaties.defencePact !== 'none' ? 0.15 * militaryStrength(state, 'TUR') : 0;
  const iran = 0.25 * militaryStrength(state, 'IRN') * Math.max(0, pair(state, 'ARM', 'IRN').relation / 100);
  const att = militaryStrength(state, 'AZE') + turkey;
  const def = militaryStrength(state, 'ARM') + foreign + iran;
  const p = winProbability(att, def);
  const pLater = foresight > 0 ? winProbability(att + arriving(state, 'AZE', foresight), def + arriving(state, 'ARM', foresight)) : p;
  const costAze = warCost(att, def, state.actors.AZE.stability, state.actors.AZE.distraction) + 0.1 * Math.max(0, -pair(state, 'AZE', 'IRN').relation / 100);
  const costArm = warCost(def, att, state.actors.ARM.stability, state.actors.ARM.distraction);
  const lumpiness = state.global.zangezur.mode === 'extraterritorial' ? 0.7 : 0.2;
  return { p, pLater, range: dealRange(p, costAze, costArm, lumpiness), window: preventiveWindow(p, pLater, costAze, costArm), costAze, costArm };
}

/** For each j, how many actors other than `me` (and j) hold a defence pact with j. */
function pactAllies(state: GameState, me: ActorId): Record<ActorId, number> {
  const row = {} as Record<ActorId, number>;
  for (const j of ACTOR_IDS) {
    let n = 0;
    for (const k of ACTOR_IDS) if (k !== j && k !== me && pair(state, j, k).treaties.defencePact !== 'none') n++;
    row[j] = n;
  }
  return row;
}

/** Everything the scoring needs, built once per decision. */
export function buildSituation(state: GameState, memory: AgentMemory, posture: Posture, alignment: Alignment, settings: DifficultySettings): Situation {
  const me = memory.actor;
  const threat = threatFor(state, memory);
  let maxT = 1e-9;
  for (const j of ACTOR_IDS) maxT = Math.max(maxT, threat[j].total);
  const threatNorm = {} as Record<ActorId, number>;
  for (const j of ACTOR_IDS) threatNorm[j] = j === me ? 0 : Math.round((threat[j].total / Math.max(0.5, maxT)) * 100) / 100;
  const fears: Partial<Record<ActorId, AllianceFears>> = {};
  const fearRows: FearRow[] = [];
  for (const k of ACTOR_IDS) {
    if (k === me || pair(state, me, k).relation <= 30) continue;
    const overlap = Math.max(0, pair(state, me, k).relation / 100);
    const f = allianceFears(state, me, k, Math.max(0, memory.kappa[k]), overlap);
    fears[k] = f;
    fearRows.push({ id: k, index: actorIndex(k), balance: f.abandonment - f.entrapment });
  }
  const personality = state.personalities[me];
  const weights: Record<string, number> = {};
  for (const key of weightKeys(me)) weights[key] = objectiveWeight(me, key, personality);
  const stock = facts(state).strength[me];
  const rivals = ACTOR_IDS.filter((j) => j !== me).map((j) => ({ theta: threat[j].total / 5, stock: facts(state).strength[j] }));
  const desired = richardsonStep(stock, rivals);
  return {
    me, state, memory, settings, threat, threatNorm,
    securityRows: securityRows(me, threat, threatNorm),
    main: mainThreat(threat),
    alarm: alarmLevel(state, me, threat),
    posture, alignment,
    corridorStake: corridorStake(state),
    westLevel: westLevel(state),
    fears,
    fearRows,
    pactAllies: pactAllies(state, me),
    bargain: corridorBargain(state, settings.foresight),
    armsDrive: armsDrive(stock, desired, state.actors[me].treasuryBn, 0.1),
    weights,
    goals: weightedGoals(weights, posture),
    rho: riskAversion(personality?.riskTolerance ?? 0.4),
    explain: true,
  };
}
