/** Full headless games per second through the XState director and through the plain path. */
import { playGame } from '../../runtime/headless.js';
import type { BenchModule } from './types.js';
import { timeMs } from './types.js';

export const gamesBench: BenchModule = {
  id: 'games',
  title: 'Full games, headless',
  async run(ctx) {
    const games = ctx.quick ? 2 : 5;
    const xstate: number[] = [];
    const plain: number[] = [];
    const ratio: number[] = [];
    for (let r = 0; r < ctx.reps; r++) {
      const rate = (usePlain: boolean) => {
        const ms = timeMs(() => {
          for (let g = 0; g < games; g++) {
            const res = playGame({ scenario: ctx.scenario, seed: ctx.seed + g, plain: usePlain, keepStarts: false });
            res.session.dispose();
          }
        });
        return (games * 1000) / ms;
      };
      const x = rate(false);
      const p = rate(true);
      xstate.push(x);
      plain.push(p);
      ratio.push(p / x);
      ctx.log(`games rep ${r + 1}: xstate ${x.toFixed(2)}/s, plain ${p.toFixed(2)}/s`);
    }
    return [
      { name: 'games/s, XState director', unit: 'games/s', samples: xstate, note: `${games} full games per repetition` },
      { name: 'games/s, plain director', unit: 'games/s', samples: plain },
      { name: 'plain / XState speed ratio', unit: 'x', samples: ratio },
    ];
  },
};
