/**
 * Turn numbers as calendar months: one turn is one month (GAME.md "Time and turn"), and turn 1 is the
 * scenario's start month ('YYYY-MM'). Turn 0 is the state before the first turn.
 */
import { ACTOR_NAMES, ARMS_ITEM_NAMES, SUPPLIER_NAMES, isActorId, pairMembers, type ArmsItem, type PairKey, type SupplierId } from '../../shared/ids.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "October 2023" for turn 1 of a scenario starting 2023-10; turn 0 is "the start". */
export function monthOf(start: string, turn: number): string {
  const m = /^(\d{4})-(\d{2})$/.exec(start);
  if (!m) return `turn ${turn}`;
  if (turn <= 0) return 'the start';
  const index = Number(m[2]) - 1 + (turn - 1);
  return `${MONTHS[((index % 12) + 12) % 12]} ${Number(m[1]) + Math.floor(index / 12)}`;
}

/** "Baku" for AZE; anything else unchanged. */
export function seatName(id: string | null | undefined): string {
  return id && isActorId(id) ? ACTOR_NAMES[id].seat : (id ?? 'the world');
}

/** "Baku–Tehran" for 'AZE-IRN'. */
export function pairName(key: PairKey): string {
  const [a, b] = pairMembers(key);
  return `${seatName(a)}–${seatName(b)}`;
}

/** State fields in words, for the review's consequences (players had read "treasuryBn", "armsOnOrder"). */
const FIELD_WORDS: Record<string, string> = {
  treasuryBn: 'treasury', armsOnOrder: 'arms on order', actionPoints: 'action points', atWar: 'at war', milexBn: 'military budget',
  defencePact: 'defence pact', corridorDeal: 'corridor deal', armsSupply: 'arms-supply agreement', oilToIsrael: 'oil to Israel',
  btcFlow: 'BTC pipeline flow', gazaIntensity: 'Gaza war intensity', israelIranLevel: 'Israel-Iran level', russiaUkraineLoad: "Russia's load from Ukraine",
  consulates: 'consulates', occupier: 'held by', garrison: 'garrison', fortification: 'fortification', buildTurnsNeeded: 'build months needed',
};
const fieldWords = (rest: string): string => rest.split('.').map((f) => FIELD_WORDS[f] ?? f.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).join(' ');

/**
 * One effect path in words: 'AZE-IRN.rung' -> "Baku–Tehran rung"; 'ARM.stability' -> "Yerevan stability";
 * 'proposals.p3-7' -> "an offer"; `provinces` names provinces ('AM.SU.consulates' -> "Syunik consulates").
 */
export function pathName(path: string, provinces: Readonly<Record<string, string>> = {}): string {
  if (path.startsWith('proposals.')) return 'an offer';
  // Province paths: 'AM.VD.consulates' -> "Vayots Dzor consulates".
  const prov = /^([A-Z]{2}(?:\.[A-Z0-9]+)+)\.([a-z][\w.]*)$/.exec(path);
  if (prov) return `${provinces[prov[1]] ?? prov[1]} ${fieldWords(prov[2])}`;
  const dot = path.indexOf('.');
  if (dot < 0) return fieldWords(path);
  const head = path.slice(0, dot);
  const rest = fieldWords(path.slice(dot + 1));
  if (/^[A-Z]{3}-[A-Z]{3}$/.test(head)) return `${pairName(head)} ${rest}`;
  if (isActorId(head)) return `${seatName(head)} ${rest}`;
  return `${head} ${rest}`;
}

/**
 * One effect's values in words: money for fields in $bn, a new arms order by its item and supplier (its id
 * is "t10-AZE-TUR-drones-2"), actors by their seat, "none" for nothing.
 */
export function valueWords(path: string, v: unknown): string {
  if (v === null || v === undefined) return 'none';
  // Whole numbers for people ("-95 → -95.6", "68.13 → 66.13" had read as precision the model does not have);
  // money keeps its cents.
  if (typeof v === 'number') {
    if (/Bn$/.test(path)) return `$${(Math.round(v * 100) / 100).toFixed(2)}bn`;
    // The pipeline's flow is a share of capacity (0..1).
    if (path === 'btcFlow') return `${Math.round(v * 100)}%`;
    return String(Math.round(v) || 0);
  }
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = String(v);
  const order = /^t\d+-[A-Z]{3}-([A-Z]{3})-([a-zA-Z]+)-\d+$/.exec(s);
  if (order) return `${armsItemName(order[2])} from ${supplierName(order[1])}`;
  return isActorId(s) ? seatName(s) : s;
}

/** "air-defence systems" for 'airDefence' (ARMS_ITEM_NAMES); an unknown item in plain words. */
export function armsItemName(item: string): string {
  return ARMS_ITEM_NAMES[item as ArmsItem] ?? item.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A supplier as the review names it: a capital for the game's states ("Ankara"), the country for others ("France", not "FRA"). */
export function supplierName(id: string): string {
  const name = SUPPLIER_NAMES[id as SupplierId] ?? id;
  return isActorId(id) ? seatName(id) : id === 'USA' ? `the ${name}` : name;
}

/** First letter in lower case (for sentences built from labels and news lines). */
export function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}
