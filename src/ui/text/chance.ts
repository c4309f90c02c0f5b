/**
 * An uncertain outcome in words, for the news feed's "Why?" cards: what the chance is the chance OF,
 * the factors behind it in their own unit, and one line on how they give the chance.
 *
 * The sim records one `probability` and a list of `factors` per drawn outcome, but the factors mean
 * different things by rule (sim/actions/combat.ts, battle.ts, covert.ts, missions.ts, proposals.ts,
 * sim/systems/hazards.ts, deliveries.ts): shares of the strength in play, percentage points that add up
 * to the chance, or multipliers of a base chance. A card had printed them all as "(+68.0)", so a strike's
 * 78% sat over "+68 | -32" and a covert act's 47% (of staying hidden) over "base chance of exposure (-30)".
 * This module reads each rule's factors as that rule writes them (labels and numbers stay as recorded).
 */
import { ACTOR_NAMES, type ActorId } from '../../shared/ids.js';
import type { Factor, GameEvent, GameState } from '../../sim/state/types.js';
import { monthOf } from '../../runtime/debrief/calendar.js';

export interface FactorLine {
  text: string;
  /** 'pos' raises the chance, 'neg' lowers it, 'info' explains without moving it. */
  tone: 'pos' | 'neg' | 'info';
}

export interface ChanceView {
  /** "Chance of success", "Chance of staying hidden", ... (what the percentage is the chance OF). */
  title: string;
  /** The recorded probability, in whole percent. */
  percent: number;
  /** For the news line: "78% chance of success". */
  short: string;
  /** What came of the draw, in words. */
  outcome: string;
  /** One line on how the factors give the chance (null when there is nothing to say). */
  how: string | null;
  /** The factors' heading, naming their unit (null when none are listed). */
  unit: string | null;
  factors: FactorLine[];
}

const pct = (p: number): number => Math.round(p * 100);
const num = (v: number): string => String(Math.round(v * 100) / 100);
const points = (v: number): string => `${v > 0 ? '+' : v < 0 ? '-' : ''}${Math.abs(Math.round(v * 10) / 10)}`;
const toneOf = (v: number): FactorLine['tone'] => (v > 0 ? 'pos' : v < 0 ? 'neg' : 'info');

/** A hazard factor's label carries its multiplier: "Iranian stability (x1.49)". */
const MULT = /\s*\(x(-?[\d.]+)\)$/;

/** Factors that change nothing (a 0 term) are left out: "peace treaty in force (x1) (0.0)" with no treaty. */
function applies(f: Factor): boolean {
  const m = MULT.exec(f.label);
  return m ? Number(m[1]) !== 1 : f.weight !== 0;
}

/** A limited strike: the striker's share of the strength in play (air defence counts 1.2 times), plus 10 points. */
function strike(ev: GameEvent, p: number): Omit<ChanceView, 'percent' | 'short' | 'outcome'> {
  const [atk, ad] = ev.factors ?? [];
  const share = atk?.weight ?? 0;
  const clamped = Math.abs(share + 10 - p) > 1;
  return {
    title: 'Chance of success',
    unit: 'Share of the strength in play (%)',
    factors: [
      ...(atk ? [{ text: `${atk.label}: ${share}%`, tone: 'pos' as const }] : []),
      ...(ad ? [{ text: `${ad.label} (counted 1.2 times): ${-ad.weight}%`, tone: 'neg' as const }] : []),
    ],
    how: `The striker's share of the strength in play (${share}%) plus 10 points gives ${p}%${clamped ? ' (a strike\'s chance stays between 10% and 90%)' : ''}.`,
  };
}

/** A land battle: the attacker's share of all forces in the fight, the defence counted with its fortification. */
function battle(ev: GameEvent, p: number): Omit<ChanceView, 'percent' | 'short' | 'outcome'> {
  const [atk, ...rest] = ev.factors ?? [];
  const share = atk?.weight ?? 0;
  const lines: FactorLine[] = atk ? [{ text: `${atk.label}: ${share}%`, tone: 'pos' }] : [];
  let fortLine: FactorLine | null = null;
  for (const f of rest) {
    const fort = /^fortification (\d+(?:\.\d+)?)$/.exec(f.label);
    if (fort) {
      // Its points are already inside the defenders' shares (each is counted with the fortification).
      if (Number(fort[1]) > 0) fortLine = { text: `fortification ${fort[1]}: the defence counts ${num(1 + Number(fort[1]) / 100)} times (included above)`, tone: 'info' };
      continue;
    }
    if (f.weight === 0) continue;
    const foreign = /troops present$/.test(f.label) ? ' (foreign troops count double)' : '';
    lines.push({ text: `${f.label}${foreign}: ${-f.weight}%`, tone: 'neg' });
  }
  if (fortLine) lines.push(fortLine);
  const clamped = Math.abs(share - p) > 1;
  return {
    title: 'Chance of success',
    unit: 'Share of the forces in the fight (%)',
    factors: lines,
    how: `The chance of success is the attacker's share of the forces in the fight: ${clamped ? `${share}%, held to ${p}% (it stays between 5% and 90%)` : `${p}%`}.`,
  };
}

/** A covert act: exposure points add up to the chance of being exposed; the recorded chance is of staying hidden. */
function covert(ev: GameEvent, p: number): Omit<ChanceView, 'percent' | 'short' | 'outcome'> {
  // Recorded with their signs turned (they lower the chance of staying hidden).
  const fs = (ev.factors ?? []).filter(applies);
  const exposure = -fs.reduce((x, f) => x + f.weight, 0);
  return {
    title: 'Chance of staying hidden',
    unit: 'Chance of being exposed (percentage points)',
    factors: fs.map((f) => ({ text: `${f.label}: ${points(-f.weight)}`, tone: toneOf(f.weight) })),
    how: `The exposure points add up to a ${Math.round(exposure)}% chance of being exposed, so ${p}% of staying hidden${Math.abs(100 - exposure - p) > 1 ? ' (the chance stays between 5% and 95%)' : ''}.`,
  };
}

/** A random world event: a base monthly chance multiplied by the circumstances, capped. */
function hazard(ev: GameEvent, p: number): Omit<ChanceView, 'percent' | 'short' | 'outcome'> {
  const fs = ev.factors ?? [];
  const base = fs.find((f) => !MULT.test(f.label));
  const mults = fs.map((f) => ({ f, m: MULT.exec(f.label) })).filter((x): x is { f: Factor; m: RegExpExecArray } => !!x.m && Number(x.m[1]) !== 1);
  const product = mults.reduce((acc, x) => acc * Number(x.m[1]), base ? base.weight : 0);
  const lines: FactorLine[] = [
    ...(base ? [{ text: `base chance a month: ${num(base.weight)}%`, tone: 'info' as const }] : []),
    ...mults.map((x) => ({ text: `${x.f.label.replace(MULT, '')}: ×${num(Number(x.m[1]))}`, tone: Number(x.m[1]) > 1 ? 'pos' as const : 'neg' as const })),
  ];
  const capped = base && Math.round(product) > p + 1;
  return {
    title: 'Chance this month',
    unit: 'Base chance and multipliers',
    factors: lines,
    how: base
      ? mults.length
        ? `A base chance of ${num(base.weight)}% a month, multiplied by the circumstances (${mults.map((x) => `×${num(Number(x.m[1]))}`).join(' ')}), gives ${p}%${capped ? ' (capped)' : ''}.`
        : `The base chance of ${num(base.weight)}% a month: nothing in the situation changed it.`
      : null,
  };
}

/** Percentage points that add up to the chance (mediation, answers to offers, anything else). */
function additive(ev: GameEvent, p: number, title: string): Omit<ChanceView, 'percent' | 'short' | 'outcome'> {
  const fs = (ev.factors ?? []).filter(applies);
  const sum = fs.reduce((x, f) => x + f.weight, 0);
  return {
    title,
    unit: fs.length ? 'Percentage points' : null,
    factors: fs.map((f) => ({ text: `${f.label}: ${points(f.weight)}`, tone: toneOf(f.weight) })),
    how: fs.length > 1 ? `The points add up to ${Math.round(sum)}, a ${p}% chance${Math.abs(sum - p) > 1 ? ' (held between 2% and 95%)' : ''}.` : null,
  };
}

/** The outcome of a draw in words, by what the chance was the chance of. */
function outcomeWords(ev: GameEvent, what: 'success' | 'hidden' | 'accept' | 'happen' | 'slip'): string {
  const forced = ev.overridden ? ' (set by the facilitator)' : '';
  const ok = ev.outcome === 'success' || ev.outcome === 'ok';
  switch (what) {
    case 'hidden': return (ok ? 'it stayed hidden' : 'it was exposed') + forced;
    case 'accept': return (ok ? 'accepted' : 'declined') + forced;
    case 'happen': return 'it happened' + forced;
    case 'slip': return (/cancels/.test(ev.text) ? 'the order was cancelled' : 'the delivery slipped') + forced;
    default: return (ok ? 'it succeeded' : ev.outcome === 'failure' ? 'it failed' : ev.outcome) + forced;
  }
}

/** The card's account of a drawn outcome, or null for an event without one. */
export function chanceView(ev: GameEvent): ChanceView | null {
  if (ev.probability === undefined) return null;
  const p = pct(ev.probability);
  const fs = ev.factors ?? [];
  let body: Omit<ChanceView, 'percent' | 'short' | 'outcome'>;
  let what: Parameters<typeof outcomeWords>[1] = 'success';
  let short: string;
  if (ev.type === 'military.strike' && fs.length === 2) {
    body = strike(ev, p);
    short = `${p}% chance of success`;
  } else if ((ev.type === 'military.offensive' || ev.type === 'corridor.zangezur') && fs.some((f) => /committed forces$/.test(f.label))) {
    body = battle(ev, p);
    short = `${p}% chance of success`;
  } else if (ev.type === 'covert.influence') {
    body = covert(ev, p);
    what = 'hidden';
    short = `${p}% chance of staying hidden`;
  } else if (ev.kind === 'random') {
    body = hazard(ev, p);
    what = 'happen';
    short = `${p}% chance this month`;
  } else if (ev.kind === 'delivery') {
    body = {
      title: 'Chance the delivery slips this month',
      unit: null,
      factors: [],
      how: `${fs[0]?.label ?? 'The supplier\'s war load'}: ${p}%. A supplier at war lets a due delivery slip with a chance equal to its war load.`,
    };
    what = 'slip';
    short = `${p}% chance of a slip`;
  } else if (ev.kind === 'reaction') {
    body = additive(ev, p, 'Chance of accepting the offer');
    what = 'accept';
    short = `${p}% chance of accepting`;
  } else if (ev.type === 'diplomacy.mediate') {
    body = additive(ev, p, 'Chance the talks come about');
    short = `${p}% chance of talks`;
  } else {
    body = additive(ev, p, 'Chance of success');
    short = `${p}% chance of success`;
  }
  return { ...body, percent: p, short, outcome: outcomeWords(ev, what) };
}

/**
 * Where a move or an event comes from, for a card that is not an agent's move: a world event says it is
 * one (dated, from the timeline, with its note), a human team's order says it was the team's decision.
 * Null for an agent's move: its card gives the agent's trigger, posture and reasons instead.
 */
export function originWords(ev: GameEvent, state: Pick<GameState, 'actors' | 'schedule' | 'scenario'>, viewer: ActorId | null): { text: string; note: string | null } | null {
  const month = monthOf(state.scenario.start, ev.turn);
  const when = `${month}, turn ${ev.turn}`;
  switch (ev.kind) {
    case 'scripted': {
      const id = ev.type.replace(/^event\./, '');
      const entry = state.schedule.find((e) => e.turn === ev.turn && e.event === id);
      // Without its provenance id ("(timeline raisi_crash)"), a reference for maintainers.
      const note = entry?.note ? entry.note.replace(/\s*\(timeline [a-z0-9_]+\)/g, '').trim() : '';
      return { text: `An event of the world, not a capital's move: it comes from the scenario's timeline of real events and happens in ${when}.`, note: note || null };
    }
    case 'random':
      return { text: `An event of the world, not a capital's move: drawn by chance in ${when}.`, note: null };
    case 'delivery':
      return { text: `An event of the world: the arms-delivery rule in ${when}, not a decision of the buyer.`, note: null };
    case 'world':
      return { text: `A rule of the world at the end of ${month}, not a capital's move.`, note: null };
    case 'facilitator':
      return { text: `Set by the facilitator (White Cell) in ${when}.`, note: ev.overridden?.note ?? null };
    case 'reaction': {
      const who = ev.actor ? ACTOR_NAMES[ev.actor].seat : 'the world';
      return ev.probability !== undefined && (ev.type === 'diplomacy.proposeTreaty' || ev.type === 'corridor.aras')
        ? { text: `The rules answered for ${who}: an offer still open a month later is settled by a roll on the points below.`, note: null }
        : { text: `${who}'s reaction, applied by the rules in ${when}: not an order.`, note: null };
    }
    case 'order': {
      if (!ev.actor || state.actors[ev.actor]?.controller === 'agent') return null;
      return ev.actor === viewer
        ? { text: `Your team's decision in ${when}.`, note: null }
        : { text: `${ACTOR_NAMES[ev.actor].seat}'s decision in ${when}, taken by a human team.`, note: null };
    }
    default:
      return null;
  }
}
