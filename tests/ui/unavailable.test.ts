/**
 * The orders panel says why an action is "not available now" (QA of issue #5): the reason the sim's
 * checks give most often for the candidates, or what the action needs when it has none, in plain words.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../src/shared/actions.js';
import { PLAYABLE_IDS } from '../../src/shared/ids.js';
import { ACTION_SPECS } from '../../src/sim/actions/index.js';
import { legalOrders } from '../../src/sim/orders.js';
import { unavailableReason } from '../../src/runtime/orderOptions.js';
import { whyUnavailable } from '../../src/ui/panels/orders.js';
import { setupGame } from '../helpers/setupGame.js';

describe('why an action is not available', () => {
  it('gives a plain reason for every unavailable action of every playable state at the start', () => {
    const s = setupGame({ seed: 3 });
    let seen = 0;
    for (const actor of PLAYABLE_IDS) {
      const open = new Set(legalOrders(s, actor).map((o) => o.type));
      for (const type of ACTION_TYPES) {
        const spec = ACTION_SPECS[type];
        if (spec.who !== 'any' && !spec.who.includes(actor)) continue;
        const why = whyUnavailable(s, actor, type, { ap: 0, moneyBn: 0 });
        if (open.has(type)) {
          expect(why, `${actor} ${type} is available`).toBe('');
          continue;
        }
        seen++;
        expect(why, `${actor} ${type}`).toMatch(/^Why: \S/);
        expect(why, `${actor} ${type}: no ids`).not.toMatch(/\b(AZE|ARM|IRN|TUR|ISR|RUS)\b|params\.|\b[a-z]+\.[a-z]+[A-Z]/);
        expect(why.length, `${actor} ${type}: short`).toBeLessThan(260);
      }
    }
    expect(seen, 'some actions are unavailable at the start').toBeGreaterThan(0);
  });

  it('says what an action needs when it has no candidate at all', () => {
    // No relation at -30 or below: nobody to sanction.
    const s = setupGame({ seed: 3, mutate: (g) => { for (const k in g.pairs) g.pairs[k].relation = Math.max(g.pairs[k].relation, 0); } });
    expect(unavailableReason(s, 'ARM', 'economy.sanction')).toBe(ACTION_SPECS['economy.sanction'].needs);
    expect(whyUnavailable(s, 'ARM', 'economy.sanction', { ap: 0, moneyBn: 0 })).toBe('Why: needs a relation of -30 or less with a target you trade with');
  });

  it('says when action points or money run out', () => {
    const s = setupGame({ seed: 3 });
    const ap = s.actors.ARM.actionPoints;
    expect(unavailableReason(s, 'ARM', 'diplomacy.summit', { ap, moneyBn: 0 })).toMatch(/^not enough action points: it needs \d+, 0 left$/);
    const broke = setupGame({ seed: 3, mutate: (g) => { g.actors.IRN.treasuryBn = 0; } });
    const paid = ACTION_TYPES.find((t) => legalOrders(setupGame({ seed: 3 }), 'IRN').some((o) => o.type === t && ACTION_SPECS[t].cost(broke, o).moneyBn > 0)
      && !legalOrders(broke, 'IRN').some((o) => o.type === t));
    expect(paid, 'an action Tehran cannot pay for with an empty treasury').toBeDefined();
    expect(unavailableReason(broke, 'IRN', paid!)).toMatch(/not enough money|cannot pay|\$/);
  });

  it('is empty when an option exists and says when the game has ended', () => {
    const s = setupGame({ seed: 3 });
    expect(unavailableReason(s, 'ARM', 'diplomacy.denounce')).toBe('');
    const ended = setupGame({ seed: 3, mutate: (g) => { (g as { ending: unknown }).ending = { kind: 'settlement', turn: 1, text: '' }; } });
    expect(unavailableReason(ended, 'ARM', 'diplomacy.denounce')).toBe('the game has ended');
  });
});

describe('targets missing from a menu', () => {
  it('says why a state is not on the summit list: the two met last month', async () => {
    const { missingTargets } = await import('../../src/runtime/orderOptions.js');
    const { resolveTurn } = await import('../../src/sim/engine.js');
    const { legalOrders } = await import('../../src/sim/orders.js');
    const { setupGame } = await import('../helpers/setupGame.js');
    const s = setupGame({ seats: { AZE: 'human' } });
    const met = resolveTurn(s, [{ actor: 'AZE', type: 'diplomacy.summit', params: { target: 'ISR' } }]).state;
    const options = legalOrders(met, 'AZE').filter((o) => o.type === 'diplomacy.summit');
    expect(options.some((o) => o.params.target === 'ISR')).toBe(false);
    const missing = missingTargets(met, 'AZE', 'diplomacy.summit', options);
    expect(missing).toContainEqual({ who: 'Israel', reason: 'Baku and Israel met last month: their next talks are due in 2 months (sooner only in a crisis, rung 5 or more)' });
    // Tehran's arms list: Western suppliers are named with their reason.
    const arms = legalOrders(s, 'IRN').filter((o) => o.type === 'arms.buy');
    expect(missingTargets(s, 'IRN', 'arms.buy', arms)).toContainEqual({ who: 'France', reason: 'France does not sell arms to Iran (Western sanctions)' });
  });
});
