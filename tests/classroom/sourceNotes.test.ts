import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../src/shared/actions.js';
import { WORLD_EVENT_IDS } from '../../src/sim/systems/catalogue.js';
import { ACTION_NOTES, EVENT_NOTES, MODEL_NOTES, sourceNoteFor } from '../../src/shared/sourceNotes.js';

const ARTICLE = '/work/shared/seed/000_b856f5b687d1ce74.txt';
const SECTIONS = ['§Introduction', '§Turkey', '§Iran-Armenia', '§Israel', '§Postwar', '§Conclusion'];

/** Lower-case word sequence, punctuation dropped, for overlap checks. */
const words = (t: string) => t.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);

describe('source notes', () => {
  it('has a note for every action id and every world event id', () => {
    const missingActions = ACTION_TYPES.filter((id) => !ACTION_NOTES[id]);
    const missingEvents = WORLD_EVENT_IDS.filter((id) => !EVENT_NOTES[id]);
    expect(missingActions, 'actions without a source note').toEqual([]);
    expect(missingEvents, 'world events without a source note').toEqual([]);
    expect(sourceNoteFor('event.embassyAttack')).toBe(EVENT_NOTES.embassyAttack);
  });

  it('has a note for every agent model file', () => {
    const models = readdirSync(new URL('../../src/agents/models/', import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect(models.filter((m) => !MODEL_NOTES[m]), 'models without a note').toEqual([]);
  });

  it('cites real sections and gives a claim of some substance', () => {
    for (const [id, note] of Object.entries({ ...ACTION_NOTES, ...EVENT_NOTES, ...MODEL_NOTES })) {
      expect(note.sections.length, id).toBeGreaterThan(0);
      for (const s of note.sections) expect(SECTIONS, `${id} cites ${s}`).toContain(s);
      expect(words(note.claim).length, `${id} claim length`).toBeGreaterThanOrEqual(12);
    }
  });

  it('paraphrases: no run of eight words is copied from the article', () => {
    const article = ` ${words(readFileSync(ARTICLE, 'utf8')).join(' ')} `;
    const copied: string[] = [];
    for (const [id, note] of Object.entries({ ...ACTION_NOTES, ...EVENT_NOTES, ...MODEL_NOTES })) {
      const w = words(note.claim);
      for (let i = 0; i + 8 <= w.length; i++) {
        const run = w.slice(i, i + 8).join(' ');
        if (article.includes(` ${run} `)) copied.push(`${id}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
