/**
 * Accessible tabs for the side panel (WAI-ARIA tabs pattern: arrow keys move between tabs).
 */
import { el } from '../dom.js';

export type TabId = 'orders' | 'news' | 'country' | 'ledger' | 'score';

export class Tabs {
  readonly list: HTMLElement;
  readonly panels: HTMLElement[];
  current: TabId;
  onChange: () => void = () => undefined;
  private readonly buttons: HTMLButtonElement[];

  constructor(private readonly ids: TabId[], titles: Record<TabId, string>) {
    this.current = ids[0];
    this.buttons = ids.map((id, i) => el('button', {
      role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}`, 'aria-selected': String(i === 0), tabindex: i === 0 ? 0 : -1,
      onclick: () => this.select(id),
    }, titles[id]));
    this.list = el('div', { role: 'tablist', 'aria-label': 'Panels' }, ...this.buttons);
    this.list.addEventListener('keydown', (e) => {
      const i = ids.indexOf(this.current);
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        e.stopPropagation();
        const next = ids[(i + (e.key === 'ArrowRight' ? 1 : ids.length - 1)) % ids.length];
        this.select(next);
        this.buttons[ids.indexOf(next)].focus();
      }
    });
    this.panels = ids.map((id, i) => el('div', { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, hidden: i !== 0, tabindex: 0 }));
  }

  panel(id: TabId): HTMLElement {
    return this.panels[this.ids.indexOf(id)];
  }

  /** Shows tab `id`; `render` false skips `onChange` (the caller redraws the panel itself). */
  select(id: TabId, render = true): void {
    this.current = id;
    this.ids.forEach((t, i) => {
      this.buttons[i].setAttribute('aria-selected', String(t === id));
      this.buttons[i].tabIndex = t === id ? 0 : -1;
      this.panels[i].hidden = t !== id;
    });
    if (render) this.onChange();
  }
}
