/**
 * The zod schema of a scenario file (levels/*.json). Numbers are bounded (no NaN, no huge values, no
 * negative money), strings are length-limited, unknown actor ids and unknown top-level keys are refused.
 * Messages start with "expected ..." so the loader can add the JSON path and the value it got.
 */
import { z } from 'zod';
import { ACTOR_IDS, BRANCHES, SUPPLIER_IDS, ARMS_ITEMS } from '../../shared/ids.js';
import { RHETORIC_LINES, CORRIDOR_MODES } from '../../shared/actions.js';
import { WORLD_EVENT_IDS } from '../systems/catalogue.js';

/** A bounded finite number whose error reads "expected a number from lo to hi". */
export function num(lo: number, hi: number) {
  const msg = `expected a number from ${lo} to ${hi}`;
  return z.number({ error: msg }).min(lo, { error: msg }).max(hi, { error: msg });
}

/** A bounded integer. */
export function int(lo: number, hi: number) {
  const msg = `expected a whole number from ${lo} to ${hi}`;
  return z.number({ error: msg }).int({ error: msg }).min(lo, { error: msg }).max(hi, { error: msg });
}

/** A string of 1..max characters. */
export function str(max: number, min = 1) {
  const msg = `expected a text of ${min} to ${max} characters`;
  return z.string({ error: msg }).min(min, { error: msg }).max(max, { error: msg });
}

const bool = () => z.boolean({ error: 'expected true or false' });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });

const actorId = oneOf(ACTOR_IDS);
const MONEY_MAX = 100_000;

const capabilitySchema = z.strictObject({
  ground: num(0, 1000),
  airDefence: num(0, 1000),
  drones: num(0, 1000),
  artillery: num(0, 1000),
}, { error: `expected an object with ${BRANCHES.join(', ')}` });

const armsOrderSchema = z.strictObject({
  id: str(40),
  supplier: oneOf(SUPPLIER_IDS),
  item: oneOf(ARMS_ITEMS),
  amount: num(0, 1000),
  costBn: num(0, MONEY_MAX),
  orderedTurn: int(-100, 1000),
  arrivalTurn: int(0, 1000),
  route: str(40).default('direct'),
  blocked: bool().optional(),
  slipped: int(0, 100).optional(),
});

const actorSchema = z.strictObject({
  gdpBn: num(0, MONEY_MAX),
  milexBn: num(0, MONEY_MAX),
  treasuryBn: num(0, MONEY_MAX).default(0),
  actionPoints: int(0, 20).default(3),
  capability: capabilitySchema,
  readiness: oneOf(['peace', 'alert', 'mobilised'] as const).default('peace'),
  stability: num(0, 100).default(60),
  rhetoric: oneOf(RHETORIC_LINES).default('neutral'),
  nationalism: num(0, 100).default(40),
  credibility: num(0, 100).default(50),
  standing: num(0, 100).default(50),
  distraction: num(0, 100).default(0),
  /** 0..1: how much of the state's war load (distraction) falls on its arms exports (armsCatalogue.exportLoad). */
  exportStrain: num(0, 1).default(0),
  armsShare: z.partialRecord(oneOf(SUPPLIER_IDS), num(0, 1)).default({}),
  memberships: z.array(str(20), { error: 'expected a list of texts' }).max(10).default([]),
  oilToIsrael: int(0, 2).default(0),
  armsOnOrder: z.array(armsOrderSchema).max(50).default([]),
  casualties: num(0, 1e9).default(0),
  displaced: num(0, 1e9).default(0),
}, { error: 'expected an object describing the actor' });

const treatiesSchema = z.strictObject({
  embassy: bool(),
  consulate: bool(),
  defencePact: oneOf(['none', 'vague', 'explicit'] as const),
  armsSupply: bool(),
  peace: bool(),
  normalisation: bool(),
  corridorDeal: bool(),
  sanctions: bool(),
}).partial();

const pairSchema = z.strictObject({
  a: actorId,
  b: actorId,
  relation: num(-100, 100).optional(),
  trust: num(0, 100).optional(),
  rung: int(0, 10).optional(),
  treaties: treatiesSchema.optional(),
  atWar: bool().optional(),
  /** Turn of the last incident (may be before turn 1: a recent pre-game incident). */
  lastIncidentTurn: int(-100, 1000).optional(),
});

const PROVINCE_ID = /^[A-Z]{2}\.[A-Z0-9]{2}(\.[0-9])?$/;
const provinceId = z.string({ error: 'expected a map code like AM.SU' }).regex(PROVINCE_ID, { error: 'expected a map code like AM.SU' });

const provinceSchema = z.strictObject({
  name: str(60),
  altName: str(80).optional(),
  /** The city where foreign consulates sit (Kapan, Tabriz); a province without one hosts none. */
  city: str(60).optional(),
  iso3: z.string({ error: 'expected a 3-letter country code' }).regex(/^[A-Z]{3}$/, { error: 'expected a 3-letter country code' }),
  owner: actorId,
  occupier: actorId.nullable().default(null),
  garrison: num(0, 1000).default(0),
  fortification: num(0, 100).default(0),
  consulates: z.array(actorId).max(6).default([]),
  monitors: z.array(str(20)).max(10).default([]),
  troops: z.partialRecord(actorId, num(0, 1000)).default({}),
  neighbours: z.array(provinceId).max(30).default([]),
});

const globalSchema = z.strictObject({
  zangezur: z.strictObject({
    status: oneOf(['closed', 'demanded', 'negotiating', 'agreed', 'rejected', 'seized'] as const).default('closed'),
    mode: oneOf(CORRIDOR_MODES).nullable().default(null),
    sovereignty: num(0, 100).default(50),
    proposer: actorId.nullable().default(null),
  }).prefault({}),
  aras: z.strictObject({
    status: oneOf(['none', 'proposed', 'agreed', 'building', 'open', 'suspended'] as const).default('none'),
    progress: int(0, 100).default(0),
    buildTurnsNeeded: int(1, 100).default(6),
  }).prefault({}),
  btcFlow: num(0, 1).default(1),
  gazaIntensity: num(0, 10).default(0),
  israelIranLevel: num(0, 10).default(0),
  russiaUkraineLoad: num(0, 100).default(0),
  tension: num(0, 100).default(0),
  peacekeepers: bool().default(false),
}).prefault({});

const scalar = z.union([z.string().max(200), z.number().min(-1e6).max(1e6), z.boolean()], {
  error: 'expected a text, a number or true/false',
});

const scheduledSchema = z.strictObject({
  turn: int(1, 1000),
  event: oneOf(WORLD_EVENT_IDS),
  params: z.record(str(40), scalar).optional(),
  note: str(300).optional(),
});

const personalitySchema = z.strictObject({
  riskTolerance: num(0, 1),
  weights: z.record(str(40), num(-10, 10)).default({}),
});

/** The scenario file. `actors` must list all six; everything else has defaults. */
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().max(200).optional(),
    id: z.string({ error: 'expected an id of lowercase letters, digits and dashes' })
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'expected an id of lowercase letters, digits and dashes' }),
    title: str(80),
    description: str(1000),
    start: z.string({ error: 'expected a month as YYYY-MM' }).regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, { error: 'expected a month as YYYY-MM' }),
    turns: int(1, 120),
    actors: z.record(actorId, actorSchema),
    pairs: z.array(pairSchema).max(15).default([]),
    provinces: z.record(provinceId, provinceSchema).default({}),
    global: globalSchema,
    schedule: z.array(scheduledSchema).max(200).default([]),
    personalities: z.partialRecord(actorId, personalitySchema).default({}),
    params: z.record(str(60), num(-1e6, 1e6)).default({}),
    /** Sources and notes, keyed by the field they document (e.g. "params.hazardBorderClash"). */
    _notes: z.record(str(100), str(1000)).optional(),
  }, { error: 'expected a scenario object' })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.pairs.forEach((p, i) => {
      if (p.a === p.b) ctx.addIssue({ code: 'custom', path: ['pairs', i, 'b'], message: `expected an actor other than ${p.a}` });
      const key = p.a < p.b ? `${p.a}-${p.b}` : `${p.b}-${p.a}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['pairs', i], message: `expected each pair once, but ${key} is listed twice` });
      seen.add(key);
    });
    for (const [id, prov] of Object.entries(s.provinces)) {
      prov.neighbours.forEach((n, i) => {
        if (!(n in s.provinces)) ctx.addIssue({ code: 'custom', path: ['provinces', id, 'neighbours', i], message: `expected a province listed in provinces, got "${n}"` });
        if (n === id) ctx.addIssue({ code: 'custom', path: ['provinces', id, 'neighbours', i], message: 'expected a province other than itself' });
      });
    }
    s.schedule.forEach((e, i) => {
      if (e.turn > s.turns) ctx.addIssue({ code: 'custom', path: ['schedule', i, 'turn'], message: `expected a turn from 1 to ${s.turns} (the scenario's length), got ${e.turn}` });
    });
    for (const [id, a] of Object.entries(s.actors)) {
      const total = Object.values(a.armsShare).reduce((x: number, y) => x + (y ?? 0), 0);
      if (total > 1.0001) ctx.addIssue({ code: 'custom', path: ['actors', id, 'armsShare'], message: `expected shares summing to at most 1, got ${total.toFixed(2)}` });
    }
  });

/** A parsed scenario (defaults filled). */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as written in a file (optional fields may be missing). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
