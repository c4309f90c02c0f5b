/**
 * Each actor's objectives (GAME.md's table, MODELS.md "Endings in more detail") and their default
 * weights. The scenario's `personalities[actor].weights` override these by key (levels/autumn-2023.json
 * uses the same keys); a missing key falls back to the default here, an unknown key is ignored.
 */
import type { ActorId } from '../../shared/ids.js';
import type { Personality } from '../../sim/state/types.js';

export interface ObjectiveInfo { key: string; weight: number; label: string }

/** Objectives per actor with default weights and the plain words a reason uses. */
export const OBJECTIVES: Record<ActorId, readonly ObjectiveInfo[]> = {
  AZE: [
    { key: 'nakhchivanLink', weight: 3, label: 'a land link to Nakhchivan' },
    { key: 'karabakhHeld', weight: 3, label: 'holding Karabakh' },
    { key: 'noWarWithIran', weight: 2, label: 'avoiding war with Iran' },
    { key: 'oilRevenue', weight: 1.5, label: 'oil revenue' },
    { key: 'partnerBacking', weight: 2, label: 'keeping Israeli arms and Turkish backing' },
    { key: 'standing', weight: 0.5, label: 'international standing' },
  ],
  ARM: [
    { key: 'syunikKept', weight: 3, label: 'keeping Syunik and the border with Iran' },
    { key: 'bordersRecognised', weight: 2.5, label: 'a peace it can live with, borders recognised' },
    { key: 'securityGuarantees', weight: 2, label: 'security guarantees after Russia’s retreat' },
    { key: 'diversifiedArms', weight: 1.5, label: 'arms from more than one supplier' },
    { key: 'stability', weight: 2, label: 'stability at home' },
    { key: 'standing', weight: 1, label: 'international standing' },
  ],
  IRN: [
    { key: 'armeniaBorder', weight: 3, label: 'no extraterritorial corridor: keeping the border with Armenia' },
    { key: 'israelOutOfBaku', weight: 2.5, label: 'pushing Israel out of Azerbaijan' },
    { key: 'azeriQuiet', weight: 2, label: 'quiet among Iran’s Azerbaijanis' },
    { key: 'arasRevenue', weight: 1, label: 'transit revenue from the Aras route' },
    { key: 'avoidWar', weight: 2, label: 'avoiding a war it cannot afford' },
  ],
  TUR: [
    { key: 'nakhchivanLink', weight: 2.5, label: 'a route to Nakhchivan and Central Asia' },
    { key: 'azerbaijanPartnership', weight: 2, label: 'the partnership with Baku ("one nation, two states")' },
    { key: 'btcRevenue', weight: 1.5, label: 'BTC pipeline revenue' },
    { key: 'noWarWithIranOrRussia', weight: 2.5, label: 'no war with Iran or Russia' },
    { key: 'muslimStanding', weight: 1, label: 'standing in the Muslim world over Gaza' },
  ],
  ISR: [
    { key: 'oilSupply', weight: 3, label: 'Azerbaijani oil (about 40% of its crude)' },
    { key: 'footholdNearIran', weight: 2.5, label: 'a foothold and intelligence near Iran' },
    { key: 'armsExports', weight: 1.5, label: 'arms exports' },
    { key: 'containIran', weight: 2, label: 'containing Iran' },
  ],
  RUS: [
    { key: 'armeniaInOrbit', weight: 2.5, label: 'keeping Armenia away from the West' },
    { key: 'lowCost', weight: 3, label: 'influence at low cost while absorbed by Ukraine' },
    { key: 'iranCooperation', weight: 1.5, label: 'cooperation with Iran' },
    { key: 'southCaucasusInfluence', weight: 2, label: 'influence in the South Caucasus' },
  ],
};

/** Generic term every actor has: lowering the threat it perceives. Weight key `security`. */
export const SECURITY_OBJECTIVE: ObjectiveInfo = { key: 'security', weight: 1, label: 'its security' };

/** Weight of objective `key` for `actor`: the scenario's value, else the default. */
export function objectiveWeight(actor: ActorId, key: string, personality: Personality | undefined): number {
  const v = personality?.weights?.[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (key === SECURITY_OBJECTIVE.key) return SECURITY_OBJECTIVE.weight;
  return OBJECTIVES[actor].find((o) => o.key === key)?.weight ?? 0;
}

/** Every weight key the agents read (for the scenario's authors and the docs). */
export function weightKeys(actor: ActorId): string[] {
  return [...OBJECTIVES[actor].map((o) => o.key), SECURITY_OBJECTIVE.key];
}
