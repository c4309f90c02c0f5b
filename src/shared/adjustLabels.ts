/**
 * Plain names for the values the White Cell may adjust (sim/adjust.ts holds which paths and ranges are
 * allowed). One table for every layer: the White Cell's list reads "Azerbaijan's treasury", and the
 * news the sim writes reads "The White Cell set the escalation rung between Tehran and Israel from 6 to
 * 7", never "IRN-ISR.rung". Paths are 'global.field', 'AZE.field' or 'AZE-IRN.field'.
 */
import { ACTOR_NAMES, isActorId } from './ids.js';
import { rungName } from './ladder.js';

/** How a value reads: money in US$ bn, a share of capacity (0..1), a rung, or a plain score. */
type Unit = 'money' | 'share' | 'rung' | 'score';

interface FieldWords {
  /** The value's name in a sentence, lower case ("stability"). */
  name: string;
  /** Its short name next to a number ("stability 60 of 100"). */
  short: string;
  unit: Unit;
}

/** World values ('global.gazaIntensity'): the whole phrase, as there is no owner to name. */
export const ADJUST_GLOBAL_WORDS: Readonly<Record<string, FieldWords>> = {
  gazaIntensity: { name: 'the intensity of the Gaza war', short: 'intensity', unit: 'score' },
  israelIranLevel: { name: 'the level of the Israel-Iran confrontation', short: 'level', unit: 'score' },
  russiaUkraineLoad: { name: 'Russia\'s load from the war in Ukraine', short: 'load', unit: 'score' },
  btcFlow: { name: 'the oil flow through the BTC pipeline', short: 'flow', unit: 'share' },
};

/** A state's values ('AZE.treasuryBn'): "Azerbaijan's treasury". */
export const ADJUST_ACTOR_WORDS: Readonly<Record<string, FieldWords>> = {
  stability: { name: 'stability', short: 'stability', unit: 'score' },
  treasuryBn: { name: 'treasury', short: 'treasury', unit: 'money' },
  nationalism: { name: 'nationalist pressure', short: 'nationalism', unit: 'score' },
  credibility: { name: 'credibility', short: 'credibility', unit: 'score' },
  standing: { name: 'international standing', short: 'standing', unit: 'score' },
  distraction: { name: 'distraction by wars elsewhere', short: 'distraction', unit: 'score' },
};

/** A pair's values ('AZE-IRN.rung'): "the escalation rung between Baku and Tehran". */
export const ADJUST_PAIR_WORDS: Readonly<Record<string, FieldWords>> = {
  relation: { name: 'relation', short: 'relation', unit: 'score' },
  trust: { name: 'trust', short: 'trust', unit: 'score' },
  rung: { name: 'escalation rung', short: 'rung', unit: 'rung' },
};

interface Parsed {
  words: FieldWords;
  /** The phrase for the value ("Azerbaijan's treasury"). */
  label: string;
}

function parse(path: string): Parsed | null {
  const dot = path.indexOf('.');
  if (dot < 0) return null;
  const head = path.slice(0, dot);
  const field = path.slice(dot + 1);
  if (head === 'global') {
    const words = Object.hasOwn(ADJUST_GLOBAL_WORDS, field) ? ADJUST_GLOBAL_WORDS[field] : null;
    return words ? { words, label: words.name } : null;
  }
  if (isActorId(head)) {
    const words = Object.hasOwn(ADJUST_ACTOR_WORDS, field) ? ADJUST_ACTOR_WORDS[field] : null;
    return words ? { words, label: `${ACTOR_NAMES[head].state}'s ${words.name}` } : null;
  }
  const [a, b, extra] = head.split('-');
  if (extra === undefined && isActorId(a) && isActorId(b)) {
    const words = Object.hasOwn(ADJUST_PAIR_WORDS, field) ? ADJUST_PAIR_WORDS[field] : null;
    return words ? { words, label: `the ${words.name} between ${ACTOR_NAMES[a].seat} and ${ACTOR_NAMES[b].seat}` } : null;
  }
  return null;
}

/** "the escalation rung between Tehran and Israel" for 'IRN-ISR.rung'; an unknown path is returned as is. */
export function adjustLabel(path: string): string {
  return parse(path)?.label ?? path;
}

/** The label with a capital first letter, for a list entry ("The intensity of the Gaza war"). */
export function adjustLabelTitle(path: string): string {
  const l = adjustLabel(path);
  return l.charAt(0).toUpperCase() + l.slice(1);
}

const num = (v: number): string => String(Math.round(v * 100) / 100);

/** A value as it reads in a sentence: "$2.0bn" for a treasury, "80%" for the pipeline's flow, "6" for a rung. */
export function adjustAmount(path: string, value: number): string {
  const unit = parse(path)?.words.unit;
  if (unit === 'money') return `$${value.toFixed(1)}bn`;
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  return num(value);
}

/**
 * A value on its scale without its name, for a list that already names it: "6 of 10", "$2.0bn",
 * "35 (-100..100)", "60 of 100", "80% of capacity".
 */
export function adjustScaleText(path: string, value: number, range: readonly [number, number]): string {
  const unit = parse(path)?.words.unit;
  if (unit === 'money') return adjustAmount(path, value);
  if (unit === 'share') return `${adjustAmount(path, value)} of capacity`;
  return range[0] < 0 ? `${num(value)} (${range[0]}..${range[1]})` : `${num(value)} of ${range[1]}`;
}

/**
 * A current value with its name and scale, next to the White Cell's list: "rung 6 of 10 (border
 * clash)", "treasury $2.0bn", "relation 35 (-100..100)", "stability 60 of 100", "flow 80% of capacity".
 */
export function adjustValueText(path: string, value: number, range: readonly [number, number]): string {
  const p = parse(path);
  if (!p) return num(value);
  const scale = `${p.words.short} ${adjustScaleText(path, value, range)}`;
  return p.words.unit === 'rung' ? `${scale} (${rungName(value)})` : scale;
}

/** What to type for a value, next to the input: "0 to 10", "an amount in US$ bn", "0 to 1 (a share of capacity: 0.8 is 80%)". */
export function adjustInputHint(path: string, range: readonly [number, number]): string {
  const unit = parse(path)?.words.unit;
  if (unit === 'money') return 'an amount in US$ bn';
  if (unit === 'share') return `${range[0]} to ${range[1]} (a share of capacity: 0.8 is 80%)`;
  return `${range[0]} to ${range[1]}`;
}
