/**
 * Scheduling for work that must not delay what the player is waiting for: a turn's first frame, the
 * start screen. `afterPaint` runs after the browser has painted the next frame; `whenIdle` runs after
 * that, once the main thread is idle (or after `timeout` ms at the latest).
 */

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * Runs `f` in a task after the next frame has been rendered, or after `fallbackMs` if no frame comes
 * (a hidden tab gets no animation frames). Returns a cancel function.
 */
export function afterPaint(f: () => void, fallbackMs = 250): () => void {
  let timer = 0;
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    cancel();
    f();
  };
  const raf = requestAnimationFrame(() => {
    // A task posted from a frame callback runs once that frame has been rendered.
    timer = window.setTimeout(run, 0);
  });
  const fallback = window.setTimeout(run, fallbackMs);
  const cancel = (): void => {
    done = true;
    cancelAnimationFrame(raf);
    window.clearTimeout(timer);
    window.clearTimeout(fallback);
  };
  return cancel;
}

/** Runs `f` after the next paint, when the main thread is idle, or after `timeout` ms. Returns a cancel function. */
export function whenIdle(f: () => void, timeout = 1000): () => void {
  const w = window as IdleWindow;
  let cancelIdle = (): void => undefined;
  const cancelPaint = afterPaint(() => {
    if (w.requestIdleCallback) {
      const id = w.requestIdleCallback(() => f(), { timeout });
      cancelIdle = () => w.cancelIdleCallback?.(id);
    } else {
      const id = window.setTimeout(f, 50);
      cancelIdle = () => window.clearTimeout(id);
    }
  });
  return () => {
    cancelPaint();
    cancelIdle();
  };
}
