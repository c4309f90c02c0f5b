/**
 * Files the CLI reads: a scenario (a built-in id or a path to a JSON level) and a human seat's orders
 * file `{ "turns": { "1": [ { "type": "corridor.zangezur", "params": { ... } } ] } }`. Every problem
 * becomes one CliError line naming the file and the JSON path.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ACTION_TYPES } from '../shared/actions.js';
import type { ActorId } from '../shared/ids.js';
import { SCENARIOS, getScenario } from '../sim/scenario/registry.js';
import { parseScenarioText } from '../sim/scenario/load.js';
import type { ScriptOrder } from '../runtime/headless.js';
import { CliError } from './args.js';

/** A path like `turns.1[0].type`: keys joined with dots, list positions in brackets. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${String(k)}` : String(k)), '') || '(root)';
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`${what} ${path}: cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? String(err)})`);
  }
}

/** Looks like a file path rather than a scenario id. */
function isPath(arg: string): boolean {
  return /[\\/]/.test(arg) || arg.toLowerCase().endsWith('.json');
}

/** The scenario to play: a built-in id, or a JSON file validated with the scenario schema. */
export function loadScenarioArg(arg: string): { scenario: unknown; id: string } {
  if (!isPath(arg)) {
    const file = getScenario(arg);
    if (file === undefined) {
      throw new CliError(`--scenario: unknown scenario ${JSON.stringify(arg)} (built in: ${SCENARIOS.map((s) => s.id).join(', ')}; or give a path to a .json file)`);
    }
    return { scenario: arg, id: arg };
  }
  const text = readText(arg, 'scenario file');
  const parsed = parseScenarioText(text, `scenario file ${arg}`);
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more problems)` : '';
    throw new CliError(`${parsed.errors[0]}${more}`);
  }
  // Keep the raw JSON: the game hashes the file as written, so a save made from it can be checked.
  return { scenario: JSON.parse(text) as unknown, id: parsed.scenario.id };
}

const scriptOrderSchema = z.strictObject({
  actor: z.string().optional(),
  type: z.string({ error: 'expected an action id like "corridor.zangezur"' }).refine(
    (t) => (ACTION_TYPES as readonly string[]).includes(t),
    { error: (i) => `unknown action ${JSON.stringify(i.input)}` },
  ),
  params: z.record(z.string(), z.unknown(), { error: 'expected an object of parameters' }).default({}),
});

const ordersFileSchema = z.strictObject({
  /** A note for the reader of the script; ignored by the game. */
  description: z.string().max(2000).optional(),
  turns: z.record(
    z.string().regex(/^[1-9]\d{0,3}$/, { error: 'expected a turn number as the key' }),
    z.array(scriptOrderSchema, { error: 'expected a list of orders' }).max(50, { error: (i) => `expected at most 50 orders a turn, got ${(i.input as unknown[]).length}` }),
    { error: 'expected an object of turn numbers to order lists' },
  ),
});

/** Reads and checks a human seat's orders file; the actor of every order is the seat's. */
export function loadOrdersFile(path: string, actor: ActorId): Record<number, ScriptOrder[]> {
  const text = readText(path, 'orders file');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CliError(`orders file ${path}: not JSON (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`);
  }
  const res = ordersFileSchema.safeParse(json);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new CliError(`orders file ${path}: ${dottedPath(issue.path)}: ${issue.message}`);
  }
  const out: Record<number, ScriptOrder[]> = {};
  for (const [turn, orders] of Object.entries(res.data.turns)) {
    out[Number(turn)] = orders.map((o, i) => {
      if (o.actor !== undefined && o.actor !== actor) {
        throw new CliError(`orders file ${path}: turns.${turn}[${i}].actor: the file is for ${actor} (from --human), got ${JSON.stringify(o.actor)}`);
      }
      return { type: o.type as ScriptOrder['type'], params: o.params };
    });
  }
  return out;
}
