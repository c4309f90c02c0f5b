/**
 * Monthly probability of each random world event: a base hazard (a scenario param, grade C) times
 * context multipliers (MODELS.md, "Event hazards"). Returns the factors so the log can show why.
 */
import type { GameState, Factor } from '../state/types.js';
import { clamp, round2 } from '../effects.js';
import { param, type ParamKey } from '../scenario/params.js';
import type { WorldEventId } from './catalogue.js';

export interface Hazard {
  p: number;
  factors: Factor[];
}

type Multipliers = [label: string, value: number][];

const BASE_KEY: Partial<Record<WorldEventId, ParamKey>> = {
  israelIranStrikes: 'hazardIsraelIranStrikes',
  gazaEscalation: 'hazardGazaEscalation',
  ukraineSurge: 'hazardUkraineSurge',
  borderClash: 'hazardBorderClash',
  embassyAttack: 'hazardEmbassyAttack',
  tehranLeadershipShock: 'hazardTehranLeadershipShock',
  iranAzeriUnrest: 'hazardIranAzeriUnrest',
  iranAzerbaijanThaw: 'hazardIranAzerbaijanThaw',
};

function context(s: GameState, id: WorldEventId): Multipliers {
  const g = s.global;
  const rung = (k: string) => s.pairs[k].rung;
  switch (id) {
    case 'israelIranStrikes':
      return [
        ['Gaza war intensity', 1 + g.gazaIntensity / 5],
        ['Israel-Iran rung', rung('IRN-ISR') >= 4 ? 1 + (rung('IRN-ISR') - 4) * 0.25 : 0.3],
        ['Israel-Iran confrontation level', 1 + g.israelIranLevel / 10],
      ];
    case 'gazaEscalation':
      return [['Gaza war under way', g.gazaIntensity > 0 ? 1 + g.gazaIntensity / 10 : 0.2]];
    case 'ukraineSurge':
      return [["Russia's Ukraine load", g.russiaUkraineLoad / 50]];
    case 'borderClash': {
      const r = rung('ARM-AZE');
      const p = s.pairs['ARM-AZE'].treaties;
      return [
        ['Armenia-Azerbaijan rung', r >= 4 ? 1 + (r - 4) * 0.5 : 0.1],
        ["Baku's revanchist line", s.actors.AZE.rhetoric === 'revanchist' ? 1.3 : 1],
        ['peace treaty in force', p.peace ? 0.2 : 1],
        ['corridor demand pending', g.zangezur.status === 'demanded' || g.zangezur.status === 'rejected' ? 1.2 : 1],
      ];
    }
    case 'embassyAttack': {
      const r = rung('AZE-IRN');
      return [['Azerbaijan-Iran rung', r >= 3 ? 1 + (r - 3) * 0.3 : 0.2]];
    }
    case 'tehranLeadershipShock': {
      // One shock at a time, and none drawn before the scenario's own (the May 2024 crash): a random shock
      // in turn 4 and the scripted one in turn 8 had made two changes at the top in five months.
      const scriptedAhead = s.schedule.some((e) => e.event === 'tehranLeadershipShock' && e.turn >= s.turn);
      const underWay = (s.params.tehranShockUntil ?? 0) >= s.turn;
      return [['Iranian stability', 1 + Math.max(0, 50 - s.actors.IRN.stability) / 50], ...(scriptedAhead || underWay ? [[scriptedAhead ? 'the scenario\'s own shock still to come' : 'a shock already under way', 0] as [string, number]] : [])];
    }
    case 'iranAzeriUnrest': {
      const line = s.actors.AZE.rhetoric;
      return [
        ["Baku's pan-Turkic rhetoric", line === 'revanchist' ? 2 : line === 'neutral' ? 1 : 0.5],
        ['Iranian stability', 1 + (100 - s.actors.IRN.stability) / 100],
      ];
    }
    case 'iranAzerbaijanThaw': {
      const aras = g.aras.status;
      return [
        ['Aras route agreed', aras === 'agreed' || aras === 'building' || aras === 'open' ? 2 : 0.5],
        ['Azerbaijan-Iran rung', rung('AZE-IRN') >= 5 ? 0.2 : 1],
        ['Israel-Iran strikes', g.israelIranLevel >= 7 ? 0.5 : 1],
      ];
    }
    default:
      return [];
  }
}

/** The probability from the base hazard and the context's multipliers (capped, to whole points). */
function chance(state: GameState, base: number, mults: Multipliers): number {
  return round2(clamp(mults.reduce((acc, [, m]) => acc * m, base), 0, param(state, 'hazardCap')) * 100) / 100;
}

/**
 * hazard(state, id).p alone: the events system draws every random event each turn but needs the
 * factors (labels and weights for the log) only of those that happen.
 */
export function hazardChance(state: GameState, id: WorldEventId): number {
  const key = BASE_KEY[id];
  return key ? chance(state, param(state, key), context(state, id)) : 0;
}

/** The probability of a random event this turn, with its factors (in probability points). 0 for scripted-only events. */
export function hazard(state: GameState, id: WorldEventId): Hazard {
  const key = BASE_KEY[id];
  if (!key) return { p: 0, factors: [] };
  const base = param(state, key);
  const mults = context(state, id);
  const p = chance(state, base, mults);
  const factors: Factor[] = [{ label: 'base monthly hazard', weight: round2(base * 100) }];
  // Each factor's weight is the change in probability points it causes on its own.
  for (const [label, m] of mults) factors.push({ label: `${label} (x${round2(m)})`, weight: round2(base * (m - 1) * 100) });
  return { p, factors };
}
