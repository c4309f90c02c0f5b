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

/**
 * A province's name as people read it: contested ones both ways, the name on the map first and the other
 * side's after it, "Qubadli (Kashunik)", "Syunik (Zangezur)", "Shusha (Shushi)"; the same form the news
 * prints (sim/actions/common.ts provinceLabel). A second name that only restates the first ("Nakhchivan
 * Autonomous Republic") is left out.
 */
export function provinceName(p: { name: string; altName?: string }): string {
  const alt = p.altName ? p.altName.split(' (')[0].trim() : '';
  return alt && !alt.includes(p.name) && !p.name.includes(alt) ? `${p.name} (${alt})` : p.name;
}

/** Province names by code (`provinceName`), for reasonInWords, the orders and the debrief. */
export function provinceNames(state: { provinces: Readonly<Record<string, { name: string; altName?: string }>> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code in state.provinces) out[code] = provinceName(state.provinces[code]);
  return out;
}

/**
 * Running text with "the" before a supplier named with one: the sim's sentences put the supplier's name
 * where a state's would go ("Baku accuses United States of arming Yerevan", "United States delivers ...").
 * The article goes in where people read the text (news, debrief, refusals), not into the record.
 */
export function withArticles(text: string): string {
  return text
    .replace(/(^|[.!?]\s+)United States\b/g, '$1The United States')
    .replace(/(?<![Tt]he )\bUnited States\b/g, 'the United States')
    .replace(/United States's\b/g, "United States'");
}

export function reasonInWords(reason: string, provinceNames: Readonly<Record<string, string>> = {}): string {
  return withArticles(reason
    .replace(IDS, (id) => (isActorId(id) ? ACTOR_NAMES[id].seat : SUPPLIER_NAMES[id as keyof typeof SUPPLIER_NAMES]))
    .replace(MEASURE, (_m, what: string, n: string) => `${what} ${Number(Number(n).toFixed(1))}`)
    .replace(PROVINCE, (code: string) => provinceNames[code] ?? code));
}

/**
 * An agent's trigger as people read it: "t1-17: Baku exposes ..." becomes "Baku exposes ... (turn 1)".
 * The id is for machines, the turn for people; the news's Why? card and the review's CSV share it.
 */
export function triggerWords(trigger: string): string {
  // "Tehran pushes construction of the Aras route (turn 3)": the event's own capital letter stays.
  const m = /^t(\d+)-\d+:\s*(.*)$/s.exec(trigger);
  return m ? `${m[2].replace(/\.$/, '')} (turn ${m[1]})` : trigger;
}

/** The id of the event a trigger names ("t3-12" of "t3-12: Baku works covertly ..."), or undefined. */
export function triggerEventId(trigger: string): string | undefined {
  return /^(t\d+-\d+):/.exec(trigger)?.[1];
}
