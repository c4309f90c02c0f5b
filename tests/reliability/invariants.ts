/**
 * The state invariants every reachable game state must keep, whatever the orders. `violations` lists
 * each broken one as `path: problem` so a failing property names exactly what went wrong.
 */
import { ACTOR_IDS, PAIR_KEYS, SUPPLIER_IDS, isActorId } from '../../src/shared/ids.js';
import { CORRIDOR_MODES, RHETORIC_LINES } from '../../src/shared/actions.js';
import type { GameState } from '../../src/sim/state/types.js';
import { hashJson } from '../../src/sim/canonical.js';

const ZANGEZUR = ['closed', 'demanded', 'negotiating', 'agreed', 'rejected', 'seized'];
const ARAS = ['none', 'proposed', 'agreed', 'building', 'open', 'suspended'];
const READINESS = ['peace', 'alert', 'mobilised'];
const PROPOSAL_STATUS = ['pending', 'accepted', 'refused', 'countered'];
const COMMITMENT_STATUS = ['open', 'kept', 'broken'];

/** Every non-finite number (NaN, Infinity) anywhere in a value, by path. */
export function nonFinitePaths(value: unknown, path = 'state', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}: ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nonFinitePaths(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nonFinitePaths(v, `${path}.${k}`, out);
  } else if (value === undefined || value === null) {
    // undefined is dropped by JSON: harmless, but nothing else (functions, symbols, bigint) may appear.
  } else if (!['string', 'boolean'].includes(typeof value)) {
    out.push(`${path}: a ${typeof value} is not JSON`);
  }
  return out;
}

/** Lists every broken invariant of a state (empty when all hold). */
export function violations(s: GameState): string[] {
  const out: string[] = [];
  const range = (path: string, v: unknown, lo: number, hi: number, int = false): void => {
    if (typeof v !== 'number' || !Number.isFinite(v)) out.push(`${path}: expected a number, got ${String(v)}`);
    else if (v < lo || v > hi) out.push(`${path}: ${v} outside ${lo}..${hi}`);
    else if (int && !Number.isInteger(v)) out.push(`${path}: ${v} is not an integer`);
  };
  const oneOf = (path: string, v: unknown, allowed: readonly unknown[]): void => {
    if (!allowed.includes(v)) out.push(`${path}: ${JSON.stringify(v)} not one of ${allowed.join(', ')}`);
  };
  const BIG = 1e7;

  out.push(...nonFinitePaths(s));
  for (const id of ACTOR_IDS) {
    const a = s.actors[id];
    if (!a) { out.push(`actors.${id}: missing`); continue; }
    const p = `actors.${id}`;
    for (const k of ['stability', 'nationalism', 'credibility', 'standing', 'distraction'] as const) range(`${p}.${k}`, a[k], 0, 100);
    range(`${p}.treasuryBn`, a.treasuryBn, 0, BIG);
    range(`${p}.gdpBn`, a.gdpBn, 0, BIG);
    range(`${p}.milexBn`, a.milexBn, 0, BIG);
    range(`${p}.actionPoints`, a.actionPoints, 0, 100, true);
    range(`${p}.casualties`, a.casualties, 0, 1e9);
    range(`${p}.displaced`, a.displaced, 0, 1e9);
    range(`${p}.oilToIsrael`, a.oilToIsrael, 0, 2);
    for (const [b, v] of Object.entries(a.capability)) range(`${p}.capability.${b}`, v, 0, BIG);
    let share = 0;
    for (const [sup, v] of Object.entries(a.armsShare)) {
      oneOf(`${p}.armsShare key`, sup, SUPPLIER_IDS);
      range(`${p}.armsShare.${sup}`, v, 0, 1);
      share += v ?? 0;
    }
    if (share > 1 + 1e-6) out.push(`${p}.armsShare: sums to ${share} > 1`);
    oneOf(`${p}.readiness`, a.readiness, READINESS);
    oneOf(`${p}.rhetoric`, a.rhetoric, RHETORIC_LINES);
    a.armsOnOrder.forEach((o, i) => {
      range(`${p}.armsOnOrder[${i}].amount`, o.amount, 0, BIG);
      range(`${p}.armsOnOrder[${i}].costBn`, o.costBn, 0, BIG);
    });
  }
  for (const key of PAIR_KEYS) {
    const pr = s.pairs[key];
    if (!pr) { out.push(`pairs.${key}: missing`); continue; }
    range(`pairs.${key}.relation`, pr.relation, -100, 100);
    range(`pairs.${key}.trust`, pr.trust, 0, 100);
    range(`pairs.${key}.rung`, pr.rung, 0, 10, true);
    if (typeof pr.atWar !== 'boolean') out.push(`pairs.${key}.atWar: not a boolean`);
  }
  for (const [id, pv] of Object.entries(s.provinces)) {
    const p = `provinces.${id}`;
    if (!isActorId(pv.owner)) out.push(`${p}.owner: ${JSON.stringify(pv.owner)} is not an actor`);
    if (pv.occupier !== null && !isActorId(pv.occupier)) out.push(`${p}.occupier: ${JSON.stringify(pv.occupier)} is not an actor`);
    range(`${p}.garrison`, pv.garrison, 0, BIG);
    range(`${p}.fortification`, pv.fortification, 0, 100);
    for (const [t, v] of Object.entries(pv.troops)) {
      if (!isActorId(t)) out.push(`${p}.troops: key ${JSON.stringify(t)} is not an actor`);
      range(`${p}.troops.${t}`, v, 0, BIG);
    }
    for (const n of pv.neighbours) if (!s.provinces[n]) out.push(`${p}.neighbours: ${n} is not a province`);
  }
  const g = s.global;
  oneOf('global.zangezur.status', g.zangezur.status, ZANGEZUR);
  if (g.zangezur.mode !== null) oneOf('global.zangezur.mode', g.zangezur.mode, CORRIDOR_MODES);
  range('global.zangezur.sovereignty', g.zangezur.sovereignty, 0, 100);
  oneOf('global.aras.status', g.aras.status, ARAS);
  range('global.aras.progress', g.aras.progress, 0, 1000);
  range('global.btcFlow', g.btcFlow, 0, 1);
  range('global.gazaIntensity', g.gazaIntensity, 0, 10);
  range('global.israelIranLevel', g.israelIranLevel, 0, 10);
  range('global.russiaUkraineLoad', g.russiaUkraineLoad, 0, 100);
  range('global.tension', g.tension, 0, 100);
  s.commitments.forEach((c, i) => {
    oneOf(`commitments[${i}].status`, c.status, COMMITMENT_STATUS);
    range(`commitments[${i}].credibility`, c.credibility, 0, 100);
  });
  s.proposals.forEach((p, i) => oneOf(`proposals[${i}].status`, p.status, PROPOSAL_STATUS));
  range('rng.s', s.rng.s, 0, 0xffffffff, true);
  // A save stores only the seed and orders, but the UI and the CLI serialise states: JSON must not change them.
  if (hashJson(JSON.parse(JSON.stringify(s))) !== hashJson(s)) out.push('state: changes when round-tripped through JSON');
  return out;
}
