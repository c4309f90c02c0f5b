/**
 * The names of the escalation ladder's rungs (GAME.md, "The escalation ladder"), 0 to 10, for every
 * layer that puts a rung into words: the country panel, the scorecards.
 */
const RUNGS = ['normal', 'protest', 'rhetoric and red lines', 'economic pressure', 'drills and deployments', 'covert or proxy action', 'border clash', 'limited incursion', 'major offensive', 'war between regional powers', 'regional war'];

/** Name of a rung of the escalation ladder. */
export function rungName(r: number): string {
  return RUNGS[Math.max(0, Math.min(10, Math.round(r)))];
}
