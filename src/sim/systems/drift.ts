/**
 * Escalation drift (GAME.md, "Escalation ladder"): without new incidents a rung falls one step every
 * few quiet turns, down to a floor set by how hostile the pair still is; a war ends when its rung has
 * fallen below 7. Relations and stability ease slowly back toward their starting values (the
 * scenario's baseline, kept in history[0]). Stepping down by choice costs credibility in the actions.
 */
import { ACTOR_IDS, PAIR_KEYS, pairMembers, ACTOR_NAMES } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { addActor, addGlobal, addRelation, addRung, easeRoutine, noteChange } from '../effects.js';
import { param } from '../scenario/params.js';

/** The lowest rung a pair drifts to: deep hostility keeps red-line rhetoric alive. */
export function driftFloor(relation: number): number {
  if (relation <= -80) return 3;
  if (relation <= -50) return 2;
  if (relation <= -20) return 1;
  return 0;
}

/** Runs escalation drift, war endings and the slow return of relations and stability to baseline. */
export function runDrift(ctx: SimContext): void {
  const s = ctx.state;
  const quiet = Math.max(1, Math.round(param(s, 'quietTurnsForDrift')));
  const rate = param(s, 'relationDriftRate');
  const base = s.history[0];
  const steps = PAIR_KEYS.filter((key) => {
    const p = s.pairs[key];
    const since = s.turn - p.lastIncidentTurn;
    return p.rung > driftFloor(p.relation) && since >= quiet && since % quiet === 0;
  });
  const peace = PAIR_KEYS.filter((key) => s.pairs[key].atWar && s.pairs[key].rung - (steps.includes(key) ? 1 : 0) < param(s, 'warEndsBelowRung'));
  if (steps.length || peace.length) {
    const names = (key: string) => pairMembers(key).map((x) => ACTOR_NAMES[x].state).join('-');
    const parts = [
      ...(steps.length ? [`tensions ease after quiet months (${steps.map(names).join(', ')})`] : []),
      ...(peace.length ? [`fighting stops (${peace.map(names).join(', ')})`] : []),
    ];
    const ev = ctx.emit({ kind: 'world', type: 'system.drift', actor: null, outcome: 'info', text: `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()) });
    for (const key of steps) addRung(s, ev, ...pairMembers(key), -1);
    for (const key of peace) {
      s.pairs[key].atWar = false;
      noteChange(ev, `${key}.atWar`, true, false);
    }
  }
  const keep = param(s, 'drillRoutineDecay');
  const keepTalks = param(s, 'talksRoutineDecay');
  for (const key of PAIR_KEYS) {
    const p = s.pairs[key];
    // Drills between the two fade from memory: a pair that stops drilling makes news again later.
    if (p.drills > 0) p.drills = easeRoutine(p.drills, keep);
    // Likewise summits: after months without one, the next meeting is an occasion again.
    if (p.talks > 0) p.talks = easeRoutine(p.talks, keepTalks);
    const target = base?.relations[key];
    if (target !== undefined && Math.abs(target - p.relation) >= 0.5) addRelation(s, null, ...pairMembers(key), (target - p.relation) * rate, false);
  }
  // Wars outside the region ease without new escalations; the Israel-Iran shadow war never quite ends.
  const g = s.global;
  if (g.israelIranLevel > 3) addGlobal(s, null, 'israelIranLevel', -Math.min(g.israelIranLevel - 3, param(s, 'israelIranDecay')));
  if (g.gazaIntensity > 0) addGlobal(s, null, 'gazaIntensity', -param(s, 'gazaDecay'));
  for (const id of ACTOR_IDS) {
    const target = base?.stability[id];
    const cur = s.actors[id].stability;
    if (target !== undefined && Math.abs(target - cur) >= 0.5) addActor(s, null, id, 'stability', (target - cur) * param(s, 'stabilityDriftRate'));
  }
}
