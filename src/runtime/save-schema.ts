/**
 * The save file's schema (format `unlikely-alliances-save`, version 1). A save is the game's seed and
 * its order log, not its state: loading replays the log, so a save cannot smuggle in an impossible
 * state, and the recorded hashes prove the replay matched.
 */
import { z } from 'zod';
import { ACTOR_IDS } from '../shared/ids.js';
import { ACTION_TYPES } from '../shared/actions.js';
import { DIFFICULTIES } from '../agents/types.js';

export const SAVE_FORMAT = 'unlikely-alliances-save';
export const SAVE_VERSION = 1;

const actorId = z.enum(ACTOR_IDS, { error: (i) => `unknown actor ${JSON.stringify(i.input)} (expected one of ${ACTOR_IDS.join(', ')})` });
const actionType = z.string({ error: 'expected an action id like "corridor.zangezur"' }).refine(
  (t) => (ACTION_TYPES as readonly string[]).includes(t),
  { error: (i) => `unknown action ${JSON.stringify(i.input)}` },
);
const hash = z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected a 16-digit hex state hash' });

/** An order as the log records it (agents' reasons kept: they are part of the game's record). */
export const savedOrderSchema = z.object({
  actor: actorId,
  type: actionType,
  params: z.record(z.string(), z.unknown()).default({}),
  reasons: z.array(z.object({ text: z.string().max(500), weight: z.number() })).max(10).optional(),
  trigger: z.string().max(500).optional(),
  posture: z.string().max(50).optional(),
});

const seatsSchema = z.record(actorId, z.enum(['human', 'agent']));

const facilitatorSchema = z.object({
  injects: z.array(z.object({
    event: z.string().max(60),
    params: z.record(z.string(), z.unknown()).optional(),
    note: z.string().max(500).optional(),
  })).max(20).optional(),
  overrides: z.record(z.string().regex(/^\d+$/, { error: 'expected an order index' }), z.object({
    outcome: z.enum(['success', 'failure']),
    note: z.string().max(500),
  })).optional(),
  /** Scenario values the White Cell set (the sim accepts only its whitelist of paths). */
  adjust: z.array(z.object({
    path: z.string().max(60),
    value: z.number().finite(),
    note: z.string().max(500),
  })).max(40).optional(),
});

export const savedTurnSchema = z.object({
  turn: z.number().int().min(1).max(1000),
  orders: z.array(savedOrderSchema).max(200),
  facilitator: facilitatorSchema.optional(),
  seats: seatsSchema.optional(),
  /** Hash of the state after this turn: lets a load say at which turn a replay went astray. */
  stateHash: hash.optional(),
});

export const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  scenario: z.object({ id: z.string().min(1).max(100), hash }),
  seed: z.number().int().min(0).max(0xffffffff),
  difficulty: z.enum(DIFFICULTIES as unknown as [string, ...string[]]),
  seats: seatsSchema,
  /** Plays the plain-function agents instead of the XState machines (they choose the same orders). */
  plain: z.boolean().optional(),
  turns: z.array(savedTurnSchema).max(1000),
  stateHash: hash,
  savedAt: z.string().max(40),
  /** Optional label the player gave the save. */
  label: z.string().max(200).optional(),
  /** The agents' memory at the end, so a loaded game continues exactly as it would have. */
  agents: z.unknown().optional(),
});

export type SaveFile = z.infer<typeof saveSchema>;
export type SavedTurn = z.infer<typeof savedTurnSchema>;
