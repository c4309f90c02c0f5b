/**
 * Richardson's arms race, discrete: M_i(t+1) = M_i + k_i·Σ_j θ_ij·M_j − α_i·M_i + g_i, capped by a
 * budget share β_i of GDP. The agent uses the gap between the desired and the current stock to decide
 * how keen it is to buy arms. A pair is stable when k_a·k_b < α_a·α_b.
 */
export interface RichardsonParams {
  /** Reaction coefficient k_i (Armenia's 2023 budget reacted more strongly than Azerbaijan's). */
  reaction: number;
  /** Fatigue α_i. */
  fatigue: number;
  /** Grievance g_i, in stock units per turn. */
  grievance: number;
}

export const DEFAULT_RICHARDSON: RichardsonParams = { reaction: 0.05, fatigue: 0.03, grievance: 0 };

/** Desired military stock next turn. `rivals` are (normalised threat θ_ij, rival stock M_j) pairs. */
export function richardsonStep(stock: number, rivals: readonly { theta: number; stock: number }[], p: RichardsonParams = DEFAULT_RICHARDSON): number {
  let pull = 0;
  for (const r of rivals) pull += r.theta * r.stock;
  return Math.max(0, stock + p.reaction * pull - p.fatigue * stock + p.grievance);
}

/** A Richardson pair settles (no runaway race) when k_a·k_b < α_a·α_b. */
export function stablePair(a: RichardsonParams, b: RichardsonParams): boolean {
  return a.reaction * b.reaction < a.fatigue * b.fatigue;
}

/**
 * Keenness to buy arms, 0..1: the relative gap between desired and current stock, zero when the
 * monthly budget (β·GDP/12, here the treasury) cannot pay for an item.
 */
export function armsDrive(stock: number, desired: number, treasuryBn: number, itemCostBn: number): number {
  if (treasuryBn < itemCostBn) return 0;
  const gap = (desired - stock) / Math.max(1, stock);
  return Math.max(0, Math.min(1, gap * 10));
}
