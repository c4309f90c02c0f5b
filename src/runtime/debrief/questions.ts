/**
 * Debrief questions drawn from what happened: templates filled with the game's own events (the
 * turning points, gambles that failed, refused orders, facilitator injects, broken promises, the human
 * cost, the ending), then two standing questions tied to the article's argument. Neutral wording:
 * each question asks why a capital chose as it did, never who was right.
 */
import type { GameState } from '../../sim/state/types.js';
import { ACTION_SPECS } from '../../sim/actions/index.js';
import { isActionType } from '../../shared/actions.js';
import { monthOf, seatName } from './calendar.js';
import type { TimelineTurn } from './timeline.js';
import type { TurningPoint } from './turningPoints.js';
import { AGAINST_ITS_WEIGHING } from '../../agents/mind/decide.js';

export interface DebriefQuestion {
  /** What the question is about: 'turningPoint', 'talks', 'gamble', 'refused', 'facilitator', 'promise', 'humanCost', 'misjudgement', 'ending', 'article'. */
  topic: string;
  text: string;
  /** The event or turn it refers to, if any. */
  ref?: string;
  /** Section of the article the question connects to, if any. */
  claim?: string;
}

const stripDot = (t: string) => t.replace(/[.\s]+$/, '');
/** An agent's trigger reads "t2-49: Tehran and Yerevan hold joint drills."; the id is for machines. */
const triggerText = (t: string) => stripDot(t.replace(/^t\d+-\d+:\s*/, ''));

function turningQuestions(points: readonly TurningPoint[]): DebriefQuestion[] {
  return points.slice(0, 3).flatMap((p) => {
    const d = p.decisive;
    if (!d) return [];
    // The trigger came before the decision (the agent's Why? card names it): "just after this" had put
    // it after, and a student read the order of events backwards.
    const after = d.trigger ? ` (the event its Why? card names as the trigger: ${triggerText(d.trigger)})` : '';
    if (d.actor && d.kind === 'order') {
      return [{
        topic: 'turningPoint', ref: d.eventId, claim: d.claim ?? undefined,
        text: `${p.month}: ${stripDot(d.text)}${after}. Why did ${seatName(d.actor)} choose this, and what did it expect the others to do? The war risk ${p.delta > 0 ? 'rose' : 'fell'} that month.`,
      }];
    }
    return [{ topic: 'turningPoint', ref: d.eventId, text: `In ${p.month}: ${stripDot(d.text)}. How did the states respond, and could any of them have changed the course?` }];
  });
}

/**
 * The corridor talks: the last time Baku and Yerevan broke them off, with the answerer's own account of
 * its limit (its Why? card, agents/mind/proposals.ts), or a corridor deal signed at a point of the scale.
 */
function talksQuestions(state: GameState, timeline: readonly TimelineTurn[]): DebriefQuestion[] {
  const items = timeline.flatMap((t) => t.decisions.map((d) => ({ t, d })));
  const stall = items.filter(({ d }) => d.type === 'diplomacy.proposeTreaty' && /corridor deal: talks end after \d+ rounds/.test(d.text)).pop();
  if (stall) {
    const { t, d } = stall;
    const rounds = /talks end after (\d+) rounds/.exec(d.text)![1];
    const limit = d.reasons.find((r) => /^Talks stall/.test(r.text));
    const why = limit ? ` (${stripDot(limit.text.replace(/^Talks stall after \d+ rounds: /, ''))})` : '';
    return [{
      topic: 'talks', ref: d.eventId, claim: '§Postwar',
      text: `In ${t.month}, ${seatName(d.actor)} broke off the corridor talks with ${seatName(d.target)} after ${rounds} rounds${why}. What would have had to change for the two sides' limits to meet, and could a third party have bridged the gap?`,
    }];
  }
  const z = state.global.zangezur;
  if (z.status === 'agreed') {
    return [{
      topic: 'talks', claim: '§Postwar',
      text: `The route through Syunik (Zangezur) was agreed at ${Math.round(z.sovereignty)} on the 0-100 sovereignty scale (${z.mode === 'transit' ? 'transit under Armenian control' : 'an extraterritorial corridor'}). What did each side give up to reach it, and how did Tehran read it?`,
    }];
  }
  return [];
}

function gambleQuestions(timeline: readonly TimelineTurn[]): DebriefQuestion[] {
  const failed = timeline.flatMap((t) => t.decisions.map((d) => ({ t, d })))
    .filter(({ d }) => d.outcome === 'failure' && d.probability !== null && d.actor)
    .sort((a, b) => (b.d.probability ?? 0) - (a.d.probability ?? 0));
  return failed.slice(0, 1).map(({ t, d }) => {
    const pct = Math.round((d.probability ?? 0) * 100);
    // A covert act's recorded chance is of staying hidden, and its failure is being exposed (covert.ts):
    // "failed although it had a 66% chance" had read as a 66% chance of exposure.
    const what = d.type === 'covert.influence' ? `was exposed although it had a ${pct}% chance of staying hidden` : `failed although it had a ${pct}% chance of success`;
    return {
      topic: 'gamble', ref: d.eventId,
      text: `In ${t.month}, ${seatName(d.actor)}'s "${d.label}" ${what}. Was the risk worth taking, and who gained from the failure?`,
    };
  });
}

function refusedQuestions(timeline: readonly TimelineTurn[]): DebriefQuestion[] {
  const r = timeline.flatMap((t) => t.refused.map((x) => ({ t, x }))).find(({ x }) => isActionType(x.type));
  if (!r) return [];
  const label = isActionType(r.x.type) ? ACTION_SPECS[r.x.type].label : r.x.type;
  return [{ topic: 'refused', ref: `turn ${r.t.turn}`, text: `In ${r.t.month}, ${seatName(r.x.actor)}'s order "${label}" was refused (${stripDot(r.x.reason)}). What constraint did that reveal?` }];
}

/** An agent's order drawn although it weighed below passing (its card carries AGAINST_ITS_WEIGHING). */
function misjudgementQuestions(timeline: readonly TimelineTurn[]): DebriefQuestion[] {
  const all = timeline.flatMap((t) => t.decisions.map((d) => ({ t, d })))
    .filter(({ d }) => d.actor && d.reasons.some((r) => r.text === AGAINST_ITS_WEIGHING));
  // A show of force or a treaty says more about misjudgement in a crisis than a summit does.
  const pick = all.find(({ d }) => /^(military|corridor|diplomacy\.proposeTreaty|diplomacy\.realign|economy)/.test(d.type)) ?? all[0];
  if (!pick) return [];
  const { t, d } = pick;
  return [{
    topic: 'misjudgement', ref: d.eventId, claim: '§Conclusion',
    text: `In ${t.month}, ${seatName(d.actor)} chose "${d.label}" although, by its own weighing, it served its objectives less than doing nothing (the agents err now and then, as leaders do). How did the others read it, and what did it change?`,
  }];
}

function facilitatorQuestions(timeline: readonly TimelineTurn[]): DebriefQuestion[] {
  const t = timeline.find((x) => x.facilitator.length > 0);
  return t ? [{ topic: 'facilitator', ref: `turn ${t.turn}`, text: `The White Cell intervened in ${t.month} (${t.facilitator[0]}). How did the states respond, and would they have acted differently without it?` }] : [];
}

function promiseQuestions(state: GameState): DebriefQuestion[] {
  const c = state.commitments.find((x) => x.status === 'broken');
  return c ? [{
    topic: 'promise', ref: c.id, claim: '§Postwar',
    text: `${seatName(c.from)} did not keep its promise to ${seatName(c.to)} (${stripDot(c.text)}, made in ${monthOf(state.scenario.start, c.madeTurn)}). What did that cost its credibility, and who stepped into the gap?`,
  }] : [];
}

function costQuestions(state: GameState): DebriefQuestion[] {
  const ids = Object.values(state.actors);
  const dead = ids.reduce((s, a) => s + a.casualties, 0);
  const displaced = ids.reduce((s, a) => s + a.displaced, 0);
  if (dead + displaced <= 0) return [];
  return [{
    topic: 'humanCost',
    text: `The game counted ${dead.toLocaleString('en-GB')} people killed or wounded and ${displaced.toLocaleString('en-GB')} people displaced. At which decisions was this cost weighed, and by whom?`,
  }];
}

function endingQuestion(state: GameState): DebriefQuestion[] {
  const e = state.ending;
  if (!e) return [{ topic: 'ending', text: 'The game is not over. Which ending looks most likely now, and what single decision could change that?' }];
  const q: Record<string, string> = {
    regionalWar: 'The game ended in a regional war. When did it become hard to avoid, and who could still have stopped it?',
    regionalPowerWar: 'A regional power went to war. Which commitments drew it in, and were they clear to the others beforehand?',
    armeniaCollapse: 'The Armenian state collapsed. Which pressures, inside and outside, mattered most?',
    settlement: 'Armenia and Azerbaijan reached a settlement. What made it possible, and which outside power lost or gained by it?',
    turnLimit: 'The region ended in frozen hostility. What kept each side from either a deal or a war?',
  };
  return [{ topic: 'ending', text: q[e.kind] ?? `The game ended (${e.kind}). Why?`, claim: e.kind === 'settlement' ? '§Postwar' : '§Conclusion' }];
}

/** Standing questions tied to the article's argument (paraphrased, not quoted). */
const ARTICLE_QUESTIONS: DebriefQuestion[] = [
  {
    topic: 'article', claim: '§Conclusion',
    text: 'Did the alignments in your game follow shared religion or kinship, or did interests and threats decide them? Give one example from the timeline.',
  },
  {
    topic: 'article', claim: '§Iran-Armenia',
    text: 'Tehran and Yerevan are often grouped together although their systems differ greatly. What held them together in your game, and what pulled them apart?',
  },
];

/** Up to `max` questions, the game's own first. */
export function buildQuestions(state: GameState, timeline: readonly TimelineTurn[], points: readonly TurningPoint[], max = 9): DebriefQuestion[] {
  const own = [
    ...turningQuestions(points), ...talksQuestions(state, timeline), ...gambleQuestions(timeline), ...refusedQuestions(timeline), ...facilitatorQuestions(timeline),
    ...promiseQuestions(state), ...costQuestions(state), ...misjudgementQuestions(timeline),
  ];
  // The ending and the article's questions always close the list.
  const closing = [...endingQuestion(state), ...ARTICLE_QUESTIONS];
  return [...own.slice(0, Math.max(0, max - closing.length)), ...closing];
}
