/**
 * Full headless games per second (CPU time) through the XState director and through the plain path.
 * Both resolve turns with the clone engine (playGame's default, as batches do), so the ratio compares
 * the agents alone; one more figure plays the plain path on the Immer engine for comparison.
 */
import { playGame } from '../../runtime/headless.js';
import type { BenchModule } from './types.js';
import { cpuMs } from './types.js';

export const gamesBench: BenchModule = {
  id: 'games',
  title: 'Full games, headless (CPU time)',
  async run(ctx) {
    // Enough games a repetition to average over their lengths, after an untimed warm-up of both paths
    // (a fresh process runs its first games 2-6x slower while V8 compiles them).
    const games = ctx.quick ? 2 : 20;
    const warmUp = ctx.quick ? 0 : 5;
    for (let g = 0; g < warmUp; g++) {
      for (const usePlain of [false, true]) playGame({ scenario: ctx.scenario, seed: ctx.seed + 1000 + g, plain: usePlain, keepStarts: false }).session.dispose();
    }
    const xstate: number[] = [];
    const plain: number[] = [];
    const plainImmer: number[] = [];
    const ratio: number[] = [];
    for (let r = 0; r < ctx.reps; r++) {
      const rate = (usePlain: boolean, engine: 'clone' | 'immer') => {
        const ms = cpuMs(() => {
          for (let g = 0; g < games; g++) {
            const res = playGame({ scenario: ctx.scenario, seed: ctx.seed + g, plain: usePlain, keepStarts: false, engine });
            res.session.dispose();
          }
        });
        return (games * 1000) / ms;
      };
      const x = rate(false, 'clone');
      const p = rate(true, 'clone');
      const pi = rate(true, 'immer');
      xstate.push(x);
      plain.push(p);
      plainImmer.push(pi);
      ratio.push(p / x);
      ctx.log(`games rep ${r + 1}: xstate ${x.toFixed(2)}/s, plain ${p.toFixed(2)}/s, plain on Immer ${pi.toFixed(2)}/s`);
    }
    return [
      { name: 'games/s, XState director', unit: 'games/s', samples: xstate, note: `${games} full games per repetition after ${warmUp} untimed, clone engine` },
      { name: 'games/s, plain director', unit: 'games/s', samples: plain, note: 'clone engine; target >= 200' },
      { name: 'games/s, plain director, Immer engine', unit: 'games/s', samples: plainImmer },
      { name: 'plain / XState speed ratio', unit: 'x', samples: ratio, note: 'target <= 2' },
    ];
  },
};
