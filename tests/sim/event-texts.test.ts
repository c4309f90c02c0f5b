/**
 * The news feed shows event texts as written: they must read as plain words, never as an id
 * ("airDefence"), a missing value ("undefined", "NaN") or an object. Played over both scenarios with
 * agents on every seat, so most actions, systems and world events get written.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/runtime/headless.js';
import { checkEnding } from '../../src/sim/systems/endings.js';
import { setupGame } from '../helpers/setupGame.js';

const RAW = /\b[a-z]+[A-Z][A-Za-z]*\b|\bundefined\b|\bNaN\b|\[object |\b(AZE|ARM|IRN|TUR|ISR|RUS)\b/;

describe('event texts', () => {
  it('never show raw ids or missing values', () => {
    const bad = new Set<string>();
    let texts = 0;
    for (const scenario of ['autumn-2023', 'spring-2024']) {
      for (let seed = 1; seed <= 4; seed++) {
        const r = playGame({ scenario, seed, plain: true, keepStarts: false });
        for (const e of r.events) {
          texts++;
          if (RAW.test(e.text)) bad.add(e.text);
        }
        // The ledger shows the promises' texts, the end screen the ending's.
        for (const c of r.state.commitments) if (RAW.test(c.text)) bad.add(c.text);
        if (r.state.ending && RAW.test(r.state.ending.text)) bad.add(r.state.ending.text);
        r.session.dispose();
      }
    }
    expect(texts).toBeGreaterThan(200);
    expect([...bad].slice(0, 10)).toEqual([]);
  });
});

describe('ending texts', () => {
  it('name the states at war in words', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-IRN'].rung = 9; } });
    const ending = checkEnding(s);
    expect(ending?.kind).toBe('regionalPowerWar');
    expect(ending?.text).toMatch(/War between Azerbaijan and Iran/);
    expect(RAW.test(ending!.text)).toBe(false);
  });
});
