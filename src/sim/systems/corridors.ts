/**
 * Corridor upkeep: an Aras route whose building is complete opens (Aghband bridge, [§Postwar]).
 * Building progress itself is the `corridor.aras` action's; this only closes the loop.
 */
import type { SimContext } from '../context.js';
import { noteChange } from '../effects.js';

export function runCorridors(ctx: SimContext): void {
  const aras = ctx.state.global.aras;
  if (aras.status === 'building' && aras.progress >= aras.buildTurnsNeeded) {
    const ev = ctx.emit({
      kind: 'world', type: 'system.corridors', actor: null, outcome: 'ok', claim: '§Postwar',
      text: 'The Aras route through Iran opens: road traffic links mainland Azerbaijan with Nakhchivan.',
    });
    aras.status = 'open';
    noteChange(ev, 'aras.status', 'building', 'open');
  }
}
