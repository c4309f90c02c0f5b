/**
 * The agent behind a seat a team plays only shadows it: its posture and alignment are not the team's,
 * so the session's view leaves the summary out for that seat (the White Cell's "Seats and minds" had
 * shown a human Tehran as "Posture: mobilised" after the team stood down).
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/runtime/session.js';

describe('the agents\' view of the seats', () => {
  it('gives an agent seat its summary and a team\'s seat none, also after a seat changes hands', () => {
    const s = createSession({ scenario: 'autumn-2023', seed: 21, seats: { IRN: 'human' }, difficulty: 'standard', plain: true });
    s.endTurn();
    expect(s.agentView('IRN').summary).toBe('');
    expect(s.agentView('AZE').summary).toMatch(/^Posture: /);
    s.setSeat('IRN', 'agent');
    expect(s.agentView('IRN').summary).toMatch(/^Posture: /);
    s.setSeat('AZE', 'human');
    expect(s.agentView('AZE').summary).toBe('');
  });
});
