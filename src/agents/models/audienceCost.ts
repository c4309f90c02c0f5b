/**
 * Audience costs (Fearon 1994): a leader who makes a public threat and then backs down pays at home
 * (stability) and abroad (credibility). Threats remembered by the agent decay like intent, so an old
 * demand costs less to drop than last month's.
 */
export interface PublicThreat {
  /** Whom the threat was aimed at. */
  target: string;
  /** What was threatened, e.g. 'corridor', 'force', 'sanctions'. */
  topic: string;
  /** 0..1 how loud it was (a red line 1, a protest 0.3). */
  loudness: number;
  turn: number;
}

/** Decay per turn of a threat's weight in the public's memory. */
export const THREAT_MEMORY = 0.85;

/** The weight a past threat still carries at `turn`. */
export function threatWeight(t: PublicThreat, turn: number): number {
  return t.loudness * Math.pow(THREAT_MEMORY, Math.max(0, turn - t.turn));
}

export interface AudienceCost { stability: number; credibility: number }

/**
 * The price of backing down on `topic` towards `target` given the nationalist pressure at home
 * (0..100): stability and credibility points lost.
 */
export function backDownCost(threats: readonly PublicThreat[], target: string, topic: string, turn: number, nationalism: number): AudienceCost {
  let w = 0;
  for (const t of threats) if (t.target === target && t.topic === topic) w = Math.max(w, threatWeight(t, turn));
  const n = Math.max(0, Math.min(100, nationalism)) / 100;
  return { stability: 8 * w * n, credibility: 10 * w };
}
