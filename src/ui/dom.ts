/**
 * Tiny DOM helpers. Text always goes in through textContent, never innerHTML, so nothing from a save
 * file or the game log can inject markup.
 */

type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;
export type Child = Node | string | number | null | undefined | false;

/** Creates an element: attributes (on* keys become listeners) and children (strings become text). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') node.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'text') node.textContent = String(v);
    else if (k === 'className') node.className = String(v);
    // Through the CSSOM: the page's Content-Security-Policy (no 'unsafe-inline') blocks style attributes.
    else if (k === 'style') node.style.cssText = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

/** Replaces all children of `parent`. */
export function mount(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const n = document.getElementById(id);
  if (!n) throw new Error(`missing #${id}`);
  return n as T;
}

/** Shows a short message in the status line (screen readers hear it too). */
export function toast(message: string, kind: 'info' | 'error' = 'info'): void {
  const t = byId('toast');
  t.textContent = message;
  t.className = `show ${kind}`;
  window.clearTimeout((t as unknown as { _h?: number })._h);
  (t as unknown as { _h?: number })._h = window.setTimeout(() => { t.className = ''; t.textContent = ''; }, kind === 'error' ? 8000 : 3500);
}

/** Hides the toast now: a "Queued: ..." note belongs to the month it was given in, not to the next one. */
export function clearToast(): void {
  const t = byId('toast');
  window.clearTimeout((t as unknown as { _h?: number })._h);
  t.className = '';
  // Emptied too: a hidden toast's words had still been read out (and found by the page's text) on the end screen.
  t.textContent = '';
}

/** Formats a signed number with its sign. */
export function signed(n: number, digits = 0): string {
  const s = n.toFixed(digits);
  return n > 0 ? `+${s}` : s;
}
