/**
 * The nation machine: one XState actor per state. Three parallel regions:
 *  - posture: cooperative → guarded → hostile → mobilised → atWar, entered above one alarm line and left
 *    below a lower one (hysteresis: one incident does not flip it);
 *  - alignment: balancing, hedging or bandwagoning (Walt's rule);
 *  - turn: idle → assessing → ready → deciding → done, driven by OBSERVE / DECIDE / RESET (no timers).
 * The machine decides the mode; pure functions (mind/) decide what to do.
 */
import { assign, raise, setup, not, and } from 'xstate';
import type { ActorId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import type { GameEvent, GameState } from '../../sim/state/types.js';
import type { Alignment, Posture } from '../types.js';
import type { DifficultySettings } from '../difficulty.js';
import { emptyMemory, observeTurn, type AgentMemory } from '../mind/memory.js';
import { assess } from '../mind/assess.js';
import { decideTurn, type ScoreModel } from '../mind/decide.js';
import { BALANCING_LINE, BANDWAGON_RATIO, POSTURE_ENTER, POSTURE_EXIT, type Assessment } from '../mind/posture.js';

export interface NationContext {
  actor: ActorId;
  settings: DifficultySettings;
  memory: AgentMemory;
  assessment: Assessment;
  posture: Posture;
  alignment: Alignment;
  /** Orders chosen at the last DECIDE. */
  lastOrders: Order[];
  /** The error of the last DECIDE, if its model threw (the agent passed). */
  lastError: string | null;
}

export type NationEvent =
  | { type: 'OBSERVE'; state: GameState; events: readonly GameEvent[] }
  | { type: 'DECIDE'; state: GameState; publicOrders: readonly Order[]; seed: number; score?: ScoreModel }
  | { type: 'ASSESSED' }
  | { type: 'RESET' };

export interface NationInput { actor: ActorId; settings: DifficultySettings }

const QUIET: Assessment = { alarm: 0, atWar: false, partnerScore: 0, powerRatio: 0, main: null, partner: null };

export const nationMachine = setup({
  types: { context: {} as NationContext, events: {} as NationEvent, input: {} as NationInput },
  guards: {
    fightingAWar: ({ context }) => context.assessment.atWar,
    alarmAboveMobiliseLine: ({ context }) => context.assessment.alarm >= POSTURE_ENTER.mobilised,
    alarmAboveHostileLine: ({ context }) => context.assessment.alarm >= POSTURE_ENTER.hostile,
    alarmAboveGuardedLine: ({ context }) => context.assessment.alarm >= POSTURE_ENTER.guarded,
    alarmBelowMobilisedExit: ({ context }) => context.assessment.alarm < POSTURE_EXIT.mobilised,
    alarmBelowHostileExit: ({ context }) => context.assessment.alarm < POSTURE_EXIT.hostile,
    alarmBelowGuardedExit: ({ context }) => context.assessment.alarm < POSTURE_EXIT.guarded,
    partnerClearsBalancingLine: ({ context }) => context.assessment.partnerScore >= BALANCING_LINE,
    threatOverwhelming: ({ context }) => context.assessment.powerRatio > BANDWAGON_RATIO,
  },
  actions: {
    rememberHostileActs: assign(({ context, event }) => {
      if (event.type !== 'OBSERVE') return {};
      const memory = observeTurn(context.memory, event.state, event.events, context.settings.unseenCovertWeight);
      return { memory, assessment: assess(event.state, memory) };
    }),
    chooseOrders: assign(({ context, event }) => {
      if (event.type !== 'DECIDE') return {};
      // A failing model must not kill the actor: the agent passes and the error is kept for the director.
      try {
        const lastOrders = decideTurn({
          state: event.state, publicOrders: event.publicOrders, memory: context.memory, posture: context.posture,
          alignment: context.alignment, settings: context.settings, seed: event.seed, score: event.score,
        });
        return { lastOrders, lastError: null };
      } catch (e) {
        return { lastOrders: [] as Order[], lastError: e instanceof Error ? e.message : String(e) };
      }
    }),
    forgetLastOrders: assign({ lastOrders: () => [] as Order[] }),
    notePosture: assign((_, params: { posture: Posture }) => ({ posture: params.posture })),
    noteAlignment: assign((_, params: { alignment: Alignment }) => ({ alignment: params.alignment })),
    announceAssessment: raise({ type: 'ASSESSED' }),
  },
}).createMachine({
  id: 'nation',
  type: 'parallel',
  context: ({ input }) => ({
    actor: input.actor, settings: input.settings, memory: emptyMemory(input.actor), assessment: QUIET,
    posture: 'guarded', alignment: 'hedging', lastOrders: [], lastError: null,
  }),
  states: {
    posture: {
      initial: 'guarded',
      states: {
        cooperative: {
          entry: { type: 'notePosture', params: { posture: 'cooperative' } },
          on: { ASSESSED: [
            { target: 'atWar', guard: 'fightingAWar' },
            { target: 'mobilised', guard: 'alarmAboveMobiliseLine' },
            { target: 'hostile', guard: 'alarmAboveHostileLine' },
            { target: 'guarded', guard: 'alarmAboveGuardedLine' },
          ] },
        },
        guarded: {
          entry: { type: 'notePosture', params: { posture: 'guarded' } },
          on: { ASSESSED: [
            { target: 'atWar', guard: 'fightingAWar' },
            { target: 'mobilised', guard: 'alarmAboveMobiliseLine' },
            { target: 'hostile', guard: 'alarmAboveHostileLine' },
            { target: 'cooperative', guard: 'alarmBelowGuardedExit' },
          ] },
        },
        hostile: {
          entry: { type: 'notePosture', params: { posture: 'hostile' } },
          on: { ASSESSED: [
            { target: 'atWar', guard: 'fightingAWar' },
            { target: 'mobilised', guard: 'alarmAboveMobiliseLine' },
            { target: 'guarded', guard: 'alarmBelowHostileExit' },
          ] },
        },
        mobilised: {
          entry: { type: 'notePosture', params: { posture: 'mobilised' } },
          on: { ASSESSED: [
            { target: 'atWar', guard: 'fightingAWar' },
            { target: 'hostile', guard: 'alarmBelowMobilisedExit' },
          ] },
        },
        atWar: {
          entry: { type: 'notePosture', params: { posture: 'atWar' } },
          on: { ASSESSED: [{ target: 'mobilised', guard: not('fightingAWar') }] },
        },
      },
    },
    alignment: {
      initial: 'hedging',
      states: {
        balancing: {
          entry: { type: 'noteAlignment', params: { alignment: 'balancing' } },
          on: { ASSESSED: [
            { target: 'bandwagoning', guard: and([not('partnerClearsBalancingLine'), 'threatOverwhelming']) },
            { target: 'hedging', guard: not('partnerClearsBalancingLine') },
          ] },
        },
        hedging: {
          entry: { type: 'noteAlignment', params: { alignment: 'hedging' } },
          on: { ASSESSED: [
            { target: 'balancing', guard: 'partnerClearsBalancingLine' },
            { target: 'bandwagoning', guard: 'threatOverwhelming' },
          ] },
        },
        bandwagoning: {
          entry: { type: 'noteAlignment', params: { alignment: 'bandwagoning' } },
          on: { ASSESSED: [
            { target: 'balancing', guard: 'partnerClearsBalancingLine' },
            { target: 'hedging', guard: not('threatOverwhelming') },
          ] },
        },
      },
    },
    turn: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            OBSERVE: { target: 'assessing', actions: 'rememberHostileActs' },
            DECIDE: { target: 'deciding', actions: 'chooseOrders' },
          },
        },
        assessing: {
          entry: 'announceAssessment',
          on: { ASSESSED: 'ready' },
        },
        ready: {
          on: {
            OBSERVE: { target: 'assessing', actions: 'rememberHostileActs' },
            DECIDE: { target: 'deciding', actions: 'chooseOrders' },
          },
        },
        deciding: { always: 'done' },
        done: {
          on: {
            RESET: { target: 'idle', actions: 'forgetLastOrders' },
            OBSERVE: { target: 'assessing', actions: 'rememberHostileActs' },
            DECIDE: { target: 'deciding', actions: 'chooseOrders' },
          },
        },
      },
    },
  },
});
