/**
 * The Zangezur talks end. Baku and Yerevan had countered each other's corridor offers on the same terms
 * every month to the end of the game (13 counters a game, unbroken runs of up to 34 months): nothing in
 * the agents' answers ever turned an offer down. Each side now concedes towards its limit and breaks the
 * talks off after six counters (agents/mind/proposals.ts `corridorTalks`).
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/runtime/headless.js';
import { counterRounds } from '../../src/sim/state/selectors.js';

describe('corridor talks', () => {
  it('never run past six counter-offers, concede along the way, and answer an offer as their trigger (60 games)', () => {
    let chains = 0;
    let answers = 0;
    let conceded = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const game = playGame({ scenario: 'autumn-2023', seed, plain: true, keepStarts: false });
      const proposals = game.session.state.proposals.filter((p) => p.kind === 'corridorDeal');
      // An answer's Why? card names the offer it answers as its trigger.
      for (const entry of game.log) for (const o of entry.orders) {
        if (o.type === 'diplomacy.proposeTreaty' && o.params.answer && o.params.kind === 'corridorDeal') {
          expect(o.trigger, `turn ${entry.turn}: ${o.actor}'s answer`).toMatch(/^t\d+-0: (Baku|Yerevan)'s offer of a corridor deal( \(round \d+ of talks\))?$/);
          answers++;
        }
      }
      for (const p of proposals) {
        const rounds = counterRounds(game.session.state, p);
        expect(rounds, `${p.id}: ${rounds} counters before it`).toBeLessThanOrEqual(6);
        if (rounds < 3) continue;
        // Two counters back is the same side's previous counter (its first offer may name no point):
        // Baku's next is no higher, Yerevan's no lower.
        chains++;
        const i = proposals.indexOf(p);
        const sov = (q: typeof p) => (q.params.terms as { sovereignty?: number } | undefined)?.sovereignty;
        const before = sov(proposals[i - 2]);
        const now = sov(p);
        if (before === undefined || now === undefined) continue;
        expect(p.from === 'AZE' ? now <= before : now >= before, `${p.id}: ${p.from} from ${before} to ${now}`).toBe(true);
        if (now !== before) conceded++;
      }
      game.session.dispose();
    }
    // Talks do run to several rounds in these games, and the sides do move (the check is not empty).
    expect(chains).toBeGreaterThan(10);
    expect(answers).toBeGreaterThan(50);
    expect(conceded).toBeGreaterThan(5);
  });
});
