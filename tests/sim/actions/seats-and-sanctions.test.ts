/**
 * Rules that depend on who leads a state, and on who imposed a trade halt: a team's state is never put
 * into a joint drill by another state's order, seats that change hands mid-game count from that turn,
 * and only a state that halted trade can lift its own halt.
 */
import { describe, expect, it } from 'vitest';
import { setupGame } from '../../helpers/setupGame.js';
import type { GameState } from '../../../src/sim/state/types.js';
import { change, order, orderEv, play } from './play.js';
import { ACTION_SPECS } from '../../../src/sim/actions/index.js';
import { withControllers } from '../../../src/sim/engine.js';
import { createSession } from '../../../src/runtime/session.js';

describe('joint drills and human seats', () => {
  const friendly = (g: GameState) => {
    g.pairs['AZE-TUR'].relation = 80;
    g.pairs['ARM-AZE'].relation = -40;
  };

  it('an agent never names a team-led state as its drill partner, and such an order is refused in words', () => {
    const agents = setupGame({ mutate: friendly });
    const withAnkara = ACTION_SPECS['military.drill']!.enumerate(agents, 'AZE').filter((p) => p.with === 'TUR');
    expect(withAnkara.length).toBeGreaterThan(0);
    const team = setupGame({ seats: { TUR: 'human' }, mutate: friendly });
    expect(ACTION_SPECS['military.drill']!.enumerate(team, 'AZE').filter((p) => p.with === 'TUR')).toEqual([]);
    const r = play(team, order('AZE', 'military.drill', { target: 'ARM', with: 'TUR' }));
    expect(r.rejected[0].reason).toBe('Ankara is led by a team, which decides its own drills: hold this drill alone');
  });

  it('a seat handed to a team mid-game counts from that turn (the state the turn resolves on says so)', () => {
    const s = setupGame();
    expect(withControllers(s, { AZE: 'agent' })).toBe(s);
    const handed = withControllers(s, { TUR: 'human' });
    expect(handed.actors.TUR.controller).toBe('human');
    expect(s.actors.TUR.controller).toBe('agent');
    const session = createSession({ scenario: 'autumn-2023', seed: 3, seats: {}, difficulty: 'standard', plain: true, engine: 'clone' });
    session.endTurn();
    session.setSeat('TUR', 'human');
    const out = session.endTurn();
    expect(out.state.actors.TUR.controller).toBe('human');
    // No agent order this turn drilled with Ankara.
    expect(out.agentOrders.filter((o) => o.type === 'military.drill' && o.params.with === 'TUR')).toEqual([]);
    expect(session.log.at(-1)!.seats?.TUR).toBe('human');
    session.dispose();
  });
});

describe('economy.sanction: who halted trade', () => {
  const hostile = (g: GameState) => { g.pairs['AZE-IRN'].relation = -50; };

  it('only the state that halted trade can lift its halt; the other may halt trade in return', () => {
    const s = setupGame({ mutate: hostile });
    const halt = play(s, order('IRN', 'economy.sanction', { target: 'AZE' }));
    expect(halt.rejected).toEqual([]);
    expect(halt.state.pairs['AZE-IRN'].treaties).toMatchObject({ sanctions: true, sanctionsBy: ['IRN'] });
    // Baku cannot lift Tehran's halt (it had, in a play-through) and is offered no such order.
    const lift = play(halt.state, order('AZE', 'economy.sanction', { target: 'IRN', lift: true }));
    expect(lift.rejected[0].reason).toBe('Baku has no trade measures against Tehran to lift: the halt in force is Tehran\'s');
    const menu = (actor: 'AZE' | 'IRN', target: string) => ACTION_SPECS['economy.sanction']!.enumerate(halt.state, actor).filter((p) => p.target === target);
    expect(menu('AZE', 'IRN')).toEqual([{ target: 'IRN' }]);
    expect(menu('IRN', 'AZE')).toEqual([{ target: 'AZE', lift: true }]);
    // A halt in return, then Tehran lifts its own: Baku's stays in force.
    const back = play(halt.state, order('AZE', 'economy.sanction', { target: 'IRN' }));
    expect(orderEv(back, 'economy.sanction').text).toBe('Baku halts trade with Tehran in return.');
    expect(back.state.pairs['AZE-IRN'].treaties.sanctionsBy).toEqual(['AZE', 'IRN']);
    const tehranLifts = play(back.state, order('IRN', 'economy.sanction', { target: 'AZE', lift: true }));
    expect(tehranLifts.rejected).toEqual([]);
    expect(tehranLifts.state.pairs['AZE-IRN'].treaties).toMatchObject({ sanctions: true, sanctionsBy: ['AZE'] });
    expect(change(tehranLifts, 'AZE-IRN.treaties.sanctions')).toBeUndefined();
    const bakuLifts = play(tehranLifts.state, order('AZE', 'economy.sanction', { target: 'IRN', lift: true }));
    expect(bakuLifts.state.pairs['AZE-IRN'].treaties.sanctions).toBe(false);
    expect(bakuLifts.state.pairs['AZE-IRN'].treaties.sanctionsBy).toBeUndefined();
    expect(change(bakuLifts, 'AZE-IRN.treaties.sanctions')).toEqual({ from: true, to: false });
  });

  it('a halt the scenario starts with may be lifted by either side', () => {
    const s = setupGame({ mutate: (g) => { hostile(g); g.pairs['AZE-IRN'].treaties.sanctions = true; } });
    expect(play(s, order('AZE', 'economy.sanction', { target: 'IRN', lift: true })).rejected).toEqual([]);
    expect(play(s, order('IRN', 'economy.sanction', { target: 'AZE', lift: true })).rejected).toEqual([]);
    expect(play(s, order('IRN', 'economy.sanction', { target: 'AZE' })).rejected[0].reason).toMatch(/already halted trade with Baku/);
  });
});

describe('diplomacy.expel: those sent home do not come back within a year', () => {
  it('refuses a second expulsion of the same diplomats within twelve months, in words; the other side may answer in kind', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['ISR-TUR'].treaties.embassy = true; } });
    const first = play(s, order('TUR', 'diplomacy.expel', { target: 'ISR' }));
    expect(first.rejected).toEqual([]);
    expect(first.state.pairs['ISR-TUR'].expelledBy).toEqual({ TUR: s.turn });
    const again = play(first.state, order('TUR', 'diplomacy.expel', { target: 'ISR' }));
    expect(again.rejected[0].reason).toBe('Ankara expelled Israel\'s diplomats 1 month ago: those sent home have not come back (possible again 11 months from now)');
    expect(ACTION_SPECS['diplomacy.expel']!.enumerate(first.state, 'TUR').some((p) => p.target === 'ISR')).toBe(false);
    // Israel's own expulsion in return is its choice, and allowed.
    expect(play(first.state, order('ISR', 'diplomacy.expel', { target: 'TUR' })).rejected).toEqual([]);
    let later = first.state;
    for (let i = 0; i < 11; i++) later = play(later).state;
    expect(play(later, order('TUR', 'diplomacy.expel', { target: 'ISR' })).rejected).toEqual([]);
  });
});

describe('diplomacy.summit: leaders meet every few months, at any time in a crisis', () => {
  it('refuses talks of the same pair within three months, in words, unless their dispute is at rung 5 or more', () => {
    const s = setupGame();
    const met = play(s, order('ISR', 'diplomacy.summit', { target: 'AZE' }));
    expect(met.rejected).toEqual([]);
    const soon = play(met.state, order('AZE', 'diplomacy.summit', { target: 'ISR' }));
    expect(soon.rejected[0].reason).toBe('Baku and Israel met last month: their next talks are due in 2 months (sooner only in a crisis, rung 5 or more)');
    expect(ACTION_SPECS['diplomacy.summit']!.enumerate(met.state, 'ISR').some((p) => p.target === 'AZE')).toBe(false);
    const later = play(play(met.state).state).state;
    expect(play(later, order('ISR', 'diplomacy.summit', { target: 'AZE' })).rejected).toEqual([]);
    // Both seeking talks in one month is still one meeting.
    const both = play(s, order('ISR', 'diplomacy.summit', { target: 'AZE' }), order('AZE', 'diplomacy.summit', { target: 'ISR' }));
    expect(both.rejected).toEqual([]);
    // In a crisis the two may talk every month.
    const crisis = play(s, order('AZE', 'diplomacy.summit', { target: 'IRN' }));
    const tense = { ...crisis.state, pairs: { ...crisis.state.pairs, 'AZE-IRN': { ...crisis.state.pairs['AZE-IRN'], rung: 5 } } };
    expect(play(tense, order('AZE', 'diplomacy.summit', { target: 'IRN' })).rejected).toEqual([]);
  });
});

describe('military.deploy abroad: troops come from a neighbour (or Russia to Armenia)', () => {
  it('refuses Israeli troops in Azerbaijan even under a pact, in words', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-ISR'].treaties.defencePact = 'vague'; g.pairs['AZE-TUR'].treaties.defencePact = 'vague'; } });
    const israel = ACTION_SPECS['military.deploy']!.enumerate(s, 'ISR').filter((p) => String(p.province).startsWith('AZ.'));
    expect(israel).toEqual([]);
    const r = play(s, order('ISR', 'military.deploy', { province: 'AZ.CB' }));
    expect(r.rejected[0]?.reason).toMatch(/Israel stations no troops in Baku: it shares no border with it/);
  });
});
