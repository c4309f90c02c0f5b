/**
 * The whole game state: plain, serialisable JSON (no classes, Map or Set), so saves are JSON and
 * replays are exact. Only the engine writes it, through Immer, inside `resolveTurn`.
 */
import type { ActorId, ArmsItem, Branch, PairKey, ProvinceId, SupplierId } from '../../shared/ids.js';
import type { ActionType, CorridorMode, OrderParams, Reason, RhetoricLine } from '../../shared/actions.js';

export type Readiness = 'peace' | 'alert' | 'mobilised';
export type Controller = 'human' | 'agent';

export interface ArmsOrder {
  id: string;
  supplier: SupplierId;
  item: ArmsItem;
  /** Capability points the delivery adds to its branch. */
  amount: number;
  costBn: number;
  orderedTurn: number;
  arrivalTurn: number;
  /** Transit route, e.g. 'direct', 'via IRN' (India's deliveries to Armenia), 'via GEO'. */
  route: string;
  /** Set when a transit state blocks it; delivery waits while blocked. */
  blocked?: boolean;
  /** Months the supplier has let it slip past its arrival turn (its war load, armsCatalogue.exportLoad). */
  slipped?: number;
}

export interface ActorState {
  id: ActorId;
  controller: Controller;
  gdpBn: number;
  /** Yearly military spending, US$ bn. */
  milexBn: number;
  /** Money available for actions (US$ bn); refilled monthly from the budget. */
  treasuryBn: number;
  actionPoints: number;
  capability: Record<Branch, number>;
  readiness: Readiness;
  /** 0..100; below 20 a state is near collapse. */
  stability: number;
  rhetoric: RhetoricLine;
  /** 0..100, domestic nationalist pressure. */
  nationalism: number;
  /** 0..100, how far others believe its threats and promises. */
  credibility: number;
  /** 0..100, international standing. */
  standing: number;
  /** 0..100: Israel's Gaza load, Russia's Ukraine load; others usually low. */
  distraction: number;
  armsOnOrder: ArmsOrder[];
  /** Share of this actor's arms imports by supplier (0..1, sums to <= 1). */
  armsShare: Partial<Record<SupplierId, number>>;
  /** Human cost suffered by this actor's people, cumulative. */
  casualties: number;
  displaced: number;
  /** Alliance memberships and alignments: 'CSTO', 'CSTO-frozen', 'ICC', 'West', 'NATO'. */
  memberships: string[];
  /** Oil export level to Israel (AZE only is meaningful): 0 cut, 1 normal, 2 raised. */
  oilToIsrael: number;
}

export interface Treaties {
  embassy: boolean;
  /** Consulates of either side (e.g. Iran's in Kapan). */
  consulate: boolean;
  defencePact: 'none' | 'vague' | 'explicit';
  armsSupply: boolean;
  peace: boolean;
  normalisation: boolean;
  corridorDeal: boolean;
  /** Trade halted between the two (by either side; `sanctionsBy` says who). */
  sanctions: boolean;
  /**
   * Who halted trade, when set by an order: only a state that imposed a halt can lift it (Baku had
   * "lifted its trade measures" against Tehran, switching off the halt Tehran had ordered). Absent
   * for a halt the scenario starts with, which either side may lift. Replaced, never changed in place.
   */
  sanctionsBy?: ActorId[];
}

export interface PairState {
  /** -100..100. */
  relation: number;
  /** 0..100. */
  trust: number;
  /** Escalation rung 0..10 (GAME.md's ladder). */
  rung: number;
  treaties: Treaties;
  /** Turn of the last incident that raised the rung (drift waits for quiet). */
  lastIncidentTurn: number;
  /** True while the two are fighting (rung >= 7 with forces engaged). */
  atWar: boolean;
  /**
   * How routine joint drills of the two have become: +1 for each drill they hold together, halving each
   * month (systems/drift.ts). A repeated joint drill builds less trust between them (`routineNovelty`).
   */
  drills: number;
  /**
   * How routine summits of the two have become: +1 for each summit, eased each month (systems/drift.ts).
   * The tenth meeting in a year builds less than the first (`talksNovelty`).
   */
  talks: number;
  /** Turn of their last summit (-1: none yet): talks both sides sought in the same month are one meeting. */
  talksTurn: number;
  /**
   * Turn each member last expelled the other's diplomats (absent: never in this game). Those sent home do
   * not come back within a year (EXPEL_GAP in diplomacy.ts): Ankara had expelled Israel's diplomats about
   * three times a game. Replaced, never changed in place.
   */
  expelledBy?: Partial<Record<ActorId, number>>;
}

export interface ProvinceState {
  id: ProvinceId;
  name: string;
  /** Alternative name(s) shown both ways, e.g. 'Zangezur' for Syunik, 'Artsakh' for the Karabakh districts. */
  altName?: string;
  /** The city where foreign consulates sit (Kapan in Syunik, Tabriz in East Azerbaijan); a province without one hosts none. */
  city?: string;
  /** Country the province belongs to de jure (ISO3 of the map). */
  iso3: string;
  owner: ActorId;
  occupier: ActorId | null;
  /** Garrison strength (capability points). */
  garrison: number;
  /** 0..100. */
  fortification: number;
  consulates: ActorId[];
  monitors: string[];
  /** Foreign troops by actor (capability points). */
  troops: Partial<Record<ActorId, number>>;
  /** Adjacent provinces among the key provinces (for proximity and offensives). */
  neighbours: ProvinceId[];
}

export type ZangezurStatus =
  | 'closed'
  | 'demanded'
  | 'negotiating'
  | 'agreed'
  | 'rejected'
  | 'seized';

export type ArasStatus = 'none' | 'proposed' | 'agreed' | 'building' | 'open' | 'suspended';

export interface GlobalState {
  zangezur: {
    status: ZangezurStatus;
    mode: CorridorMode | null;
    /** Bueno de Mesquita issue scale: 0 Armenian-controlled transit .. 100 extraterritorial. */
    sovereignty: number;
    /** Who last demanded or proposed. */
    proposer: ActorId | null;
  };
  aras: {
    status: ArasStatus;
    /** Turns of building done; open when it reaches `buildTurnsNeeded`. */
    progress: number;
    buildTurnsNeeded: number;
  };
  /** BTC pipeline flow, 0..1 of capacity. */
  btcFlow: number;
  /** 0..10. */
  gazaIntensity: number;
  /** 0..10. */
  israelIranLevel: number;
  /** 0..100, Russia's load from the war in Ukraine. */
  russiaUkraineLoad: number;
  /** 0..100, the regional tension index (derived each turn from rungs and incidents). */
  tension: number;
  /** Russian peacekeepers in the former Karabakh districts still present. */
  peacekeepers: boolean;
}

export interface RngState {
  seed: number;
  /** Internal generator state (uint32). */
  s: number;
}

/** One applied effect, for the debrief and the news feed. */
export interface Effect {
  /** What changed, as a readable path: 'AZE-IRN.relation', 'ARM.stability', 'zangezur.status'. */
  path: string;
  from: number | string | boolean | null;
  to: number | string | boolean | null;
}

export interface Factor {
  label: string;
  /** Signed contribution (to a probability in points, or to a utility). */
  weight: number;
}

export type EventKind = 'order' | 'reaction' | 'world' | 'scripted' | 'random' | 'ending' | 'facilitator' | 'delivery';

/** Every state change is recorded as a GameEvent. The news feed, the debrief and the agents read these. */
export interface GameEvent {
  /** Unique within a game: `t<turn>-<n>`. */
  id: string;
  turn: number;
  kind: EventKind;
  /** Action id for orders; `event.<id>` for world events; `system.<name>` for end-of-turn systems. */
  type: ActionType | string;
  actor: ActorId | null;
  target?: ActorId | null;
  province?: ProvinceId | null;
  params?: OrderParams;
  outcome: 'ok' | 'success' | 'failure' | 'info';
  /** Probability of success where an outcome was drawn (0..1). */
  probability?: number;
  /** The factors behind the probability or the reaction. */
  factors?: Factor[];
  effects: Effect[];
  /** One neutral sentence for the news feed. */
  text: string;
  /** The agent's reasons, carried from its order. */
  reasons?: Reason[];
  trigger?: string;
  posture?: string;
  /** Human cost of this event. */
  casualties?: number;
  displaced?: number;
  /** Section of the source article behind the rule, e.g. '§Iran-Armenia'. */
  claim?: string;
  /** Set when a facilitator forced the outcome. */
  overridden?: { note: string };
  /** Who saw it: 'public' or a list of actors (covert acts not exposed). */
  visibility: 'public' | ActorId[];
}

/** An order that was refused, with the reason. Refusals never change the state. */
export interface Rejection {
  order: { actor: ActorId; type: string; params: unknown };
  reason: string;
}

export type EndingKind = 'regionalWar' | 'settlement' | 'regionalPowerWar' | 'armeniaCollapse' | 'turnLimit';

export interface Ending {
  kind: EndingKind;
  turn: number;
  text: string;
  actors?: ActorId[];
}

/** A scheduled scripted event from the scenario (timeline.json ids). */
export interface ScheduledEvent {
  turn: number;
  event: string;
  params?: Record<string, unknown>;
  note?: string;
}

export interface Personality {
  /** 0..1: appetite for risky moves. */
  riskTolerance: number;
  /** Objective weights used by the agent's utility. Keys are objective ids. */
  weights: Record<string, number>;
}

export interface ScenarioMeta {
  id: string;
  title: string;
  description: string;
  /** Calendar month of turn 1, 'YYYY-MM'. */
  start: string;
  turns: number;
  /** Stable hash of the scenario file, for saves. */
  hash: string;
}

export interface GameState {
  /** Save format of the state. */
  version: 1;
  scenario: ScenarioMeta;
  /** Current turn, 1-based; the turn about to be played. */
  turn: number;
  rng: RngState;
  actors: Record<ActorId, ActorState>;
  pairs: Record<PairKey, PairState>;
  provinces: Record<ProvinceId, ProvinceState>;
  global: GlobalState;
  schedule: ScheduledEvent[];
  personalities: Record<ActorId, Personality>;
  /** Tunable rule constants from the scenario (grade-C values live here). */
  params: Record<string, number>;
  /** Per-turn indicator history for charts: appended by the end-of-turn systems. */
  history: TurnRecord[];
  /** Promises made between actors (commitments ledger). */
  commitments: Commitment[];
  /** Pending treaty proposals awaiting an answer next turn. */
  proposals: Proposal[];
  ending: Ending | null;
  /** Counter for event ids. */
  eventSeq: number;
}

export interface TurnRecord {
  turn: number;
  tension: number;
  relations: Record<PairKey, number>;
  rungs: Record<PairKey, number>;
  stability: Record<ActorId, number>;
  casualties: number;
  displaced: number;
}

export interface Commitment {
  id: string;
  from: ActorId;
  to: ActorId;
  /** 'armsDelivery', 'transit', 'securityPledge', 'peace', ... */
  kind: string;
  text: string;
  madeTurn: number;
  dueTurn: number | null;
  status: 'open' | 'kept' | 'broken';
  /** 0..100. */
  credibility: number;
}

export interface Proposal {
  id: string;
  from: ActorId;
  to: ActorId;
  kind: string;
  params: OrderParams;
  turn: number;
  status: 'pending' | 'accepted' | 'refused' | 'countered';
  reason?: string;
  counter?: OrderParams;
}

export type { ActionType };
