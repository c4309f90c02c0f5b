import { describe, expect, it } from 'vitest';
import { legalOrders } from '../../src/sim/orders.js';
import { stateHash } from '../../src/sim/engine.js';
import { loadSave, parseSave, serializeSave, toSave } from '../../src/runtime/save.js';
import { replaySave } from '../../src/runtime/replay.js';
import { SeededTestDirector, testSession, hashes } from './helpers.js';

const SAVED_AT = '2024-01-01T00:00:00.000Z';

function playedSession(turns = 3) {
  const s = testSession({ seats: { IRN: 'human' }, seed: 5 });
  for (let t = 0; t < turns; t++) {
    const order = legalOrders(s.state, 'IRN').filter((o) => !o.type.startsWith('military.'))[t];
    expect(s.queue(order)).toBeNull();
    if (t === 1) s.facilitate({ injects: [{ event: 'israelIranStrikes', note: 'white cell' }] });
    s.endTurn();
  }
  return s;
}

const loadOpts = (seed: number) => ({ session: { makeDirector: () => new SeededTestDirector(seed) } });

describe('save files', () => {
  it('round-trips: parse, load by replay, same hashes, and play continues identically', () => {
    const s = playedSession();
    const text = serializeSave(s, { savedAt: SAVED_AT });
    const parsed = parseSave(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.save.turns.length).toBe(3);
    expect(parsed.save.stateHash).toBe(stateHash(s.state));
    const loaded = loadSave(parsed.save, loadOpts(5));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(hashes(loaded.session)).toEqual(hashes(s));
    expect(loaded.session.seats.IRN).toBe('human');
    expect(loaded.session.log[1].facilitator?.injects?.[0].event).toBe('israelIranStrikes');
    // The agents' memory came back too: the next turn is the same in both.
    s.endTurn();
    loaded.session.endTurn();
    expect(loaded.session.log[3].stateHash).toBe(s.log[3].stateHash);
  });

  it('a save whose later turns no longer replay (another version of the game) is refused, or loaded up to them on request', () => {
    const s = playedSession();
    const save = toSave(s, { savedAt: SAVED_AT });
    // Turn 3 was played under other rules: its recorded hash is not what this version computes.
    const other = { ...save, turns: save.turns.map((t, i) => (i === 2 ? { ...t, stateHash: '0123456789abcdef' } : t)) };
    const refused = loadSave(other, loadOpts(5));
    expect(refused).toMatchObject({ ok: false, replayable: 2, error: expect.stringMatching(/^turns\[2\] \(turn 3\) does not replay/) });
    const partial = loadSave(other, { ...loadOpts(5), upToDivergence: true });
    if (!partial.ok) throw new Error(partial.error);
    expect(partial.partial).toEqual({ turnsLoaded: 2, turnsInSave: 3, lastTurn: 2 });
    expect(partial.session.state.turn).toBe(3);
    expect(hashes(partial.session)).toEqual(hashes(s).slice(0, 2));
    expect(stateHash(partial.session.state)).toBe(save.turns[1].stateHash);
    // Play goes on from there under this version.
    partial.session.endTurn();
    expect(partial.session.log.length).toBe(3);
    // Nothing replays when the first turn already differs: refused, with nothing to offer.
    const first = { ...save, turns: save.turns.map((t, i) => (i === 0 ? { ...t, stateHash: '0123456789abcdef' } : t)) };
    const none = loadSave(first, { ...loadOpts(5), upToDivergence: true });
    expect(none.ok).toBe(false);
    expect(none.ok ? 0 : none.replayable).toBeUndefined();
  });

  it('replaySave reproduces the game hash turn by turn', () => {
    const s = playedSession();
    const res = replaySave(toSave(s, { savedAt: SAVED_AT }));
    if (!res.ok) throw new Error(res.error);
    expect(res.finalHash).toBe(stateHash(s.state));
    expect(res.hashes.map((h) => h.hash)).toEqual(hashes(s));
    expect(res.matches).toBe(true);
  });

  it('refuses every bad save with a message naming what and where, and the good save still loads', () => {
    const s = playedSession();
    const good = serializeSave(s, { savedAt: SAVED_AT });
    const obj = JSON.parse(good);

    const truncated = parseSave(good.slice(0, 812));
    expect(truncated).toEqual({ ok: false, error: 'the file is not JSON (unexpected end at position 812)' });

    expect(parseSave('{"format": nope}')).toMatchObject({ ok: false, error: expect.stringMatching(/^the file is not JSON \(/) });

    const unknownAction = structuredClone(obj);
    unknownAction.turns[2].orders[0].type = 'corridor.grab';
    expect(parseSave(JSON.stringify(unknownAction))).toEqual({ ok: false, error: 'turns[2].orders[0].type: unknown action "corridor.grab"' });

    const newer = { ...obj, version: 2 };
    expect(parseSave(JSON.stringify(newer))).toEqual({ ok: false, error: 'format version 2 is newer than this game (1)' });

    const other = { ...obj, scenario: { ...obj.scenario, id: 'spring-2024' } };
    expect(parseSave(JSON.stringify(other), { id: 'autumn-2023' })).toEqual({ ok: false, error: 'this save is from scenario spring-2024 but this game is autumn-2023' });
    const otherLoad = loadSave(parseSaveOk(JSON.stringify(other)), loadOpts(5));
    expect(otherLoad).toMatchObject({ ok: false, error: expect.stringMatching(/another version of scenario spring-2024/) });

    // An edited order that still parses: the replay no longer reaches the recorded state.
    const edited = structuredClone(obj);
    const alt = legalOrders(s.starts[0].state, 'IRN').filter((o) => !o.type.startsWith('military.'))[4];
    edited.turns[0].orders[0] = { ...alt };
    const editedLoad = loadSave(parseSaveOk(JSON.stringify(edited)), loadOpts(5));
    expect(editedLoad).toMatchObject({ ok: false, error: expect.stringMatching(/^turns\[0\] \(turn 1\) does not replay to the recorded state .*edited/) });
    const editedReplay = replaySave(parseSaveOk(JSON.stringify(edited)));
    expect(editedReplay).toMatchObject({ ok: true, matches: false, firstMismatch: 1 });

    expect(parseSave('[]')).toMatchObject({ ok: false, error: expect.stringMatching(/not a save/) });
    expect(parseSave('{"format":"other"}')).toMatchObject({ ok: false, error: expect.stringMatching(/not a save of this game/) });
    expect(parseSave(12 as unknown)).toMatchObject({ ok: false });

    const again = loadSave(parseSaveOk(good), loadOpts(5));
    expect(again.ok && stateHash(again.session.state)).toBe(stateHash(s.state));
  });
});

function parseSaveOk(text: string) {
  const p = parseSave(text);
  if (!p.ok) throw new Error(p.error);
  return p.save;
}
