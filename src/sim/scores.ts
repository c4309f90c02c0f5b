/**
 * Scorecards: each actor's objectives (MODELS.md, "Endings in more detail"; GAME.md's actors table),
 * each with whether it is met and a progress from 0 to 1, weighted by the scenario's personality
 * weights. The total is 0..100. A regional war is a loss for everyone: totals are cut to a quarter.
 * The human cost each people suffered is returned beside the score, never folded into it.
 */
import { ACTOR_IDS, ACTOR_NAMES, SUPPLIER_IDS, SUPPLIER_NAMES, type ActorId } from '../shared/ids.js';
import { rungName } from '../shared/ladder.js';
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
  /**
   * Where the objective stands, in words ("at peace; the dispute with Tehran at rung 5 of 10, covert or
   * proxy action"): why it is met or not and why it earns the share it does.
   */
  status: string;
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

type Def = [id: string, label: string, claim: string, defaultWeight: number, value: (s: GameState) => [met: boolean, progress: number, status: string]];

const KARABAKH = ['AZ.XC.2', 'AZ.XC', 'AZ.SU', 'AZ.LC', 'AZ.KA', 'AZ.QD', 'AZ.ZG', 'AZ.CB'];
const pct = (x: number): string => `${Math.round(100 * x)}%`;

/** Where a pair stands on the ladder: "at war" or "rung 5 of 10 (covert or proxy action)". */
function standing(s: GameState, a: ActorId, b: ActorId): string {
  const p = s.pairs[a < b ? `${a}-${b}` : `${b}-${a}`];
  return p.atWar ? `at war with ${ACTOR_NAMES[b].seat}` : `the dispute with ${ACTOR_NAMES[b].seat} at rung ${p.rung} of 10 (${rungName(p.rung)})`;
}

/** No war between a and b: met below rung 6; the credit falls as the pair climbs the ladder. */
const noWar = (s: GameState, a: ActorId, b: ActorId): [boolean, number, string] => {
  const p = s.pairs[a < b ? `${a}-${b}` : `${b}-${a}`];
  return [!p.atWar && p.rung < 6, p.atWar ? 0 : clamp(1 - p.rung / 7, 0, 1), standing(s, a, b)];
};

/** Nakhchivan link by either route: Zangezur sovereignty >= 70 (agreed or seized), or the Aras route open. */
export function nakhchivanLink(s: GameState): [boolean, number] {
  const [met, progress] = nakhchivanLinkWithStatus(s);
  return [met, progress];
}

/** Where each route to Nakhchivan stands, in words (the scorecards' status). */
function routeStatus(s: GameState): string {
  const z = s.global.zangezur;
  const a = s.global.aras;
  const zangezur = z.status === 'agreed' ? `Zangezur/Syunik route agreed at ${z.sovereignty} on the sovereignty scale`
    : z.status === 'seized' ? 'Zangezur/Syunik route seized by force'
      : z.status === 'negotiating' ? 'Zangezur/Syunik route under negotiation' : z.status === 'demanded' ? 'Zangezur/Syunik route demanded' : 'no Zangezur/Syunik route';
  const aras = a.status === 'open' ? 'the Aras route open' : a.status === 'building' ? `the Aras route being built (${Math.min(a.progress, a.buildTurnsNeeded)} of ${a.buildTurnsNeeded} months)`
    : a.status === 'agreed' ? 'the Aras route agreed, not yet begun' : a.status === 'proposed' ? 'the Aras route proposed' : 'no Aras route';
  return `${zangezur}; ${aras}`;
}

function nakhchivanLinkWithStatus(s: GameState): [boolean, number, string] {
  const z = s.global.zangezur;
  const a = s.global.aras;
  const zMet = (z.status === 'agreed' || z.status === 'seized') && z.sovereignty >= 70;
  const aMet = a.status === 'open';
  const zProg = z.status === 'agreed' || z.status === 'seized' ? Math.min(1, z.sovereignty / 70) : z.status === 'negotiating' ? 0.4 : z.status === 'demanded' ? 0.2 : 0;
  const aProg = aMet ? 1 : a.status === 'building' ? 0.3 + 0.6 * Math.min(1, a.progress / a.buildTurnsNeeded) : a.status === 'agreed' ? 0.3 : a.status === 'proposed' ? 0.15 : 0;
  return [zMet || aMet, Math.max(zProg, aProg), routeStatus(s)];
}

/** Israel's weight in Baku, 0..100: half the AZE-ISR relation, half Israel's share of Baku's arms. */
export function israeliInfluence(s: GameState): number {
  return (s.pairs['AZE-ISR'].relation + 100) / 4 + (s.actors.AZE.armsShare.ISR ?? 0) * 50;
}

function syunikKept(s: GameState): [boolean, number, string] {
  const su = s.provinces['AM.SU'];
  const z = s.global.zangezur;
  const held = !su || (su.owner === 'ARM' && (su.occupier === null || su.occupier === 'ARM'));
  const extraterritorial = z.status === 'seized' || (z.status === 'agreed' && z.mode === 'extraterritorial');
  const met = held && !extraterritorial;
  const where = !held ? `Syunik (Zangezur) held by ${ACTOR_NAMES[su.occupier ?? su.owner].seat}` : 'Syunik (Zangezur) held by Yerevan';
  const corridor = z.status === 'seized' ? 'a corridor seized through it' : extraterritorial ? 'an extraterritorial corridor agreed' : 'no extraterritorial corridor';
  return [met, met ? 1 : held ? 0.5 : 0, `${where}; ${corridor}`];
}

const OBJECTIVES: Record<ActorId, Def[]> = {
  AZE: [
    // On Baku's terms: a transit route under Armenian control (below 70 on the sovereignty scale) is
    // progress, not the link Baku asks for (a player had read "not met" after a settlement at 22).
    ['nakhchivanLink', 'Nakhchivan linked by land on Baku\'s terms: the Aras route open, or a Zangezur route at 70+ on the sovereignty scale (held, seized or agreed)', '§Postwar', 3, nakhchivanLinkWithStatus],
    ['karabakhHeld', 'Karabakh held', '§Postwar', 3, (s) => {
      const ids = KARABAKH.filter((id) => id in s.provinces);
      const held = ids.filter((id) => { const p = s.provinces[id]; return p.occupier === null || p.occupier === 'AZE'; }).length;
      return [held === ids.length, ids.length ? held / ids.length : 1, `${held} of ${ids.length} districts held`];
    }],
    ['noWarWithIran', 'No war or border fighting with Iran (kept below rung 6, border clashes)', '§Iran-Armenia', 2, (s) => noWar(s, 'AZE', 'IRN')],
    ['oilRevenue', 'Oil revenue kept flowing', '§Israel', 1.5, (s) => [s.global.btcFlow >= 0.8, s.global.btcFlow, `the BTC pipeline at ${pct(s.global.btcFlow)} of its flow (80% needed)`]],
  ],
  ARM: [
    ['syunikKept', 'Syunik kept, no extraterritorial corridor', '§Iran-Armenia', 3, syunikKept],
    ['bordersRecognised', 'A treaty recognising its borders', '§Postwar', 2.5, (s) => {
      const p = s.pairs['ARM-AZE'];
      if (p.treaties.peace) return [true, 1, 'a peace treaty signed with Baku'];
      return [false, p.treaties.normalisation ? 0.6 : clamp((p.relation + 100) / 400, 0, 0.5), p.treaties.normalisation ? 'relations normalised with Baku, no peace treaty' : `no treaty with Baku; relation ${Math.round(p.relation)} (-100..100)`];
    }],
    ['diversifiedArms', 'No supplier above 50% of its arms', '§Postwar', 1.5, (s) => {
      let top = 0;
      let topSupplier: (typeof SUPPLIER_IDS)[number] | null = null;
      for (const k of SUPPLIER_IDS) if ((s.actors.ARM.armsShare[k] ?? 0) > top) { top = s.actors.ARM.armsShare[k] ?? 0; topSupplier = k; }
            return [top <= 0.5, clamp((1 - top) / 0.5, 0, 1), topSupplier ? `largest supplier ${topSupplier ? SUPPLIER_NAMES[topSupplier] : ''} with ${pct(top)} of its arms` : 'no arms imports on record'];
    }],
    ['stability', 'Stability at 40 or more', '§Postwar', 2, (s) => [s.actors.ARM.stability >= 40, clamp(s.actors.ARM.stability / 40, 0, 1), `stability ${Math.round(s.actors.ARM.stability)} of 100 (40 needed)`]],
  ],
  IRN: [
    ['armeniaBorder', 'Border with Armenia intact', '§Iran-Armenia', 3, syunikKept],
    ['israelOutOfBaku', 'Israeli influence in Baku below 50', '§Israel', 2.5, (s) => {
      const inf = israeliInfluence(s);
      return [inf < 50, clamp((100 - inf) / 50, 0, 1), `Israeli influence in Baku ${Math.round(inf)} of 100 (half the Baku-Israel relation, half Israel's share of Baku's arms)`];
    }],
    ['azeriQuiet', 'Quiet among Iran\'s Azerbaijanis (Tehran\'s stability 45+, Baku\'s line not revanchist)', '§Iran-Armenia', 2, (s) => {
      const stab = s.actors.IRN.stability;
      const line = s.actors.AZE.rhetoric;
      return [stab >= 45 && line !== 'revanchist', clamp(stab / 45, 0, 1) * (line === 'revanchist' ? 0.6 : 1), `Tehran's stability ${Math.round(stab)} (45 needed), and Baku's line ${line === 'revanchist' ? 'revanchist (it must not be)' : 'not revanchist (as needed)'}`];
    }],
    ['arasRevenue', 'Aras transit revenue', '§Postwar', 1, (s) => {
      const a = s.global.aras;
      return [a.status === 'open', a.status === 'open' ? 1 : a.status === 'building' ? Math.min(0.9, a.progress / a.buildTurnsNeeded) : 0, routeStatus(s).split('; ')[1]];
    }],
  ],
  TUR: [
    ['nakhchivanLink', 'A route to Nakhchivan on Baku\'s terms: the Aras route open, or a Zangezur route at 70+ on the sovereignty scale', '§Turkey', 2.5, nakhchivanLinkWithStatus],
    ['btcRevenue', 'BTC transit revenue kept', '§Turkey', 1.5, (s) => [s.global.btcFlow >= 0.8, s.global.btcFlow, `the BTC pipeline at ${pct(s.global.btcFlow)} of its flow (80% needed)`]],
    ['noWarWithIranOrRussia', 'No war or border fighting with Iran or Russia (kept below rung 6)', '§Conclusion', 2.5, (s) => {
      const [m1, p1] = noWar(s, 'TUR', 'IRN');
      const [m2, p2] = noWar(s, 'TUR', 'RUS');
      return [m1 && m2, Math.min(p1, p2), `${standing(s, 'TUR', 'IRN')}; ${standing(s, 'TUR', 'RUS')}`];
    }],
  ],
  ISR: [
    ['oilSupply', 'Azerbaijani oil keeps arriving', '§Israel', 3, (s) => {
      const v = (s.actors.AZE.oilToIsrael / 1) * s.global.btcFlow;
      return [v >= 0.5, clamp(v, 0, 1), `Azerbaijani oil reaching Israel at ${pct(clamp(v, 0, 1))} of its usual volume (50% needed)`];
    }],
    ['footholdNearIran', 'A close partner on Iran\'s border', '§Israel', 2.5, (s) => {
      const r = s.pairs['AZE-ISR'].relation;
      return [r >= 40, clamp((r + 100) / 140, 0, 1), `Baku-Israel relation ${Math.round(r)} (40 needed)`];
    }],
    ['armsExports', 'Leading arms supplier to Baku', '§Israel', 1.5, (s) => {
      const sh = s.actors.AZE.armsShare.ISR ?? 0;
      return [sh >= 0.4, clamp(sh / 0.4, 0, 1), `Israel's share of Baku's arms ${pct(sh)} (40% needed)`];
    }],
  ],
  RUS: [
    ['armeniaInOrbit', 'Armenia kept out of the West\'s camp', '§Postwar', 2.5, (s) => {
      const m = s.actors.ARM.memberships;
      const inCsto = m.includes('CSTO');
      const west = m.includes('West');
      const csto = inCsto ? 'Armenia in the CSTO' : m.includes('CSTO-frozen') ? 'Armenia\'s CSTO membership frozen' : 'Armenia out of the CSTO';
      return [inCsto && !west, (inCsto ? 0.6 : m.includes('CSTO-frozen') ? 0.3 : 0) + (west ? 0 : 0.4), `${csto}; ${west ? 'turned to the West' : 'not turned to the West'}`];
    }],
    ['lowCost', 'Influence without new fighting (every dispute of Moscow\'s below rung 6)', '§Postwar', 3, (s) => {
      const worst = Math.max(...ACTOR_IDS.filter((a) => a !== 'RUS').map((a) => s.pairs[a < 'RUS' ? `${a}-RUS` : `RUS-${a}`].rung));
      return [worst < 6, clamp(1 - worst / 7, 0, 1), `Moscow's most tense dispute at rung ${worst} of 10 (${rungName(worst)})`];
    }],
    ['iranCooperation', 'Cooperation with Iran', '§Postwar', 1.5, (s) => {
      const r = s.pairs['IRN-RUS'].relation;
      return [r >= 40, clamp((r + 100) / 140, 0, 1), `Moscow-Tehran relation ${Math.round(r)} (40 needed)`];
    }],
  ],
};

/** The scorecard of one actor. */
export function scorecard(state: GameState, actor: ActorId): Scorecard {
  const weights = state.personalities[actor]?.weights ?? {};
  const objectives: Objective[] = OBJECTIVES[actor].map(([id, label, claim, w, f]) => {
    const [met, progress, status] = f(state);
    const weight = typeof weights[id] === 'number' ? weights[id] : w;
    return { id, label, claim, met, progress: round2(clamp(progress, 0, 1)), weight, status };
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
