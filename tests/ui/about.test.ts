import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { markdownBlocks } from '../../src/ui/panels/about.js';

describe('the About this model page', () => {
  it('reads the shipped page as headings, paragraphs and bullets, each bullet whole', () => {
    const blocks = markdownBlocks(readFileSync('docs/about-the-model.md', 'utf8'));
    expect(blocks[0]).toEqual({ kind: 'h', text: 'About this model: what the game simplifies' });
    const bullets = blocks.filter((b) => b.kind === 'li');
    expect(bullets.length).toBeGreaterThanOrEqual(10);
    expect(bullets.some((b) => b.text.startsWith('**Six states, one theatre.**') && b.text.includes('Georgia appear only as arms suppliers'))).toBe(true);
    // No line of the file is lost or split into a block of its own.
    expect(blocks.every((b) => !b.text.startsWith('  '))).toBe(true);
  });
});
