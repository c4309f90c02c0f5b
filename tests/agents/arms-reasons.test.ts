/**
 * The Why? card of an arms purchase, and of an accepted arms offer, names the arms-race drive that
 * weighed it (effects.ts armsKeenness, words.ts armsDriveText).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { playGame } from '../../src/runtime/headless.js';

describe('arms decisions explain their arms-race drive', () => {
  const games = [1, 2, 3].map((seed) => playGame({ scenario: 'autumn-2023', seed, turns: 8, plain: true }));
  const orders = games.flatMap((g) => g.log.flatMap((e) => e.orders));
  afterAll(() => { for (const g of games) g.session.dispose(); });

  it('Yerevan\'s purchases say its rivals pull it to build up, with the weight a package gets', () => {
    const buys = orders.filter((o) => o.actor === 'ARM' && o.type === 'arms.buy');
    expect(buys.length).toBeGreaterThan(0);
    for (const o of buys) {
      const note = o.reasons?.find((r) => r.text.startsWith('Arms race (Richardson)'));
      expect(note?.text).toMatch(/pull Yerevan to build up, so a package counts at \d+% of its full worth|no rival's build-up calls for more arms/);
    }
  });

  it('Baku\'s answers to arms offers carry the drive too', () => {
    const answers = orders.filter((o) => o.actor === 'AZE' && o.params.kind === 'armsOffer' && o.params.answer);
    expect(answers.length).toBeGreaterThan(0);
    for (const o of answers) expect(o.reasons?.some((r) => r.text.includes('Arms race (Richardson)'))).toBe(true);
  });
});
