/**
 * A private copy of a game state for the clone-based resolution path (engine.ts, `engine: 'clone'`):
 * handlers then mutate plain objects instead of Immer proxies, which is several times cheaper for
 * the rollouts of Monte Carlo batches and the forecast. The state is plain JSON, so a hand-written
 * copy is exact (and faster than structuredClone on objects this small).
 *
 * Like Immer's structural sharing, the copy shares what no turn ever writes (tests/sim/engine-paths
 * resolves every turn from a deep-frozen input, so a write to a shared part throws there):
 *  - `history` rows: the history system pushes a new row or replaces a row by assignment;
 *  - `scenario`, `schedule` and `personalities`: read only (the scenario's meta, its timeline of
 *    scripted events, the agents' weights);
 *  - settled proposals and closed commitments: every writer looks for a pending proposal or an open
 *    commitment (settle.ts, treaties.ts, aras.ts; systems/commitments.ts, deliveries.ts, diplomacy.ts,
 *    military.ts), and a settled one never reopens;
 *  - a province's `neighbours`: the map's adjacency is fixed.
 * The known parts are copied field by field (one spread and the nested objects by name): the generic
 * walk of every key was a sixth of a turn.
 */
import type { ActorState, Commitment, GameState, PairState, Proposal, ProvinceState } from './state/types.js';

/** A deep copy of a plain JSON value (objects, arrays, strings, numbers, booleans, null). */
export function copyJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const n = value.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = value[i];
      // Most arrays hold ids (neighbours, consulates, memberships): copy those without a call each.
      out[i] = v !== null && typeof v === 'object' ? copyJson(v) : v;
    }
    return out as T;
  }
  // Spread, then deepen in place: the spread copies the source's hidden class, so a copied actor (20
  // fields) keeps fast properties. Adding keys one by one (`out[k] = ...`) turned every object of more
  // than ~16 keys into a slow dictionary after the first turn, and every read of it into a hash lookup.
  const out = { ...(value as Record<string, unknown>) };
  for (const k in out) {
    const v = out[k];
    if (v !== null && typeof v === 'object') out[k] = copyJson(v);
  }
  return out as T;
}

/**
 * Copies each value of a record with `copy`. The spread first keeps the keys in their order and the
 * record's hidden class; the values are then replaced in place.
 */
function copyRecord<T>(record: Record<string, T>, copy: (v: T) => T): Record<string, T> {
  const out = { ...record };
  for (const k in out) out[k] = copy(out[k]);
  return out;
}

// Each copy spreads the object (its scalar fields, in their order) and then replaces its nested
// objects, which keep their places among the keys.
const copyActor = (a: ActorState): ActorState => ({
  ...a,
  capability: { ...a.capability },
  // Arms orders hold only scalars; the deliveries system writes them (slipped, blocked, arrivalTurn).
  armsOnOrder: a.armsOnOrder.map((o) => ({ ...o })),
  armsShare: { ...a.armsShare },
  memberships: a.memberships.slice(),
});

const copyPair = (p: PairState): PairState => ({ ...p, treaties: { ...p.treaties } });

const copyProvince = (p: ProvinceState): ProvinceState => ({
  ...p,
  consulates: p.consulates.slice(),
  monitors: p.monitors.slice(),
  troops: { ...p.troops },
});

/** An open commitment can still be kept or broken this turn; a closed one is shared. */
const copyCommitment = (c: Commitment): Commitment => (c.status === 'open' ? { ...c } : c);

/** A pending proposal can still be answered this turn; a settled one is shared. */
const copyProposal = (p: Proposal): Proposal => (p.status === 'pending' ? copyJson(p) : p);

/** A copy of `state` that may be mutated freely by a turn without touching `state` (see above). */
export function cloneState(state: GameState): GameState {
  const out = { ...state } as unknown as Record<string, unknown>;
  for (const k in out) {
    const v = out[k];
    switch (k) {
      case 'scenario': case 'schedule': case 'personalities': break;
      case 'history': out[k] = state.history.slice(); break;
      case 'actors': out[k] = copyRecord(state.actors, copyActor); break;
      case 'pairs': out[k] = copyRecord(state.pairs, copyPair); break;
      case 'provinces': out[k] = copyRecord(state.provinces, copyProvince); break;
      case 'params': out[k] = { ...state.params }; break;
      case 'commitments': out[k] = state.commitments.map(copyCommitment); break;
      case 'proposals': out[k] = state.proposals.map(copyProposal); break;
      // rng, global, ending (null while turns are played) and anything added later: copied whole.
      default: out[k] = copyJson(v);
    }
  }
  return out as unknown as GameState;
}
