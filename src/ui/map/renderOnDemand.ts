/**
 * Render on change: the map is still most of the time, and every frame costs a full WebGL redraw of
 * hundreds of polygons (in a software renderer, the whole CPU). So Phaser's loop sleeps once nothing
 * moves, and wakes on input over the map, on a resize, or when the scene asks (a new state, a zoom, an
 * animation). While awake it runs at the game's normal rate, so drags and tweens stay smooth.
 */
import type Phaser from 'phaser';

/** How long the loop stays awake after the last reason to draw (ms): covers hover repaints and easing. */
const LINGER_MS = 250;

export class RenderOnDemand {
  private awakeUntil = 0;
  private readonly off: (() => void)[] = [];

  /**
   * @param game the Phaser game whose loop sleeps and wakes
   * @param target the element holding the canvas: pointer and wheel events on it wake the loop
   * @param busy true while something must keep drawing (a tween, a held pointer)
   * @param onSleep told whether the loop sleeps (for the benchmark's counters)
   */
  constructor(
    private readonly game: Phaser.Game,
    target: HTMLElement,
    private readonly busy: () => boolean,
    private readonly onSleep: (sleeping: boolean) => void,
  ) {
    const wake = (): void => this.request();
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown'] as const) {
      target.addEventListener(type, wake, { capture: true, passive: true });
      this.off.push(() => target.removeEventListener(type, wake, { capture: true }));
    }
    window.addEventListener('resize', wake);
    this.off.push(() => window.removeEventListener('resize', wake));
    // Panels opening beside the map change its size without a window resize. Phaser looks at its
    // parent's size only every half second of running loop: ask it to look at the next step.
    if (typeof ResizeObserver !== 'undefined') {
      const ro = new ResizeObserver(() => {
        if (game.scale) game.scale.dirty = true;
        wake();
      });
      ro.observe(target);
      this.off.push(() => ro.disconnect());
    }
    this.request();
  }

  /** Keeps the loop drawing for at least `ms` from now (waking it if it sleeps). */
  request(ms = LINGER_MS): void {
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    const loop = this.game.loop;
    if (!loop || loop.running) return;
    // A fresh delta: a long sleep must not fast-forward the scene clock (it would fire queued calls at once).
    loop.resetDelta();
    loop.wake();
    this.onSleep(false);
  }

  /** Called once per frame from the scene's update: sleeps when nothing is left to draw. */
  check(): void {
    if (performance.now() < this.awakeUntil || this.busy()) return;
    // The frame being stepped still renders: sleep only stops the next requestAnimationFrame.
    this.game.loop.sleep();
    this.onSleep(true);
  }

  destroy(): void {
    for (const f of this.off) f();
    this.off.length = 0;
  }
}
