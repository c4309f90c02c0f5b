/**
 * Where and how a turn's event is animated on the map. Pure functions of the event, so the choice is
 * testable without Phaser.
 */
import type { ActorId } from '../../shared/ids.js';
import type { GameEvent } from '../../sim/state/types.js';

export type AnimationKind = 'pulse' | 'flash' | 'glow';

/** Drills and deployments pulse; strikes, clashes and offensives flash; agreements glow. */
export function animationKind(ev: GameEvent): AnimationKind | null {
  const t = ev.type;
  if (/strike|offensive|borderClash|israelIranStrikes|embassyAttack/i.test(t)) return 'flash';
  if (/drill|deploy|mobilise/.test(t)) return 'pulse';
  if (/corridor\.|proposeTreaty|summit|mediate/.test(t) && (ev.outcome === 'success' || ev.outcome === 'ok')) {
    const agreed = ev.effects.some((e) => /status/.test(e.path) && /agreed|open|building/.test(String(e.to)));
    return agreed || /summit|mediate/.test(t) ? 'glow' : null;
  }
  return null;
}

/**
 * The point to animate: the event's province, else halfway from the actor towards the target
 * (a drill "at the border"), else the actor's capital.
 */
export function eventAnchor(
  ev: GameEvent,
  capital: (a: ActorId) => [number, number],
  province: (code: string) => [number, number] | undefined,
): [number, number] | null {
  if (ev.province) {
    const p = province(ev.province);
    if (p) return p;
  }
  if (ev.actor && ev.target) {
    const a = capital(ev.actor);
    const b = capital(ev.target);
    return [a[0] * 0.6 + b[0] * 0.4, a[1] * 0.6 + b[1] * 0.4];
  }
  if (ev.actor) return capital(ev.actor);
  return null;
}
