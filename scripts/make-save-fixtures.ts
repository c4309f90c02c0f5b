/**
 * Rebuilds the save fixtures of tests/fixtures/hostile/saves: `good.json` is a real 3-turn game
 * (autumn-2023, seed 11, Yerevan human: a summit with Tehran, then two quiet turns; agents elsewhere),
 * and each hostile file is good.json with one thing broken. A save records every turn's state hash,
 * so any change to the rules makes the old fixtures stale ("does not replay to the recorded state"):
 * run `npx tsx scripts/make-save-fixtures.ts` after such a change and commit the result. The files
 * that are not JSON (empty, html, not-json, null, array) do not depend on the rules and are kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession } from '../src/runtime/session.js';
import { serializeSave } from '../src/runtime/save.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/hostile/saves');

function goodSave(): string {
  const session = createSession({ scenario: 'autumn-2023', seed: 11, seats: { ARM: 'human' }, plain: true, difficulty: 'standard' });
  const refused = session.queue({ actor: 'ARM', type: 'diplomacy.summit', params: { target: 'IRN' } });
  if (refused) throw new Error(`the fixture's order was refused: ${refused}`);
  for (let t = 0; t < 3; t++) session.endTurn();
  const text = serializeSave(session, { savedAt: '2024-01-01T00:00:00.000Z', agents: false });
  session.dispose();
  return text;
}

type Save = Record<string, any>;
/** Each hostile variant: one edit of a copy of the good save. */
const VARIANTS: Record<string, (s: Save) => void> = {
  'bad-params.json': (s) => { s.turns[0].orders[0].params.target = {}; },
  'edited-order.json': (s) => { s.turns[0].orders[0].params.target = 'TUR'; },
  'hash-malformed.json': (s) => { s.stateHash = 'not-a-hash'; },
  'hash-tampered.json': (s) => { s.stateHash = (s.stateHash[0] === '0' ? '1' : '0') + s.stateHash.slice(1); },
  'missing-seats.json': (s) => { delete s.seats; },
  'negative-seed.json': (s) => { s.seed = -1; },
  'newer-version.json': (s) => { s.version = 2; },
  'other-scenario-version.json': (s) => { s.scenario.hash = '0123456789abcdef'; },
  'other-scenario.json': (s) => { s.scenario.id = 'spring-2024'; },
  'turns-out-of-order.json': (s) => { s.turns[1].turn = 1; },
  'unknown-action.json': (s) => { s.turns[1].orders.push({ actor: 'ARM', type: 'military.nuke', params: {} }); },
  'unknown-actor.json': (s) => { s.turns[0].orders[0].actor = 'GEO'; },
  'unknown-scenario.json': (s) => { s.scenario.id = 'moon-2030'; },
  'wrong-format.json': (s) => { s.format = 'another-game'; },
};

const good = goodSave();
const first = (JSON.parse(good) as Save).turns[0].orders[0];
if (first.actor !== 'ARM' || first.params.target !== 'IRN') throw new Error('the variants expect the summit to be the first order of turn 1');
fs.writeFileSync(path.join(DIR, 'good.json'), good);
// A save cut off mid-write (a crash during an export).
fs.writeFileSync(path.join(DIR, 'truncated.json'), good.slice(0, Math.floor(good.length * 0.6)));
for (const [file, edit] of Object.entries(VARIANTS)) {
  const s = JSON.parse(good) as Save;
  edit(s);
  fs.writeFileSync(path.join(DIR, file), JSON.stringify(s));
}
process.stdout.write(`wrote good.json, truncated.json and ${Object.keys(VARIANTS).length} variants to ${DIR}\n`);
