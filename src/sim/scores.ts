/**
 * Scorecards: each actor's objectives (MODELS.md, "Endings in more detail"; GAME.md's actors table),
 * each with whether it is met and a progress from 0 to 1, weighted by the scenario's personality
 * weights. The total is 0..100. A regional war is a loss for everyone: totals are cut to a quarter.
 * The human cost each people suffered is returned beside the score, never folded into it.
 */
import { ACTOR_IDS, SUPPLIER_IDS, type ActorId } from '../shared/ids.js';
import { clamp, round2 } from './effects.js';
import type { GameState } from './state/types.js';

export interface Objective {
  id: string;
  label: string;
  met: boolean;
  /** 0..1. */
  progress: number;
  weight: number;
  /** Section of the article behind the objective. */
  claim: string;
}

export interface Scorecard {
  actor: ActorId;
  objectives: Objective[];
  /** 0..100. */
  total: number;
  humanCost: { casualties: number; displaced: number };
  /** A note on the total, e.g. that a regional war cut it. */
  note?: string;
}

type Def = [id: string, label: string, claim: string, defaultWeight: number, value: (s: GameState) => [met: boolean, progress: number]];

const KARABAKH = ['AZ.XC.2', 'AZ.XC', 'AZ.SU', 'AZ.LC', 'AZ.KA', 'AZ.QD', 'AZ.ZG', 'AZ.CB'];
const noWar = (s: GameState, a: ActorId, b: ActorId): [boolean, number] => {
  const p = s.pairs[a < b ? `${a}-${b}` : `${b}-${a}`];
  return [!p.atWar && p.rung < 6, p.atWar ? 0 : clamp(1 - p.rung / 7, 0, 1)];
};

/** Nakhchivan link by either route: Zangezur sovereignty >= 70 (agreed or seized), or the Aras route open. */
export function nakhchivanLink(s: GameState): [boolean, number] {
  const z = s.global.zangezur;
  const a = s.global.aras;
  const zMet = (z.status === 'agreed' || z.status === 'seized') && z.sovereignty >= 70;
  const aMet = a.status === 'open';
  const zProg = z.status === 'agreed' || z.status === 'seized' ? Math.min(1, z.sovereignty / 70) : z.status === 'negotiating' ? 0.4 : z.status === 'demanded' ? 0.2 : 0;
  const aProg = aMet ? 1 : a.status === 'building' ? 0.3 + 0.6 * Math.min(1, a.progress / a.buildTurnsNeeded) : a.status === 'agreed' ? 0.3 : a.status === 'proposed' ? 0.15 : 0;
  return [zMet || aMet, Math.max(zProg, aProg)];
}

/** Israel's weight in Baku, 0..100: half the AZE-ISR relation, half Israel's share of Baku's arms. */
export function israeliInfluence(s: GameState): number {
  return (s.pairs['AZE-ISR'].relation + 100) / 4 + (s.actors.AZE.armsShare.ISR ?? 0) * 50;
}

function syunikKept(s: GameState): [boolean, number] {
  const su = s.provinces['AM.SU'];
  const z = s.global.zangezur;
  const held = !su || (su.owner === 'ARM' && (su.occupier === null || su.occupier === 'ARM'));
  const extraterritorial = z.status === 'seized' || (z.status === 'agreed' && z.mode === 'extraterritorial');
  const met = held && !extraterritorial;
  return [met, met ? 1 : held ? 0.5 : 0];
}

const OBJECTIVES: Record<ActorId, Def[]> = {
  AZE: [
    // On Baku's terms: a transit route under Armenian control (below 70 on the sovereignty scale) is
    // progress, not the link Baku asks for (a player had read "not met" after a settlement at 22).
    ['nakhchivanLink', 'Nakhchivan linked by land on Baku\'s terms: the Aras route open, or a Zangezur route at 70+ on the sovereignty scale (held, seized or agreed)', '§Postwar', 3, nakhchivanLink],
    ['karabakhHeld', 'Karabakh held', '§Postwar', 3, (s) => {
      const ids = KARABAKH.filter((id) => id in s.provinces);
      const held = ids.filter((id) => { const p = s.provinces[id]; return p.occupier === null || p.occupier === 'AZE'; }).length;
      return [held === ids.length, ids.length ? held / ids.length : 1];
    }],
    ['noWarWithIran', 'No war with Iran', '§Iran-Armenia', 2, (s) => noWar(s, 'AZE', 'IRN')],
    ['oilRevenue', 'Oil revenue kept flowing', '§Israel', 1.5, (s) => [s.global.btcFlow >= 0.8, s.global.btcFlow]],
  ],
  ARM: [
    ['syunikKept', 'Syunik kept, no extraterritorial corridor', '§Iran-Armenia', 3, syunikKept],
    ['bordersRecognised', 'A treaty recognising its borders', '§Postwar', 2.5, (s) => {
      const p = s.pairs['ARM-AZE'];
      if (p.treaties.peace) return [true, 1];
      return [false, p.treaties.normalisation ? 0.6 : clamp((p.relation + 100) / 400, 0, 0.5)];
    }],
    ['diversifiedArms', 'No supplier above 50% of its arms', '§Postwar', 1.5, (s) => {
      const top = Math.max(0, ...SUPPLIER_IDS.map((k) => s.actors.ARM.armsShare[k] ?? 0));
      return [top <= 0.5, clamp((1 - top) / 0.5, 0, 1)];
    }],
    ['stability', 'Stability at 40 or more', '§Postwar', 2, (s) => [s.actors.ARM.stability >= 40, clamp(s.actors.ARM.stability / 40, 0, 1)]],
  ],
  IRN: [
    ['armeniaBorder', 'Border with Armenia intact', '§Iran-Armenia', 3, syunikKept],
    ['israelOutOfBaku', 'Israeli influence in Baku below 50', '§Israel', 2.5, (s) => {
      const inf = israeliInfluence(s);
      return [inf < 50, clamp((100 - inf) / 50, 0, 1)];
    }],
    ['azeriQuiet', 'Quiet among Iran\'s Azerbaijanis', '§Iran-Armenia', 2, (s) => {
      const stab = s.actors.IRN.stability;
      const line = s.actors.AZE.rhetoric;
      return [stab >= 45 && line !== 'revanchist', clamp(stab / 45, 0, 1) * (line === 'revanchist' ? 0.6 : 1)];
    }],
    ['arasRevenue', 'Aras transit revenue', '§Postwar', 1, (s) => {
      const a = s.global.aras;
      return [a.status === 'open', a.status === 'open' ? 1 : a.status === 'building' ? Math.min(0.9, a.progress / a.buildTurnsNeeded) : 0];
    }],
  ],
  TUR: [
    ['nakhchivanLink', 'A route to Nakhchivan on Baku\'s terms: the Aras route open, or a Zangezur route at 70+ on the sovereignty scale', '§Turkey', 2.5, nakhchivanLink],
    ['btcRevenue', 'BTC transit revenue kept', '§Turkey', 1.5, (s) => [s.global.btcFlow >= 0.8, s.global.btcFlow]],
    ['noWarWithIranOrRussia', 'No war with Iran or Russia', '§Conclusion', 2.5, (s) => {
      const [m1, p1] = noWar(s, 'TUR', 'IRN');
      const [m2, p2] = noWar(s, 'TUR', 'RUS');
      return [m1 && m2, Math.min(p1, p2)];
    }],
  ],
  ISR: [
    ['oilSupply', 'Azerbaijani oil keeps arriving', '§Israel', 3, (s) => {
      const v = (s.actors.AZE.oilToIsrael / 1) * s.global.btcFlow;
      return [v >= 0.5, clamp(v, 0, 1)];
    }],
    ['footholdNearIran', 'A close partner on Iran\'s border', '§Israel', 2.5, (s) => {
      const r = s.pairs['AZE-ISR'].relation;
      return [r >= 40, clamp((r + 100) / 140, 0, 1)];
    }],
    ['armsExports', 'Leading arms supplier to Baku', '§Israel', 1.5, (s) => {
      const sh = s.actors.AZE.armsShare.ISR ?? 0;
      return [sh >= 0.4, clamp(sh / 0.4, 0, 1)];
    }],
  ],
  RUS: [
    ['armeniaInOrbit', 'Armenia kept out of the West\'s camp', '§Postwar', 2.5, (s) => {
      const m = s.actors.ARM.memberships;
      const inCsto = m.includes('CSTO');
      const west = m.includes('West');
      return [inCsto && !west, (inCsto ? 0.6 : m.includes('CSTO-frozen') ? 0.3 : 0) + (west ? 0 : 0.4)];
    }],
    ['lowCost', 'Influence without new wars', '§Postwar', 3, (s) => {
      const worst = Math.max(...ACTOR_IDS.filter((a) => a !== 'RUS').map((a) => s.pairs[a < 'RUS' ? `${a}-RUS` : `RUS-${a}`].rung));
      return [worst < 6, clamp(1 - worst / 7, 0, 1)];
    }],
    ['iranCooperation', 'Cooperation with Iran', '§Postwar', 1.5, (s) => {
      const r = s.pairs['IRN-RUS'].relation;
      return [r >= 40, clamp((r + 100) / 140, 0, 1)];
    }],
  ],
};

/** The scorecard of one actor. */
export function scorecard(state: GameState, actor: ActorId): Scorecard {
  const weights = state.personalities[actor]?.weights ?? {};
  const objectives: Objective[] = OBJECTIVES[actor].map(([id, label, claim, w, f]) => {
    const [met, progress] = f(state);
    const weight = typeof weights[id] === 'number' ? weights[id] : w;
    return { id, label, claim, met, progress: round2(clamp(progress, 0, 1)), weight };
  });
  const wsum = objectives.reduce((s, o) => s + Math.max(0, o.weight), 0);
  let total = wsum > 0 ? (100 * objectives.reduce((s, o) => s + Math.max(0, o.weight) * o.progress, 0)) / wsum : 0;
  let note: string | undefined;
  if (state.ending?.kind === 'regionalWar') {
    total /= 4;
    note = 'A regional war: everyone loses (scores cut to a quarter).';
  }
  const a = state.actors[actor];
  return { actor, objectives, total: Math.round(total * 10) / 10, humanCost: { casualties: a.casualties, displaced: a.displaced }, ...(note ? { note } : {}) };
}

/** Every actor's scorecard, in ACTOR_IDS order. */
export function scorecards(state: GameState): Scorecard[] {
  return ACTOR_IDS.map((a) => scorecard(state, a));
}
