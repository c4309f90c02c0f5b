/**
 * The commitments ledger (Snyder): an open promise past its due turn is broken. The promiser loses
 * credibility and standing and the promisee's trust and goodwill fall (an audience cost). Delivered
 * arms mark promises kept in the deliveries system.
 */
import { ACTOR_NAMES, isActorId } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { addActor, addRelation, addTrust } from '../effects.js';
import { param } from '../scenario/params.js';

export function runCommitments(ctx: SimContext): void {
  const s = ctx.state;
  for (const c of s.commitments) {
    if (c.status !== 'open' || c.dueTurn === null || s.turn < c.dueTurn) continue;
    c.status = 'broken';
    if (!isActorId(c.from)) continue;
    const ev = ctx.emit({
      kind: 'world', type: 'system.commitments', actor: c.from, target: c.to, outcome: 'failure',
      text: `${ACTOR_NAMES[c.from].state} has not kept its promise to ${ACTOR_NAMES[c.to].state}${c.text ? ` (${c.text.replace(/\.$/, '')})` : ''}.`,
      claim: '§Postwar',
    });
    ev.effects.push({ path: `commitments.${c.id}.status`, from: 'open', to: 'broken' });
    addActor(s, ev, c.from, 'credibility', -param(s, 'brokenCommitmentCredibility'));
    addActor(s, ev, c.from, 'standing', -2);
    addTrust(s, ev, c.from, c.to, -10);
    addRelation(s, ev, c.from, c.to, -5);
    c.credibility = Math.max(0, c.credibility - 30);
  }
}
