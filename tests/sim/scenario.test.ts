import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario, parseScenarioText } from '../../src/sim/scenario/load.js';
import { SCENARIOS, getScenario, getScenarioFile } from '../../src/sim/scenario/registry.js';
import { createGame } from '../../src/sim/scenario/build.js';
import { PAIR_KEYS, ACTOR_IDS } from '../../src/shared/ids.js';
import { fixtureText, loadFixture, setupGame } from '../helpers/setupGame.js';

const errorsOf = (name: string): string[] => {
  const res = parseScenario(loadFixture(name), `${name}.json`);
  expect(res.ok, `${name} should be refused`).toBe(false);
  return res.ok ? [] : res.errors;
};

describe('scenario schema', () => {
  it('accepts every built-in level and the tiny fixture', () => {
    for (const s of SCENARIOS) {
      const res = parseScenario(getScenarioFile(s.id), `${s.id}.json`);
      expect(res.ok ? [] : res.errors, s.id).toEqual([]);
    }
    expect(parseScenario(loadFixture('tiny')).ok).toBe(true);
    expect(SCENARIOS.map((s) => s.id)).toEqual(['autumn-2023', 'spring-2024']);
    expect(getScenario('autumn-2023')).toBe(getScenarioFile('autumn-2023'));
    expect(getScenarioFile('nope')).toBeUndefined();
  });

  it('names the JSON path and the value it got', () => {
    expect(errorsOf('invalid-stability-text')).toEqual(['invalid-stability-text.json: actors.AZE.stability: expected a number from 0 to 100, got "high"']);
    expect(errorsOf('invalid-negative-money')).toEqual(['invalid-negative-money.json: actors.ARM.treasuryBn: expected a number from 0 to 100000, got -5']);
    expect(errorsOf('invalid-huge-number')[0]).toBe('invalid-huge-number.json: actors.TUR.gdpBn: expected a number from 0 to 100000, got 1e+300');
    expect(errorsOf('invalid-rung-out-of-range')[0]).toBe('invalid-rung-out-of-range.json: pairs[0].rung: expected a whole number from 0 to 10, got 11');
  });

  it('refuses unknown actors, unknown keys, missing actors and unknown events', () => {
    expect(errorsOf('invalid-unknown-actor')[0]).toMatch(/^invalid-unknown-actor\.json: actors: unknown actor id "GEO"/);
    expect(errorsOf('invalid-extra-key')).toEqual(['invalid-extra-key.json: (root): unknown key "cheats"']);
    expect(errorsOf('invalid-missing-actor')).toEqual(['invalid-missing-actor.json: actors.RUS: expected an object describing the actor, got nothing']);
    expect(errorsOf('invalid-unknown-event')[0]).toMatch(/^invalid-unknown-event\.json: schedule\[0\]\.event: expected one of israelIranStrikes, .*, got "alienInvasion"$/);
  });

  it('checks cross-references: neighbours and schedule turns', () => {
    expect(errorsOf('invalid-bad-neighbour')[0]).toMatch(/provinces\["AM\.SU"\]\.neighbours\[1\]: expected a map code like AM\.SU, got "XX\.YY"|provinces\["AM\.SU"\]\.neighbours\[1\]: expected a province listed in provinces/);
    expect(errorsOf('invalid-schedule-past-end')).toEqual(["invalid-schedule-past-end.json: schedule[0].turn: expected a turn from 1 to 3 (the scenario's length), got 9"]);
    const tiny = loadFixture('tiny') as { provinces: Record<string, { neighbours: string[] }> };
    tiny.provinces['AM.SU'].neighbours.push('AM.ER');
    const res = parseScenario(tiny, 't.json');
    expect(res.ok ? [] : res.errors).toEqual(['t.json: provinces["AM.SU"].neighbours[1]: expected a province listed in provinces, got "AM.ER"']);
  });

  it('refuses NaN, duplicate pairs and a pair of one actor', () => {
    const tiny = loadFixture('tiny') as Record<string, any>;
    tiny.actors.IRN.stability = NaN;
    expect(parseScenario(tiny, 't.json')).toEqual({ ok: false, errors: ['t.json: actors.IRN.stability: expected a number from 0 to 100, got NaN'] });
    const t2 = loadFixture('tiny') as Record<string, any>;
    t2.pairs.push({ a: 'AZE', b: 'ARM' }, { a: 'TUR', b: 'TUR' });
    const res = parseScenario(t2, 't.json');
    expect(res.ok ? [] : res.errors).toEqual([
      't.json: pairs[1]: expected each pair once, but ARM-AZE is listed twice',
      't.json: pairs[2].b: expected an actor other than TUR',
    ]);
  });

  it('reports JSON syntax errors with a line and column', () => {
    const res = parseScenarioText(fixtureText('invalid-syntax'), 'invalid-syntax.json');
    expect(res).toEqual({ ok: false, errors: ['invalid-syntax.json: invalid JSON: unexpected "}" at line 5, column 1 (position 55)'] });
    expect(parseScenarioText(JSON.stringify(loadFixture('tiny'))).ok).toBe(true);
  });

  it('never throws, on junk, deep nesting or huge input', () => {
    fc.assert(fc.property(fc.anything(), (v) => {
      const res = parseScenario(v);
      return res.ok === false && res.errors.length > 0 && res.errors.length <= 21;
    }), { numRuns: 200 });
    let deep: unknown = {};
    for (let i = 0; i < 50_000; i++) deep = { x: deep };
    expect(parseScenario({ ...(loadFixture('tiny') as object), global: deep }).ok).toBe(false);
    expect(parseScenarioText('['.repeat(200_000)).ok).toBe(false);
    expect(parseScenarioText(' '.repeat(2_000_001))).toEqual({ ok: false, errors: ['scenario: file too large (2000001 characters; at most 2000000)'] });
  });
});

describe('createGame', () => {
  it('builds the full state from the default scenario', () => {
    const s = setupGame();
    expect(s.turn).toBe(1);
    expect(s.version).toBe(1);
    expect(Object.keys(s.pairs).sort()).toEqual([...PAIR_KEYS].sort());
    expect(Object.keys(s.actors)).toEqual([...ACTOR_IDS]);
    expect(s.history).toHaveLength(1);
    expect(s.history[0].turn).toBe(0);
    expect(s.actors.ARM.displaced).toBeGreaterThanOrEqual(100_000);
    expect(s.actors.AZE.armsShare.ISR).toBeCloseTo(0.69);
    expect(s.pairs['AZE-IRN'].rung).toBe(3);
    expect(s.pairs['IRN-ISR'].rung).toBe(5);
    expect(s.provinces['AM.SU'].altName).toMatch(/Zangezur/);
    expect(s.provinces['AM.SU'].consulates).toContain('IRN');
    expect(s.global.peacekeepers).toBe(true);
    expect(s.schedule.find((e) => e.event === 'russianWithdrawal')?.turn).toBe(7);
    expect(s.params.hazardBorderClash).toBe(0.05);
    expect(s.params.quietTurnsForDrift).toBeGreaterThan(0);
    expect(s.scenario.hash).toMatch(/^[0-9a-f]{16}$/);
    // Unspecified pairs get defaults; provinces are symmetric neighbours.
    for (const [id, p] of Object.entries(s.provinces)) for (const n of p.neighbours) expect(s.provinces[n].neighbours, `${n} lists ${id}`).toContain(id);
    // The state is plain JSON.
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('accepts an id, fills seats, and keeps ISR and RUS as agents', () => {
    const s = createGame('spring-2024', 7, { seats: { ARM: 'human', ISR: 'human' } });
    expect(s.scenario.id).toBe('spring-2024');
    expect(s.actors.ARM.controller).toBe('human');
    expect(s.actors.ISR.controller).toBe('agent');
    expect(s.actors.AZE.controller).toBe('agent');
    expect(s.rng.seed).toBe(7);
    expect(s.actors.ARM.memberships).toEqual(['CSTO-frozen', 'ICC']);
  });

  it('throws a clear error for an invalid scenario or an unknown id', () => {
    expect(() => createGame(loadFixture('invalid-stability-text'), 1)).toThrow(/actors\.AZE\.stability: expected a number from 0 to 100, got "high"/);
    expect(() => createGame('no-such-level', 1)).toThrow('unknown scenario id "no-such-level"');
  });

  it('is deterministic: same scenario and seed give the same state and hash', () => {
    expect(setupGame({ seed: 3 })).toEqual(setupGame({ seed: 3 }));
    expect(setupGame().scenario.hash).not.toBe(setupGame({ scenario: 'spring-2024' }).scenario.hash);
    expect(setupGame({ seed: 3 }).rng).not.toEqual(setupGame({ seed: 4 }).rng);
  });

  it('lets tests mutate the start state', () => {
    const s = setupGame({ scenario: 'tiny', mutate: (g) => { g.pairs['ARM-AZE'].rung = 8; } });
    expect(s.pairs['ARM-AZE'].rung).toBe(8);
    expect(s.scenario.turns).toBe(3);
  });
});
