/**
 * End-of-orders settlement of treaty proposals (engine step 3). A proposal made on an earlier turn
 * and still pending was not answered this turn:
 *  - if it is addressed to an agent, a fallback rule decides (used by the CLI before agents exist,
 *    and when an agent fails): p from the kind, relation, trust and the military balance, rolled and
 *    recorded with its factors;
 *  - if it is addressed to a human seat, it has had its turn and expires with 'no answer'.
 */
import type { Order } from '../../shared/actions.js';
import type { SimContext } from '../context.js';
import { militaryStrength, pair, proposalMode } from '../state/selectors.js';
import type { Factor, GameState, Proposal } from '../state/types.js';
import { prob, seat } from './common.js';
import { KIND_NAMES, acceptProposal, proposalBlocked, refuseProposal } from './settle.js';

/** Base acceptance chance by kind, in points (grade C, tunable through the agents later). */
const BASE: Record<string, number> = { peace: 25, corridorDeal: 20, normalisation: 30, defencePact: 30, armsOffer: 50, arasCorridor: 45 };

/** The fallback's acceptance odds for `p`, as factors in points. */
export function fallbackFactors(s: GameState, p: Proposal): Factor[] {
  const pr = pair(s, p.from, p.to);
  const f: Factor[] = [
    { label: `base chance for ${KIND_NAMES[p.kind] ?? p.kind}`, weight: BASE[p.kind] ?? 25 },
    { label: `relation ${pr.relation}`, weight: Math.round(pr.relation / 2.5) },
    { label: `trust ${pr.trust}`, weight: Math.round((pr.trust - 50) / 2.5) },
  ];
  const mode = proposalMode(p);
  if ((p.kind === 'corridorDeal' || p.kind === 'peace') && mode === 'extraterritorial' && p.to === 'ARM') {
    f.push({ label: 'extraterritorial corridor: loss of sovereignty over Syunik', weight: -30 });
  }
  if (p.kind === 'defencePact' && p.params.explicitness === 'explicit') f.push({ label: 'explicit guarantee risks entrapment', weight: -15 });
  if (p.kind === 'peace') {
    // The weaker side feels pressure to settle (Fearon: a deal range while war is costly).
    const a = militaryStrength(s, p.from);
    const b = militaryStrength(s, p.to);
    f.push({ label: 'military balance', weight: Math.round(((a - b) / (a + b || 1)) * 20) });
  }
  return f;
}

/** How the news ends the sentence of an offer a team left unanswered (the UI tells it from a reaction). */
export const LAPSES = 'lapses without an answer.';

/** Settles every proposal that had its turn to be answered. */
export function settleProposals(ctx: SimContext): void {
  const s = ctx.state as GameState;
  for (const p of ctx.state.proposals) {
    if (p.status !== 'pending' || p.turn >= s.turn) continue;
    const o: Order = {
      actor: p.to,
      type: p.kind === 'arasCorridor' ? 'corridor.aras' : 'diplomacy.proposeTreaty',
      params: p.kind === 'arasCorridor' ? { step: 'accept' } : { answer: 'accept', target: p.from, kind: p.kind },
    };
    const what = KIND_NAMES[p.kind] ?? p.kind;
    if (s.actors[p.to].controller === 'human') {
      const ev = ctx.emit({ kind: 'reaction', type: o.type, actor: p.to, target: p.from, outcome: 'info', claim: '§Postwar',
        text: `${seat(p.from)}'s offer of ${what} to ${seat(p.to)} ${LAPSES}` });
      refuseProposal(ctx, p, 'no answer', ev);
      continue;
    }
    const blocked = proposalBlocked(s, p);
    const factors = fallbackFactors(s, p);
    const pr = prob(factors.reduce((x, f) => x + f.weight, 0) / 100);
    const ok = !blocked && ctx.roll(pr);
    const ev = ctx.emit({
      kind: 'reaction', type: o.type, actor: p.to, target: p.from, params: o.params, claim: '§Postwar',
      outcome: ok ? 'success' : 'failure', probability: pr, factors,
      text: ok ? `${seat(p.to)} accepts ${seat(p.from)}'s offer of ${what}.` : `${seat(p.to)} declines ${seat(p.from)}'s offer of ${what}.`,
    });
    if (ok) acceptProposal(ctx, o, p, ev);
    else refuseProposal(ctx, p, blocked ?? 'declined by the fallback rule', ev);
  }
}
