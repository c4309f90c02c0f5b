/**
 * Hostile save files (tests/fixtures/hostile/saves, made from a real 3-turn game, `good.json`): each
 * is refused by parseSave or loadSave with one clear line naming the problem and where; neither ever
 * throws, and nothing a file holds gets into Object.prototype.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSave, loadSaveText, parseSave } from '../../src/runtime/save.js';

const DIR = path.resolve(__dirname, '../fixtures/hostile/saves');
const read = (f: string): string => fs.readFileSync(path.join(DIR, f), 'utf8');
const GOOD = read('good.json');

/** Refused by parseSave (before any replay): file -> what the error says. */
const AT_PARSE: Record<string, RegExp> = {
  'truncated.json': /^the file is not JSON \(unexpected end at position \d+\)$/,
  'empty.json': /^the file is empty$/,
  'null.json': /^the file is JSON but not a save \(expected an object\)$/,
  'array.json': /^the file is JSON but not a save \(expected an object\)$/,
  'not-json.json': /^the file is not JSON \(/,
  'html.json': /^the file is not JSON \(/,
  'hash-malformed.json': /^stateHash: expected a 16-digit hex state hash/,
  'newer-version.json': /^format version 2 is newer than this game \(1\)$/,
  'wrong-format.json': /^the file is not a save of this game \(format "another-game"/,
  'negative-seed.json': /^seed: .*>=0/,
  'turns-out-of-order.json': /^turns\[1\]\.turn: turn 1 comes after turn 1; turns must increase$/,
  'unknown-action.json': /^turns\[1\]\.orders\[\d+\]\.type: unknown action "military\.nuke"$/,
  'unknown-actor.json': /^turns\[0\]\.orders\[0\]\.actor: unknown actor "GEO"/,
  'missing-seats.json': /^seats: /,
};

/** Parse, then refused by loadSave (the replay): file -> what the error says. */
const AT_LOAD: Record<string, RegExp> = {
  'edited-order.json': /^turns\[0\] \(turn 1\) does not replay to the recorded state .*edited/,
  'bad-params.json': /^turns\[0\] \(turn 1\) does not replay to the recorded state/,
  'hash-tampered.json': /^the replayed game ends in state [0-9a-f]{16} but the save says [0-9a-f]{16}: the save was edited/,
  'other-scenario.json': /another version of scenario spring-2024|from scenario spring-2024/,
  'other-scenario-version.json': /^this save is from another version of scenario autumn-2023 \(file hash 0123456789abcdef/,
  'unknown-scenario.json': /^this save is from scenario moon-2030, which this game does not have$/,
};

describe('hostile save files', () => {
  it('the corpus and the expectations list the same files', () => {
    const files = fs.readdirSync(DIR).sort();
    expect(files).toEqual(['good.json', ...Object.keys(AT_PARSE), ...Object.keys(AT_LOAD)].sort());
  });

  it('the good save loads and replays to its hash', () => {
    const r = loadSaveText(GOOD, { session: { plain: true } });
    expect(r.ok ? '' : r.error).toBe('');
    r.ok && r.session.dispose();
  });

  for (const [file, want] of Object.entries(AT_PARSE)) {
    it(`${file}: refused when parsed`, () => {
      const r = parseSave(read(file));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(want);
    });
  }

  for (const [file, want] of Object.entries(AT_LOAD)) {
    it(`${file}: refused when replayed`, () => {
      const p = parseSave(read(file));
      expect(p.ok ? '' : p.error).toBe('');
      if (!p.ok) return;
      const r = loadSave(p.save, { session: { plain: true } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(want);
    });
  }

  it('a save of another scenario is refused up front when the game says which it expects', () => {
    const r = parseSave(read('other-scenario.json'), { id: 'autumn-2023' });
    expect(r.ok ? '' : r.error).toBe('this save is from scenario spring-2024 but this game is autumn-2023');
  });

  it('never throws: non-text, huge, deep, 5 MB fields, prototype keys', () => {
    let deep = '1';
    for (let i = 0; i < 10_000; i++) deep = `[${deep}]`;
    const good = JSON.parse(GOOD) as Record<string, unknown>;
    const cases: unknown[] = [
      undefined, null, 42, {}, [], Symbol('s'),
      `{"format":"unlikely-alliances-save","agents":${deep}}`,
      JSON.stringify({ ...good, label: 'x'.repeat(5_000_000) }),
      JSON.stringify({ ...good, agents: 'y'.repeat(5_000_000) }),
      GOOD.replace('{', '{"__proto__":{"polluted":"yes"},'),
      'x'.repeat(25_000_000),
    ];
    for (const c of cases) {
      const r = parseSave(c);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      if (r.ok) {
        const l = loadSave(r.save, { session: { plain: true } });
        if (l.ok) l.session.dispose();
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const big = parseSave(JSON.stringify({ ...good, label: 'x'.repeat(5_000_000) }));
    expect(big.ok ? '' : big.error).toMatch(/^label: /);
    const huge = parseSave('x'.repeat(25_000_000));
    expect(huge.ok ? '' : huge.error).toMatch(/too large/);
  });

  it('agents memory that is junk (a deep list) fails the load with a message, not a crash', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const p = parseSave(GOOD);
    if (!p.ok) throw new Error(p.error);
    for (const agents of [deep, 'junk', 42, { AZE: { nonsense: true } }]) {
      const r = loadSave({ ...p.save, agents }, { session: { plain: true } });
      if (!r.ok) expect(r.error).toMatch(/\S/);
      else r.session.dispose();
    }
  });
});
