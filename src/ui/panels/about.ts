/**
 * "About this model": what the game simplifies (docs/about-the-model.md, shipped in the bundle as text)
 * and the theory behind each of the agents' models with the article's claim it serves (MODEL_NOTES).
 * A teacher had found no way to see either without opening the repository. The page's markdown is a
 * handful of headings, paragraphs and bullets with bold and code spans: drawn as text nodes, never HTML.
 */
import aboutText from '../../../docs/about-the-model.md?raw';
import { ARTICLE_REFERENCE, MODEL_NOTES } from '../../shared/sourceNotes.js';
import { el } from '../dom.js';

/** A line's **bold**, *italic* and `code` spans as nodes. */
function inline(text: string): (string | HTMLElement)[] {
  const out: (string | HTMLElement)[] = [];
  const re = /\*\*(.+?)\*\*|`([^`]+)`|\*([^*]+)\*/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(m[1] !== undefined ? el('strong', {}, m[1]) : m[2] !== undefined ? el('code', {}, m[2]) : el('em', {}, m[3]));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** The blocks of a small markdown text: headings, paragraphs and bullet lists (continuation lines joined). */
export function markdownBlocks(md: string): { kind: 'h' | 'p' | 'li'; text: string }[] {
  const blocks: { kind: 'h' | 'p' | 'li'; text: string }[] = [];
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    const last = blocks[blocks.length - 1];
    if (!line.trim()) { blocks.push({ kind: 'p', text: '' }); continue; }
    if (line.startsWith('#')) blocks.push({ kind: 'h', text: line.replace(/^#+\s*/, '') });
    else if (line.startsWith('- ')) blocks.push({ kind: 'li', text: line.slice(2) });
    else if (last && last.text && (last.kind === 'p' || last.kind === 'li')) last.text += ` ${line.trim()}`;
    else blocks.push({ kind: 'p', text: line.trim() });
  }
  return blocks.filter((b) => b.text);
}

/** The page's content: the simplifications, then the models. */
export function aboutContent(): HTMLElement {
  const body: HTMLElement[] = [];
  let list: HTMLElement | null = null;
  for (const b of markdownBlocks(aboutText)) {
    if (b.kind === 'li') {
      if (!list) { list = el('ul', {}); body.push(list); }
      list.append(el('li', {}, ...inline(b.text)));
      continue;
    }
    list = null;
    body.push(b.kind === 'h' ? el('h2', {}, ...inline(b.text)) : el('p', {}, ...inline(b.text)));
  }
  return el('div', { className: 'about-body' },
    ...body,
    el('h2', {}, 'The agents\' models and the claims behind them'),
    el('ul', { id: 'about-models' }, ...Object.values(MODEL_NOTES).map((m) => el('li', {},
      el('strong', {}, m.theory), `: ${m.inGame} `,
      el('span', { className: 'muted' }, `The article (${m.sections.join(', ')}): ${m.claim}`),
      m.beyond ? el('div', { className: 'small muted' }, `Beyond the article: ${m.beyond}`) : null))),
    el('p', { className: 'small muted' }, `Source: ${ARTICLE_REFERENCE}`),
  );
}

/** Opens the page over whatever is showing; Close (or Escape) returns to it. */
export function openAbout(): void {
  document.getElementById('about-model')?.remove();
  const close = () => box.remove();
  const box = el('section', { id: 'about-model', role: 'dialog', 'aria-label': 'About this model', className: 'about-model' },
    el('div', { className: 'row' }, el('button', { id: 'about-close', className: 'primary', onclick: close }, 'Close')),
    aboutContent(),
  );
  box.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  document.body.append(box);
  (box.querySelector('#about-close') as HTMLElement | null)?.focus();
}
