/**
 * The runtime with the real agents (plain path and XState): a save loaded mid-game and a branch both
 * continue exactly as the original game would.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/runtime/session.js';
import { loadSaveText, serializeSave } from '../../src/runtime/save.js';

describe('runtime with the real agents', () => {
  for (const plain of [true, false]) {
    it(`${plain ? 'plain' : 'XState'} director: load and branch continue like the original`, () => {
      const s = createSession({ scenario: 'autumn-2023', seed: 21, seats: {}, difficulty: 'standard', plain });
      s.endTurn();
      s.endTurn();
      const text = serializeSave(s, { savedAt: 'test' });
      const branch = s.branch(2);
      s.endTurn();
      const loaded = loadSaveText(text);
      if (!loaded.ok) throw new Error(loaded.error);
      expect(JSON.parse(text).agents).toBeDefined();
      loaded.session.endTurn();
      branch.endTurn();
      expect(loaded.session.log.map((e) => e.stateHash)).toEqual(s.log.map((e) => e.stateHash));
      expect(branch.log.map((e) => e.stateHash)).toEqual(s.log.slice(0, 2).map((e) => e.stateHash));
      for (const x of [s, loaded.session, branch]) x.dispose();
    });
  }
});
