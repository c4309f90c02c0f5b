/**
 * A refusal reason as a player reads it. The sim's checks name states by id and print relations as
 * stored ("RUS will not drill against AZE: relation 34.09 (needs < 30)"), which suits the CLI and the
 * tests; the orders panel, the news and the debrief show the same reason with capitals and suppliers
 * named ("Moscow will not drill against Baku: relation 34.1 (needs < 30)"), and provinces named when a
 * table of names is given.
 */
import { ACTOR_NAMES, SUPPLIER_NAMES, isActorId } from './ids.js';

const IDS = /\b(AZE|ARM|IRN|TUR|ISR|RUS|FRA|IND|USA)\b/g;
/**
 * Relation, trust and the like are stored with two decimals; one is enough to read (rounding to whole
 * numbers could print "relation 30 (needs < 30)" for 29.6).
 */
const MEASURE = /\b(relation|trust|now) (-?\d+\.\d+)/g;
/** Province codes of the map data, as in "AM.SU" or "AZ.NX". */
const PROVINCE = /\b([A-Z]{2}\.[A-Z]{2,3})\b/g;

/** Province names by code, for reasonInWords. */
export function provinceNames(state: { provinces: Readonly<Record<string, { name: string }>> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code in state.provinces) out[code] = state.provinces[code].name;
  return out;
}

export function reasonInWords(reason: string, provinceNames: Readonly<Record<string, string>> = {}): string {
  return reason
    .replace(IDS, (id) => (isActorId(id) ? ACTOR_NAMES[id].seat : SUPPLIER_NAMES[id as keyof typeof SUPPLIER_NAMES]))
    .replace(MEASURE, (_m, what: string, n: string) => `${what} ${Number(Number(n).toFixed(1))}`)
    .replace(PROVINCE, (code: string) => provinceNames[code] ?? code);
}
