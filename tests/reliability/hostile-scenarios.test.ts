/**
 * Hostile scenario files (tests/fixtures/hostile/scenarios, plus a few built here because they are too
 * big or too deep for a file): each is refused with a clear error naming the file, the JSON path and
 * the problem, and neither parse function ever throws. Markup in text fields is accepted as plain
 * text (the UI only ever sets textContent; see no-html.test.ts) and kept verbatim.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../../src/sim/scenario/load.js';
import { createGame } from '../../src/sim/engine.js';

const DIR = path.resolve(__dirname, '../fixtures/hostile/scenarios');
const TINY = fs.readFileSync(path.resolve(__dirname, '../../levels/fixtures/tiny.json'), 'utf8');

/** File -> [the JSON path the first error names, what it says]. */
const EXPECTED: Record<string, [string, RegExp]> = {
  'turns-as-text.json': ['turns', /expected a whole number from 1 to 120, got "twelve"/],
  'actors-as-list.json': ['actors', /expected record, received array/],
  'missing-turns.json': ['turns', /got nothing|missing/],
  'missing-actor-capability.json': ['actors.ARM.capability', /got nothing|missing/],
  'unknown-actor.json': ['actors', /unknown actor id "GEO"/],
  'pair-unknown-actor.json': ['pairs[1].b', /got "USA"/],
  'province-owner-unknown.json': ['provinces["AM.SU"].owner', /got "XXX"/],
  'huge-gdp.json': ['actors.AZE.gdpBn', /got 1e\+308/],
  'infinity-literal.json': ['actors.AZE.gdpBn', /got Infinity/],
  'negative-money.json': ['actors.ARM.treasuryBn', /from 0 .*got -5/],
  'relation-out-of-range.json': ['pairs[0].relation', /from -100 to 100, got 1000/],
  'rung-fraction.json': ['pairs[0].rung', /whole number .*got 4\.5/],
  'actor-key-html.json': ['actors', /unknown actor id "<b>AZE<\/b>"/],
  'proto-key.json': ['(root)', /unknown key "__proto__"/],
  'nested-junk.json': ['actors.AZE.capability.ground', /expected a number .*got a list/],
  'turns-zero.json': ['turns', /got 0/],
  'turns-huge.json': ['turns', /got 1000000000/],
  'start-bad.json': ['start', /YYYY-MM, got "yesterday"/],
  'root-null.json': ['(root)', /expected a scenario object, got null/],
  'root-array.json': ['(root)', /expected a scenario object, got a list of 3/],
  'root-string.json': ['(root)', /expected a scenario object, got "a scenario"/],
  'empty.json': ['invalid JSON', /unexpected end of text at line 1, column 1/],
  'truncated.json': ['invalid JSON', /unexpected end of text at line 1, column 701/],
  'trailing-garbage.json': ['invalid JSON', /unexpected "\}\}\}" at line 1/],
};

function firstError(text: string, source: string): string {
  const r = parseScenarioText(text, source);
  expect(r.ok, `${source} was accepted`).toBe(false);
  return r.ok ? '' : r.errors[0];
}

describe('hostile scenario files', () => {
  it('the corpus and the expectations list the same files', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual([...Object.keys(EXPECTED), 'description-html.json', 'title-script.json'].sort());
  });

  for (const [file, [where, what]] of Object.entries(EXPECTED)) {
    it(`${file}: refused, naming ${where}`, () => {
      const err = firstError(fs.readFileSync(path.join(DIR, file), 'utf8'), file);
      expect(err.startsWith(`${file}: ${where}`)).toBe(true);
      expect(err).toMatch(what);
      expect(err.length).toBeLessThan(400);
    });
  }

  it('markup in text fields is kept verbatim as plain text, and the game starts', () => {
    for (const file of ['title-script.json', 'description-html.json']) {
      const r = parseScenarioText(fs.readFileSync(path.join(DIR, file), 'utf8'), file);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const state = createGame(JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')), 1, {});
      expect(`${state.scenario.title} ${state.scenario.description}`).toMatch(/<script>alert\("x"\)<\/script>|<img src=x onerror=alert\(1\)>/);
    }
  });
});

describe('hostile scenarios built in the test', () => {
  const tiny = JSON.parse(TINY) as Record<string, unknown>;
  let deep: unknown = 1;
  for (let i = 0; i < 10_000; i++) deep = [deep];

  it('a 10,000-deep list, as text and as a value, at the root and in a field', () => {
    expect(firstError(`${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'deep')).toBe('deep: (root): expected a scenario object, got a list of 1');
    const r = parseScenario({ ...tiny, description: deep }, 'deep');
    expect(r.ok ? '' : r.errors[0]).toMatch(/^deep: description: expected a text .*got a list of 1/);
  });

  it('a 5 MB file is refused for its size before parsing; a 5 MB title for its length', () => {
    const huge = JSON.stringify({ ...tiny, title: 'x'.repeat(5_000_000) });
    expect(firstError(huge, 'big')).toMatch(/^big: file too large \(\d+ characters; at most \d+\)/);
    const r = parseScenario({ ...tiny, title: 'x'.repeat(5_000_000) }, 'big');
    expect(r.ok ? '' : r.errors[0]).toMatch(/^big: title: expected a text of 1 to \d+ characters, got "x{40}\.\.\."/);
  });

  it('never throws: non-text input, getters that throw, proxies, cycles', () => {
    const cyclic: Record<string, unknown> = { ...tiny };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({ ...tiny }, 'turns', { enumerable: true, get() { throw new Error('boom'); } });
    const proxy = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    for (const v of [undefined, 42, Symbol('x'), () => 1, cyclic, throwing, proxy, Object.create(null)]) {
      const r = parseScenario(v, 'odd');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(/^odd: /);
    }
    for (const v of [undefined, null, 42, {}, []]) {
      const r = parseScenarioText(v as unknown as string, 'odd');
      expect(r.ok).toBe(false);
    }
  });

  it('a scenario with 10,000 unknown keys reports a bounded number of errors', () => {
    const many: Record<string, unknown> = { ...tiny };
    for (let i = 0; i < 10_000; i++) many[`k${i}`] = i;
    const r = parseScenario(many, 'many');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.length).toBeLessThanOrEqual(21);
      expect(r.errors.join('\n').length).toBeLessThan(20_000);
    }
  });
});
