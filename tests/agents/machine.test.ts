import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { nationMachine } from '../../src/agents/machines/nation.js';
import { DIFFICULTY_SETTINGS } from '../../src/agents/difficulty.js';
import { nextAlignment, nextPosture, type Assessment } from '../../src/agents/mind/posture.js';
import type { Posture } from '../../src/agents/types.js';

/** Drives the posture and alignment regions with a given assessment, set through a restored snapshot. */
function driver() {
  const input = { actor: 'IRN' as const, settings: DIFFICULTY_SETTINGS.standard };
  let actor = createActor(nationMachine, { input });
  actor.start();
  return {
    feed(x: Partial<Assessment>) {
      const snap = actor.getPersistedSnapshot() as unknown as { context: { assessment: Assessment } };
      snap.context.assessment = { alarm: 0, atWar: false, partnerScore: 0, powerRatio: 0, main: null, partner: null, ...x };
      actor.stop();
      actor = createActor(nationMachine, { input, snapshot: snap as never });
      actor.start();
      actor.send({ type: 'ASSESSED' });
      return actor.getSnapshot();
    },
  };
}

describe('nation machine', () => {
  it('posture has hysteresis: one incident does not flip it back and forth', () => {
    const d = driver();
    expect(d.feed({ alarm: 0.55 }).context.posture).toBe('hostile');
    // a quieter month just under the entry line keeps it hostile (exit line is lower)
    expect(d.feed({ alarm: 0.45 }).context.posture).toBe('hostile');
    expect(d.feed({ alarm: 0.35 }).context.posture).toBe('guarded');
    expect(d.feed({ alarm: 0.25 }).context.posture).toBe('guarded');
    expect(d.feed({ alarm: 0.1 }).context.posture).toBe('cooperative');
    expect(d.feed({ alarm: 0.1, atWar: true }).context.posture).toBe('atWar');
    expect(d.feed({ alarm: 0.1 }).context.posture).toBe('mobilised');
    const s = d.feed({ alarm: 0.1, partnerScore: 0.2 });
    expect(s.value).toMatchObject({ posture: 'hostile', alignment: 'balancing' });
    expect(d.feed({ alarm: 0.1, powerRatio: 8 }).context.alignment).toBe('bandwagoning');
    expect(d.feed({ alarm: 0.1, powerRatio: 1 }).context.alignment).toBe('hedging');
  });

  it('turn region runs idle → assessing → ready → done on OBSERVE and DECIDE, and RESET returns to idle', () => {
    const a = createActor(nationMachine, { input: { actor: 'ARM', settings: DIFFICULTY_SETTINGS.novice } });
    a.start();
    expect((a.getSnapshot().value as Record<string, string>).turn).toBe('idle');
    a.send({ type: 'RESET' });
    expect((a.getSnapshot().value as Record<string, string>).turn).toBe('idle');
    a.stop();
  });

  it('the plain rules agree with the machine on any sequence of assessments', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ alarm: fc.double({ min: 0, max: 1, noNaN: true }), atWar: fc.boolean(), partnerScore: fc.double({ min: 0, max: 0.2, noNaN: true }), powerRatio: fc.double({ min: 0, max: 10, noNaN: true }) }), { maxLength: 12 }), (seq) => {
        const d = driver();
        let posture: Posture = 'guarded';
        for (const x of seq) {
          const s = d.feed(x);
          posture = nextPosture(posture, x);
          expect(s.context.posture).toBe(posture);
          expect(s.context.alignment).toBe(nextAlignment(x));
        }
      }),
      { numRuns: 40 },
    );
  });
});
