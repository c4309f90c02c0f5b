/**
 * `npm run simulate -- [--scenario <id|path>] [--seed <n>] [--turns <n>] [--human AZE=<orders.json>]...
 *  [--runs <n>] [--json] [--difficulty novice|standard|expert] [--plain] [--workers <n>] [--save <file>]`
 *
 * One game (turn-by-turn headlines, or one JSON document with --json), or with --runs a Monte Carlo
 * batch over seeds seed..seed+runs-1. Bad input exits with code 2 and one line on stderr.
 */
import { writeFileSync } from 'node:fs';
import type { ActorId } from '../shared/ids.js';
import type { HumanScript } from '../runtime/headless.js';
import { parseSimulateArgs, CliError } from './args.js';
import { runMain } from './main.js';

async function simulate(argv: string[]): Promise<void> {
  const args = parseSimulateArgs(argv);
  // The sim and the agents load only after the arguments are known to be good: a typo fails fast.
  const { loadOrdersFile, loadScenarioArg } = await import('./inputs.js');
  const { scenario } = loadScenarioArg(args.scenario);
  const humanScripts: Partial<Record<ActorId, HumanScript>> = {};
  for (const h of args.human) humanScripts[h.actor] = loadOrdersFile(h.file, h.actor);
  const { batchReport, gameReport, turnLine } = await import('./format.js');
  const common = { scenario, turns: args.turns, humanScripts, difficulty: args.difficulty, plain: args.plain };

  if (args.runs !== undefined) {
    const { runBatchParallel } = await import('./pool.js');
    const result = await runBatchParallel({ ...common, seed: args.seed, runs: args.runs }, {
      workers: args.workers ?? (args.runs >= 50 ? undefined : 1),
      onProgress: args.json || !process.stderr.isTTY ? undefined : (done, total) => process.stderr.write(`\r${done}/${total} games`),
    });
    if (!args.json && process.stderr.isTTY) process.stderr.write('\n');
    process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${batchReport(result)}\n`);
    return;
  }

  const { playGame } = await import('../runtime/headless.js');
  const { summariseGame } = await import('../runtime/summary.js');
  const { serializeSave } = await import('../runtime/save.js');
  const result = playGame({
    ...common, seed: args.seed,
    onTurn: args.json ? undefined : (session, turn) => process.stdout.write(`${turnLine(session.state, turn, session.events)}\n`),
  });
  const summary = summariseGame(result, args.seed, (id) => result.session.agentView(id));
  if (args.save) {
    try {
      writeFileSync(args.save, serializeSave(result.session));
    } catch (err) {
      throw new CliError(`--save ${args.save}: cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
  }
  result.session.dispose();
  process.stdout.write(args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${gameReport(summary)}\n`);
}

runMain(() => simulate(process.argv.slice(2)));
