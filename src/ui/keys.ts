/**
 * Keyboard shortcuts for the map and the turn (documented in docs/ui.md). Ignored while typing in a
 * field, so the seed box and selects keep their own keys.
 */
export interface KeyActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  syunik(): void;
  pan(dx: number, dy: number): void;
  endTurn(): void;
  /** Whether the game screen is showing. */
  active(): boolean;
}

export function bindKeys(k: KeyActions): void {
  window.addEventListener('keydown', (e) => {
    if (!k.active() || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    const tag = t?.tagName ?? '';
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    // Arrow keys inside the tab list move between tabs (handled there).
    if (t?.getAttribute('role') === 'tab') return;
    const map: Record<string, () => void> = {
      '+': k.zoomIn, '=': k.zoomIn, '-': k.zoomOut, '_': k.zoomOut, '0': k.fit, s: k.syunik, S: k.syunik, e: k.endTurn, E: k.endTurn,
      ArrowLeft: () => k.pan(-1, 0), ArrowRight: () => k.pan(1, 0), ArrowUp: () => k.pan(0, -1), ArrowDown: () => k.pan(0, 1),
    };
    const f = map[e.key];
    if (!f) return;
    // Arrow keys scroll a focused panel; only steal them when focus is not in a scrollable panel.
    if (e.key.startsWith('Arrow') && t && t.closest('#side')) return;
    e.preventDefault();
    f();
  });
}
