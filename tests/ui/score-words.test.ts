import { describe, expect, it } from 'vitest';
import { objectiveWords } from '../../src/ui/panels/end.js';
import { createGame } from '../../src/sim/engine.js';
import { scorecard } from '../../src/sim/scores.js';
import { ACTOR_IDS } from '../../src/shared/ids.js';
import { produce } from 'immer';

describe('scorecard words', () => {
  it('says whether an objective is met and the points it earns, without contradiction', () => {
    expect(objectiveWords(true, 100)).toBe('met: 100 of 100 points');
    expect(objectiveWords(true, 29)).toBe('only just met: 29 of 100 points');
    expect(objectiveWords(true, 85)).toBe('met: 85 of 100 points');
    expect(objectiveWords(false, 40)).toBe('not met: 40 of 100 points');
    expect(objectiveWords(false, 0)).toBe('not met: 0 of 100 points');
  });

  it('gives every objective of every actor a status in words, without internal ids', () => {
    const s = createGame('autumn-2023', 1);
    for (const a of ACTOR_IDS) {
      for (const o of scorecard(s, a).objectives) {
        expect(o.status.length, `${a} ${o.id}`).toBeGreaterThan(8);
        expect(o.status).not.toMatch(/\b(AM|AZ)\.[A-Z]|\b(AZE|ARM|IRN|TUR|ISR|RUS)\b|undefined|NaN/);
      }
    }
  });

  it('says why a met objective earns part of its points: the dispute is close to war', () => {
    const s = produce(createGame('autumn-2023', 1), (d) => { d.pairs['AZE-IRN'].rung = 5; d.pairs['AZE-IRN'].atWar = false; });
    const o = scorecard(s, 'AZE').objectives.find((x) => x.id === 'noWarWithIran')!;
    expect(o.met).toBe(true);
    expect(o.progress).toBeLessThan(0.5);
    expect(o.status).toBe('the dispute with Tehran at rung 5 of 10 (covert or proxy action)');
  });

  it('names who holds Syunik (Zangezur) when Yerevan has lost it', () => {
    const s = produce(createGame('autumn-2023', 1), (d) => { d.provinces['AM.SU'].occupier = 'AZE'; });
    const o = scorecard(s, 'ARM').objectives.find((x) => x.id === 'syunikKept')!;
    expect(o.met).toBe(false);
    expect(o.status).toContain('Syunik (Zangezur) held by Baku');
  });
});

describe('the top bar score in words', () => {
  it('says what "61 (1/4)" means', async () => {
    const { scoreLine, scoreTitle } = await import('../../src/ui/scoring.js');
    const s = createGame('autumn-2023', 1);
    const [, points, met, all] = /^(\d+) \((\d+)\/(\d+)\)$/.exec(scoreLine(s, 'IRN'))!;
    expect(scoreTitle(s, 'IRN')).toBe(`${points} of 100 points; ${met} of your ${all} objectives met`);
  });
});
