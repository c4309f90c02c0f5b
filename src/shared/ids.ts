/**
 * Identifiers shared by every layer. This module imports nothing.
 * Actor ids, supplier ids, arms items and province codes are part of the stable interface
 * (orders, saves, CLI), so values may be added but never renamed.
 */

/** The six states of the game. */
export const ACTOR_IDS = ['AZE', 'ARM', 'IRN', 'TUR', 'ISR', 'RUS'] as const;
export type ActorId = (typeof ACTOR_IDS)[number];

/** States a human may lead; ISR and RUS are always agents. */
export const PLAYABLE_IDS = ['AZE', 'ARM', 'IRN', 'TUR'] as const satisfies readonly ActorId[];
export type PlayableId = (typeof PLAYABLE_IDS)[number];

/**
 * Arms suppliers: game actors plus three outside suppliers that are not agents. IRN was appended for
 * `arms.sell` (Iran may offer arms, e.g. drones, to Armenia: [§Postwar]).
 */
export const SUPPLIER_IDS = ['ISR', 'TUR', 'RUS', 'FRA', 'IND', 'USA', 'IRN'] as const;
export type SupplierId = (typeof SUPPLIER_IDS)[number];

export const ARMS_ITEMS = ['drones', 'airDefence', 'artillery', 'armour', 'radar', 'missiles'] as const;
export type ArmsItem = (typeof ARMS_ITEMS)[number];
/** Arms items in plain words, for the news feed and menus ("air defence", not the id). */
export const ARMS_ITEM_NAMES: Record<ArmsItem, string> = {
  drones: 'drones', airDefence: 'air-defence systems', artillery: 'artillery', armour: 'armour', radar: 'radars', missiles: 'missiles',
};

/** Capability branches tracked per actor (GAME.md, State). */
export const BRANCHES = ['ground', 'airDefence', 'drones', 'artillery'] as const;
export type Branch = (typeof BRANCHES)[number];

/** A province is keyed by its map code (HASC), e.g. `AM.SU` Syunik; `AZ.NX` is the merged Nakhchivan exclave. */
export type ProvinceId = string & { readonly __brand?: 'ProvinceId' };

/** Key of an unordered pair: the two ids in alphabetical order joined by `-`, e.g. `AZE-IRN`. */
export type PairKey = string & { readonly __brand?: 'PairKey' };

export function isActorId(v: unknown): v is ActorId {
  return typeof v === 'string' && (ACTOR_IDS as readonly string[]).includes(v);
}

export function pairKey(a: ActorId, b: ActorId): PairKey {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/**
 * Position of an actor in ACTOR_IDS, or -1 for anything else. A switch compares the (interned) ids
 * directly, which V8 does faster than a keyed load from a table object whose key changes every call.
 */
export function actorIndex(a: string): number {
  switch (a) {
    case 'AZE': return 0;
    case 'ARM': return 1;
    case 'IRN': return 2;
    case 'TUR': return 3;
    case 'ISR': return 4;
    case 'RUS': return 5;
    default: return -1;
  }
}

/** Every unordered pair of actors, in a fixed order (15 pairs). */
export const PAIR_KEYS: readonly PairKey[] = ACTOR_IDS.flatMap((a, i) =>
  ACTOR_IDS.slice(i + 1).map((b) => pairKey(a, b)),
);

/** The two members of each of the 15 pair keys, split once (the systems ask for them every turn). */
const MEMBERS = new Map<string, readonly [ActorId, ActorId]>(PAIR_KEYS.map((k) => [k, k.split('-') as [ActorId, ActorId]]));

export function pairMembers(key: PairKey): [ActorId, ActorId] {
  const m = MEMBERS.get(key);
  if (m) return [m[0], m[1]];
  const [a, b] = key.split('-');
  return [a as ActorId, b as ActorId];
}

/** Display names and seats; framing text lives in the scenario and UI, not here. */
export const ACTOR_NAMES: Record<ActorId, { state: string; seat: string; adjective: string }> = {
  AZE: { state: 'Azerbaijan', seat: 'Baku', adjective: 'Azerbaijani' },
  ARM: { state: 'Armenia', seat: 'Yerevan', adjective: 'Armenian' },
  IRN: { state: 'Iran', seat: 'Tehran', adjective: 'Iranian' },
  TUR: { state: 'Turkey', seat: 'Ankara', adjective: 'Turkish' },
  ISR: { state: 'Israel', seat: 'Israel', adjective: 'Israeli' },
  RUS: { state: 'Russia', seat: 'Moscow', adjective: 'Russian' },
};

export const SUPPLIER_NAMES: Record<SupplierId, string> = {
  ISR: 'Israel', TUR: 'Turkey', RUS: 'Russia', FRA: 'France', IND: 'India', USA: 'United States', IRN: 'Iran',
};
