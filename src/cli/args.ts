/**
 * Command-line arguments of `npm run simulate`: parsed with node:util parseArgs and checked, each
 * problem reported as one line (`--seed: expected a whole number from 0 to 4294967295, got "x"`).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ACTOR_IDS, PLAYABLE_IDS, isActorId, type ActorId } from '../shared/ids.js';
import { DIFFICULTIES, type Difficulty } from '../agents/types.js';

/** A user error: the CLI prints its message on one line and exits with code 2. */
export class CliError extends Error {}

export interface SimulateArgs {
  scenario: string;
  seed: number;
  turns?: number;
  human: { actor: ActorId; file: string }[];
  runs?: number;
  json: boolean;
  difficulty: Difficulty;
  plain: boolean;
  workers?: number;
  save?: string;
}

const MAX_SEED = 0xffffffff;

/** Parses a bounded whole number option. */
export function wholeNumber(name: string, raw: string | undefined, lo: number, hi: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < lo || n > hi) {
    throw new CliError(`--${name}: expected a whole number from ${lo} to ${hi}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

/** Runs parseArgs and turns its exceptions into one-line CliErrors. */
export function parseOrFail<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new CliError(msg.split('\n')[0].replace(/\. To specify an option argument.*$/, ''));
  }
}

function humanFlag(raw: string): { actor: ActorId; file: string } {
  const eq = raw.indexOf('=');
  if (eq <= 0 || eq === raw.length - 1) throw new CliError(`--human: expected ACTOR=orders.json, got ${JSON.stringify(raw)}`);
  const actor = raw.slice(0, eq).toUpperCase();
  if (!isActorId(actor)) throw new CliError(`--human: unknown actor ${JSON.stringify(raw.slice(0, eq))} (expected one of ${ACTOR_IDS.join(', ')})`);
  if (!(PLAYABLE_IDS as readonly string[]).includes(actor)) {
    throw new CliError(`--human: ${actor} is always played by an agent (playable: ${PLAYABLE_IDS.join(', ')})`);
  }
  return { actor, file: raw.slice(eq + 1) };
}

/** Parses `simulate`'s arguments (without the node and script paths). Throws CliError. */
export function parseSimulateArgs(argv: string[]): SimulateArgs {
  const { values } = parseOrFail({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      scenario: { type: 'string' },
      seed: { type: 'string' },
      turns: { type: 'string' },
      human: { type: 'string', multiple: true },
      runs: { type: 'string' },
      json: { type: 'boolean' },
      difficulty: { type: 'string' },
      plain: { type: 'boolean' },
      workers: { type: 'string' },
      save: { type: 'string' },
    },
  });
  const difficulty = (values.difficulty ?? 'standard') as string;
  if (!(DIFFICULTIES as readonly string[]).includes(difficulty)) {
    throw new CliError(`--difficulty: expected one of ${DIFFICULTIES.join(', ')}, got ${JSON.stringify(difficulty)}`);
  }
  const human = ((values.human as string[] | undefined) ?? []).map(humanFlag);
  const seen = new Set<string>();
  for (const h of human) {
    if (seen.has(h.actor)) throw new CliError(`--human: ${h.actor} is given twice`);
    seen.add(h.actor);
  }
  const runs = wholeNumber('runs', values.runs as string | undefined, 1, 100_000);
  if (runs !== undefined && values.save) throw new CliError('--save: only a single game can be saved, not a batch (--runs)');
  return {
    scenario: (values.scenario as string | undefined) ?? 'autumn-2023',
    seed: wholeNumber('seed', values.seed as string | undefined, 0, MAX_SEED) ?? 1,
    turns: wholeNumber('turns', values.turns as string | undefined, 1, 1000),
    human,
    runs,
    json: Boolean(values.json),
    difficulty: difficulty as Difficulty,
    plain: Boolean(values.plain),
    workers: wholeNumber('workers', values.workers as string | undefined, 1, 16),
    save: values.save as string | undefined,
  };
}
