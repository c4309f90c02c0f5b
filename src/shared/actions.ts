/**
 * The action catalogue's ids and parameter vocabularies (GAME.md, "Actions" and "Parameters").
 * These strings are a contract: scripts, saves and tests use them. Add values; never rename.
 */
import type { ActorId } from './ids.js';

export const ACTION_TYPES = [
  'diplomacy.summit',
  'diplomacy.denounce',
  'diplomacy.expel',
  'diplomacy.openMission',
  'diplomacy.proposeTreaty',
  'diplomacy.mediate',
  'diplomacy.realign',
  'arms.buy',
  'arms.sell',
  'corridor.zangezur',
  'corridor.aras',
  'military.drill',
  'military.deploy',
  'military.mobilise',
  'military.standDown',
  'military.strike',
  'military.offensive',
  'economy.oil',
  'economy.sanction',
  'rhetoric.set',
  'covert.influence',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const ACTION_FAMILIES = ['diplomacy', 'arms', 'corridor', 'military', 'economy', 'rhetoric', 'covert'] as const;
export type ActionFamily = (typeof ACTION_FAMILIES)[number];

export function familyOf(type: ActionType): ActionFamily {
  return type.split('.')[0] as ActionFamily;
}

export function isActionType(v: unknown): v is ActionType {
  return typeof v === 'string' && (ACTION_TYPES as readonly string[]).includes(v);
}

export const ZANGEZUR_STEPS = ['demand', 'negotiate', 'accept', 'reject', 'seize'] as const;
export const CORRIDOR_MODES = ['transit', 'extraterritorial'] as const;
export const ARAS_STEPS = ['propose', 'accept', 'build', 'suspend'] as const;
export const REALIGN_MOVES = ['freezeCSTO', 'leaveCSTO', 'joinICC', 'turnWest'] as const;
export const TREATY_KINDS = ['peace', 'defencePact', 'normalisation', 'corridorDeal', 'armsSupply'] as const;
export const RHETORIC_LINES = ['revanchist', 'neutral', 'conciliatory'] as const;
export const OIL_LEVELS = ['keep', 'raise', 'cut'] as const;
export const MISSION_KINDS = ['embassy', 'consulate'] as const;
export const PACT_EXPLICITNESS = ['vague', 'explicit'] as const;

/**
 * How a line of `actor` reads. "Revanchist" is the article's word for Baku's rhetoric of claims on
 * Armenian land ("Western Azerbaijan", §Postwar), and the article uses it for Baku alone; every other
 * capital's 'revanchist' line reads as a hard line. (Yerevan's read "revanchist" until 2026-11-29: a word
 * the article never applies to it, shown in about half of the games, mostly by the agents' noise draws.)
 */
export function lineWords(actor: string, line: string): string {
  return line === 'revanchist' && actor !== 'AZE' ? 'hard' : line;
}

export type ZangezurStep = (typeof ZANGEZUR_STEPS)[number];
export type CorridorMode = (typeof CORRIDOR_MODES)[number];
export type ArasStep = (typeof ARAS_STEPS)[number];
export type RealignMove = (typeof REALIGN_MOVES)[number];
export type TreatyKind = (typeof TREATY_KINDS)[number];

/** Names of proposal kinds for the news feed and the ledger. */
export const KIND_NAMES: Record<string, string> = {
  peace: 'a peace treaty', defencePact: 'a defence pact', normalisation: 'normalisation of relations',
  corridorDeal: 'a corridor deal', armsOffer: 'arms', arasCorridor: 'the Aras route', armsSupply: 'an arms-supply agreement',
};
export type RhetoricLine = (typeof RHETORIC_LINES)[number];
export type OilLevel = (typeof OIL_LEVELS)[number];
export type MissionKind = (typeof MISSION_KINDS)[number];

/** Parameters of an order. Which keys an action needs is checked by the sim's catalogue. */
export interface OrderParams {
  target?: ActorId;
  province?: string;
  supplier?: string;
  item?: string;
  step?: string;
  mode?: string;
  move?: string;
  kind?: string;
  terms?: Record<string, unknown>;
  line?: string;
  level?: string;
  with?: ActorId;
  /** diplomacy.mediate: the second party (target is the first). */
  between?: ActorId;
  /** diplomacy.openMission: embassy or consulate. */
  mission?: string;
  /** diplomacy.proposeTreaty defencePact: vague or explicit. */
  explicitness?: string;
  [key: string]: unknown;
}

/** A reason an agent (or a scripted player) gives for an order: a factor and its weight in the decision. */
export interface Reason {
  /** Plain words, e.g. "Baku demanded an extraterritorial corridor through Syunik". */
  text: string;
  /** Signed contribution to the utility that chose the order. */
  weight: number;
}

/** An order as submitted by a human, a script or an agent. `actor` comes from the seat. */
export interface Order {
  actor: ActorId;
  type: ActionType;
  params: OrderParams;
  /** Agents attach their reasons; humans leave this empty. */
  reasons?: Reason[];
  /** The event (id or description) that triggered an agent's choice. */
  trigger?: string;
  /** The agent's posture when it chose (for the "Why?" card). */
  posture?: string;
}
