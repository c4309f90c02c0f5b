/**
 * What each world event does to the state (MODELS.md, "Event hazards"). Each handler receives the
 * event already emitted, so every change it makes is recorded as an effect on it.
 */
import type { ActorId, ProvinceId } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { addActor, addGlobal, addRelation, addRung, addTrust, clamp, noteChange, raiseRungTo } from '../effects.js';
import { param } from '../scenario/params.js';
import type { GameEvent } from '../state/types.js';
import type { WorldEventId } from './catalogue.js';

export type EventParams = Record<string, unknown>;

/** Severity 1..3 from the params (default 1): scales casualties and shifts. */
export function severityOf(params: EventParams): number {
  const v = Number(params.severity ?? 1);
  return Number.isFinite(v) ? clamp(Math.round(v), 1, 3) : 1;
}

function addHumanCost(ctx: SimContext, ev: GameEvent, actor: ActorId, casualties: number, displaced = 0): void {
  addActor(ctx.state, ev, actor, 'casualties', Math.round(casualties));
  if (displaced) addActor(ctx.state, ev, actor, 'displaced', Math.round(displaced));
  ev.casualties = (ev.casualties ?? 0) + Math.round(casualties);
  if (displaced) ev.displaced = (ev.displaced ?? 0) + Math.round(displaced);
}

/**
 * Raises a pair's rung by one step but not above `ceiling`: world events push pairs up the ladder to
 * protests, pressure and covert action, never into war by themselves (only orders do that).
 */
export function bumpRung(ctx: SimContext, ev: GameEvent, a: ActorId, b: ActorId, ceiling: number): void {
  const p = ctx.state.pairs[a < b ? `${a}-${b}` : `${b}-${a}`];
  if (p.rung < ceiling) addRung(ctx.state, ev, a, b, 1);
  else p.lastIncidentTurn = ctx.state.turn;
}

type Handler = (ctx: SimContext, ev: GameEvent, params: EventParams) => void;

const CLASH_PROVINCES: ProvinceId[] = ['AM.SU', 'AM.GR', 'AM.TV', 'AM.VD'];

/** Handlers by event id. */
export const WORLD_EFFECTS: Record<WorldEventId, Handler> = {
  israelIranStrikes(ctx, ev, params) {
    const k = severityOf(params);
    raiseRungTo(ctx.state, ev, 'IRN', 'ISR', 6);
    addRelation(ctx.state, ev, 'IRN', 'ISR', -5 * k);
    addGlobal(ctx.state, ev, 'israelIranLevel', 1.5 * k);
    // Tehran reads Baku as Israel's forward base (the association term): its view of Baku hardens.
    addRelation(ctx.state, ev, 'AZE', 'IRN', -5 * k);
    bumpRung(ctx, ev, 'AZE', 'IRN', 4);
    addGlobal(ctx.state, ev, 'btcFlow', -0.03 * k);
    addHumanCost(ctx, ev, 'IRN', 4 * k);
    addHumanCost(ctx, ev, 'ISR', 2 * k);
  },
  gazaEscalation(ctx, ev, params) {
    const k = severityOf(params);
    addGlobal(ctx.state, ev, 'gazaIntensity', 1.5 * k);
    addActor(ctx.state, ev, 'ISR', 'distraction', 4 * k);
    addActor(ctx.state, ev, 'ISR', 'standing', -3 * k);
    addRelation(ctx.state, ev, 'ISR', 'TUR', -8 * k);
    bumpRung(ctx, ev, 'ISR', 'TUR', 3);
    addRelation(ctx.state, ev, 'IRN', 'ISR', -3 * k);
    // Pressure on the oil that reaches Israel through Ceyhan; Baku is caught between its two partners.
    addGlobal(ctx.state, ev, 'btcFlow', -0.02 * k);
    addRelation(ctx.state, ev, 'AZE', 'TUR', -1 * k);
    addHumanCost(ctx, ev, 'ISR', 30 * k);
  },
  ukraineSurge(ctx, ev, params) {
    const k = severityOf(params);
    addGlobal(ctx.state, ev, 'russiaUkraineLoad', 8 * k);
    addActor(ctx.state, ev, 'RUS', 'distraction', 6 * k);
    addActor(ctx.state, ev, 'RUS', 'credibility', -2 * k);
    addTrust(ctx.state, ev, 'ARM', 'RUS', -4 * k);
  },
  russianWithdrawal(ctx, ev) {
    if (!ctx.state.global.peacekeepers) {
      ev.text = 'The Russian peacekeepers have already left the former Karabakh districts.';
      return;
    }
    ctx.state.global.peacekeepers = false;
    noteChange(ev, 'peacekeepers', true, false);
    for (const p of Object.values(ctx.state.provinces)) {
      if (p.iso3 === 'AZE' && p.troops.RUS) {
        noteChange(ev, `${p.id}.troops.RUS`, p.troops.RUS, 0);
        delete p.troops.RUS;
      }
    }
    addActor(ctx.state, ev, 'RUS', 'credibility', -5);
    addTrust(ctx.state, ev, 'ARM', 'RUS', -8);
    addRelation(ctx.state, ev, 'ARM', 'RUS', -5);
    addRelation(ctx.state, ev, 'AZE', 'RUS', 3);
  },
  borderClash(ctx, ev, params) {
    const k = severityOf(params);
    const given = typeof params.province === 'string' && params.province in ctx.state.provinces ? params.province : null;
    const candidates = CLASH_PROVINCES.filter((id) => id in ctx.state.provinces);
    const province = given ?? (candidates.length ? candidates[Math.floor(ctx.random() * candidates.length)] : null);
    ev.province = province;
    raiseRungTo(ctx.state, ev, 'ARM', 'AZE', 6);
    addRelation(ctx.state, ev, 'ARM', 'AZE', -6 * k);
    const total = param(ctx.state, 'borderClashCasualties') * k;
    addHumanCost(ctx, ev, 'ARM', total * 0.6, 300 * k);
    addHumanCost(ctx, ev, 'AZE', total * 0.4);
    addActor(ctx.state, ev, 'ARM', 'stability', -4 * k);
    addActor(ctx.state, ev, 'AZE', 'standing', -2 * k);
    // Tehran watches the Syunik border closely; a clash there chills its view of Baku.
    addRelation(ctx.state, ev, 'AZE', 'IRN', province === 'AM.SU' ? -5 : -2);
  },
  embassyAttack(ctx, ev) {
    addRelation(ctx.state, ev, 'AZE', 'IRN', -20);
    addTrust(ctx.state, ev, 'AZE', 'IRN', -10);
    raiseRungTo(ctx.state, ev, 'AZE', 'IRN', 3);
    bumpRung(ctx, ev, 'AZE', 'IRN', 4);
    const t = ctx.state.pairs['AZE-IRN'].treaties;
    if (t.embassy) {
      t.embassy = false;
      noteChange(ev, 'AZE-IRN.treaties.embassy', true, false);
    }
    // An audience-cost test: Baku's public demands a firm answer.
    addActor(ctx.state, ev, 'AZE', 'nationalism', 5);
    addHumanCost(ctx, ev, 'AZE', 1);
  },
  tehranLeadershipShock(ctx, ev) {
    const until = ctx.state.turn + 3;
    noteChange(ev, 'params.tehranShockUntil', ctx.state.params.tehranShockUntil ?? 0, until);
    ctx.state.params.tehranShockUntil = until;
    addActor(ctx.state, ev, 'IRN', 'stability', -8);
    addActor(ctx.state, ev, 'IRN', 'credibility', -4);
  },
  iranAzeriUnrest(ctx, ev, params) {
    const k = severityOf(params);
    addActor(ctx.state, ev, 'IRN', 'stability', -5 * k);
    addActor(ctx.state, ev, 'IRN', 'nationalism', 3 * k);
    // Tehran blames Baku's pan-Turkic line: its threat perception of Baku rises sharply.
    addRelation(ctx.state, ev, 'AZE', 'IRN', -8 * k);
    bumpRung(ctx, ev, 'AZE', 'IRN', 4);
    addHumanCost(ctx, ev, 'IRN', 5 * k);
  },
  iranAzerbaijanThaw(ctx, ev) {
    addRung(ctx.state, ev, 'AZE', 'IRN', -1);
    addRelation(ctx.state, ev, 'AZE', 'IRN', 10);
    addTrust(ctx.state, ev, 'AZE', 'IRN', 8);
  },
};

/** The neutral news line of each event. */
export const EVENT_TEXT: Record<WorldEventId, string> = {
  israelIranStrikes: 'Israel and Iran exchange strikes; Tehran looks harder at Baku as Israel\'s partner.',
  gazaEscalation: 'The Gaza war intensifies; Ankara\'s relations with Israel sour and oil through Ceyhan comes under pressure.',
  ukraineSurge: 'Fighting surges in Ukraine; Moscow has less attention and fewer forces for the South Caucasus.',
  russianWithdrawal: 'Russian peacekeepers withdraw from the former Karabakh districts.',
  borderClash: 'Armenian and Azerbaijani forces clash on the border.',
  embassyAttack: 'An attack on a diplomatic mission sets off expulsions between Baku and Tehran.',
  tehranLeadershipShock: 'A sudden change at the top in Tehran: Iranian policy is harder to predict for a while.',
  iranAzeriUnrest: 'Protests spread in Iran\'s Azerbaijani-populated north-west; Tehran blames Baku.',
  iranAzerbaijanThaw: 'Baku and Tehran step back from confrontation and resume contacts.',
};

