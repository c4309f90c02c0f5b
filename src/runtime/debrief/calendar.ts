/**
 * Turn numbers as calendar months: one turn is one month (GAME.md "Time and turn"), and turn 1 is the
 * scenario's start month ('YYYY-MM'). Turn 0 is the state before the first turn.
 */
import { ACTOR_NAMES, isActorId, pairMembers, type PairKey } from '../../shared/ids.js';

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

/** One effect path in words: 'AZE-IRN.rung' -> "Baku–Tehran rung"; 'ARM.stability' -> "Yerevan stability". */
export function pathName(path: string): string {
  // Province paths: 'AM.VD.consulates' -> "AM.VD consulates".
  const prov = /^([A-Z]{2}(?:\.[A-Z0-9]+)+)\.([a-z][\w.]*)$/.exec(path);
  if (prov) return `${prov[1]} ${prov[2]}`;
  const dot = path.indexOf('.');
  if (dot < 0) return path;
  const head = path.slice(0, dot);
  const rest = path.slice(dot + 1);
  if (/^[A-Z]{3}-[A-Z]{3}$/.test(head)) return `${pairName(head)} ${rest}`;
  if (isActorId(head)) return `${seatName(head)} ${rest}`;
  return `${head} ${rest}`;
}

/** First letter in lower case (for sentences built from labels and news lines). */
export function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}
