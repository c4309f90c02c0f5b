/**
 * `npm run replay -- <save.json> [--scenario <path>] [--json]`: replays a save's order log without
 * agents and prints the final state hash, which equals the game's own when the save is intact.
 * Exit 0 when every hash matches, 3 when the replay diverges, 2 for a bad file or argument.
 */
import { readFileSync } from 'node:fs';
import { parseSave } from '../runtime/save.js';
import { replaySave } from '../runtime/replay.js';
import { CliError, parseOrFail } from './args.js';
import { loadScenarioArg } from './inputs.js';
import { runMain } from './main.js';

function replay(argv: string[]): void {
  const { values, positionals } = parseOrFail({
    args: argv, strict: true, allowPositionals: true,
    options: { json: { type: 'boolean' }, scenario: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new CliError(`replay: expected one save file, got ${positionals.length} (npm run replay -- save.json [--json])`);
  const path = positionals[0];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError(`save file ${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const parsed = parseSave(text);
  if (!parsed.ok) throw new CliError(`save file ${path}: ${parsed.error}`);
  const scenario = values.scenario ? loadScenarioArg(values.scenario as string).scenario : undefined;
  const res = replaySave(parsed.save, scenario);
  if (!res.ok) throw new CliError(`save file ${path}: ${res.error}`);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({
      scenario: parsed.save.scenario.id, seed: parsed.save.seed, turns: res.hashes.length, finalHash: res.finalHash,
      savedHash: parsed.save.stateHash, matches: res.matches, firstMismatch: res.firstMismatch, hashes: res.hashes,
      ending: res.state.ending ? { kind: res.state.ending.kind, turn: res.state.ending.turn } : null,
    }, null, 2)}\n`);
  } else {
    process.stdout.write(`${res.finalHash}\n`);
    if (!res.matches) process.stderr.write(`replay diverges from the save${res.firstMismatch ? ` at turn ${res.firstMismatch}` : ''} (save says ${parsed.save.stateHash})\n`);
  }
  if (!res.matches) process.exitCode = 3;
}

runMain(() => replay(process.argv.slice(2)));
