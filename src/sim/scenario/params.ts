/**
 * Default rule constants. A scenario's `params` override these; the result is `GameState.params`.
 * Grade-C values (approximate, from memory or a single report) live here so a facilitator or a
 * Monte Carlo batch can tune them. Sources are documented in docs/rules.md and in each level's `_notes`.
 */
export const DEFAULT_PARAMS = {
  // Economy (per month unless stated).
  /** Share of yearly GDP that reaches the treasury each year as discretionary budget. */
  budgetGdpShare: 0.01,
  /** Share of yearly military spending that reaches the treasury each year: new arms and operations, not pay and upkeep (grade C; 1 until 2026-11-29). */
  budgetMilexShare: 0.35,
  /**
   * Baku's monthly spending on rebuilding the districts it retook (its "Great Return" programme), US$ bn,
   * taken from the treasury before anything else is bought (grade C: about AZN 3bn, ~$1.8bn, a year in
   * the 2023-24 state budgets). 0 leaves it out.
   */
  reconstructionCostBn: 0.15,
  /** AZE oil revenue at full BTC flow, US$ bn per month (grade C). */
  oilRevenueBn: 0.15,
  /** Extra AZE revenue per oil-to-Israel level (1 = normal), US$ bn per month (Globes: ~$1.38bn in 11 months of 2023). */
  oilToIsraelRevenueBn: 0.12,
  /** Iran's revenue from the Aras route when open, US$ bn per month (grade C). */
  arasTransitRevenueBn: 0.03,
  /** Turkey's BTC transit fee at full flow, US$ bn per month (~$0.8/bbl x 1.2 mb/d; grade B claim). */
  btcTransitRevenueBn: 0.03,
  /** Monthly cost of sanctions to the target, as a share of monthly GDP. */
  sanctionsCostShare: 0.002,
  /** Monthly cost of full mobilisation, as a share of yearly military spending. */
  mobilisationCostShare: 0.02,
  /** Stability lost per month of full mobilisation (scaled down by an existing war load, e.g. Gaza). */
  mobilisationStabilityCost: 0.5,
  /** Share of the gap to the starting stability closed each month. */
  stabilityDriftRate: 0.05,
  /** Rolling stock (capability points) over which arms-import shares are averaged on delivery. */
  armsShareStock: 40,
  /** GDP lost per month at war, as a share of GDP. */
  warGdpLoss: 0.005,
  // Escalation drift.
  /** Quiet turns (no incident) before a rung drifts down one step. */
  quietTurnsForDrift: 3,
  /** Share of the gap to the baseline relation closed each turn. */
  relationDriftRate: 0.03,
  /**
   * |relation| beyond which changes pushing it further from zero are damped, linearly to nothing at
   * ±100 (effects.ts `saturation`); 100 turns the damping off.
   */
  relationSaturationFrom: 50,
  /** Share of a pair's drill count (how routine drills between them are) kept each month. */
  drillRoutineDecay: 0.7,
  /** How fast repeated drills lose their effect: novelty = 1 / (1 + weight x recent drills). */
  drillRoutineWeight: 2,
  /** Share of a pair's summit count (how routine their talks are) kept each month. */
  talksRoutineDecay: 0.6,
  /** How fast repeated summits lose their effect: novelty = 1 / (1 + weight x recent summits). */
  talksRoutineWeight: 1.5,
  /** Monthly easing of the Israel-Iran confrontation level without new strikes (floor 3: the shadow war). */
  israelIranDecay: 0.25,
  /** Monthly easing of Gaza intensity without a new escalation. */
  gazaDecay: 0.15,
  /** Rung below which a war ends. */
  warEndsBelowRung: 7,
  /** 1 to draw random world events each turn, 0 for scripted events only (classes, tests). */
  randomEvents: 1,
  /** Highest monthly probability any random event may reach. */
  hazardCap: 0.5,
  // Events (monthly base hazards; grade C, tune with Monte Carlo).
  hazardIsraelIranStrikes: 0.012,
  hazardGazaEscalation: 0.05,
  hazardUkraineSurge: 0.06,
  hazardBorderClash: 0.05,
  hazardEmbassyAttack: 0.03,
  hazardTehranLeadershipShock: 0.01,
  hazardIranAzeriUnrest: 0.02,
  hazardIranAzerbaijanThaw: 0.03,
  /** Turn until which Tehran's policy is noisier after a leadership shock (0 = none); set by the event. */
  tehranShockUntil: 0,
  /** Casualties of a typical border clash (both sides together; Sept 2022 was several hundred). */
  borderClashCasualties: 60,
  // Commitments.
  /** Credibility lost for a broken commitment. */
  brokenCommitmentCredibility: 8,
  // Endings.
  /** Armenian stability at or below which Armenia collapses. */
  armeniaCollapseStability: 5,
  /** Minimum number of actors fighting for a regional war at rung 10. */
  regionalWarActors: 4,
  // Deliveries.
  /** Rung at or above which a transit state blocks deliveries to a buyer it is hostile to. */
  transitBlockRung: 5,
  /**
   * Export packages a supplier with a war load can have undelivered at once, before the load: the
   * limit is floor(armsExportSlots x (1 - export load)). Suppliers without a war load have no limit.
   */
  armsExportSlots: 6,
  /** Months a delivery may slip before the supplier cancels it (the buyer's money is not returned). */
  armsSlipLimit: 3,
} as const;

export type ParamKey = keyof typeof DEFAULT_PARAMS;

/** Reads a rule constant from the state, falling back to the default. */
export function param(state: { params: Record<string, number> }, key: ParamKey): number {
  const v = state.params[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : DEFAULT_PARAMS[key];
}
