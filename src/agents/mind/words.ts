/**
 * Plain words for the terms of an agent's utility, as the "Why?" card shows them. Each capital's
 * framing is attributed to it; contested names are given both ways (Syunik/Zangezur).
 */
import { ACTOR_NAMES, type ActorId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import { OBJECTIVES, SECURITY_OBJECTIVE } from '../models/objectives.js';
import { pair } from '../../sim/state/selectors.js';
import type { Situation } from './situation.js';

const seat = (a: ActorId): string => ACTOR_NAMES[a].seat;

function label(me: ActorId, key: string): string {
  if (key === SECURITY_OBJECTIVE.key) return 'its security';
  return OBJECTIVES[me].find((o) => o.key === key)?.label ?? key;
}

/** The sentence for objective `key` when it contributes `value` to the order's utility. */
export function goalText(sit: Situation, key: string, value: number, order: Order): string {
  const me = sit.me;
  const z = sit.state.global.zangezur;
  const corridorLive = sit.corridorStake >= 0.5;
  if (corridorLive && value > 0 && (key === 'armeniaBorder' || key === 'syunikKept')) {
    // The claimant of an extraterritorial corridor is Baku or Ankara, never Yerevan: when Yerevan's transit
    // offer was the last word, the cards had read "Yerevan demanded an extraterritorial corridor".
    const claimant: ActorId = z.proposer && z.proposer !== 'ARM' ? z.proposer : 'AZE';
    const stake = me === 'IRN' ? 'Tehran’s red line on its border with Armenia' : 'which Yerevan sees as a threat to its sovereignty';
    if (z.status === 'seized' || z.mode !== 'transit') {
      const how = z.status === 'seized' ? 'seized' : z.status === 'negotiating' && z.proposer !== 'ARM' ? 'is negotiating' : 'demanded';
      return `${seat(claimant)} ${how} an extraterritorial corridor through Syunik (Baku calls it Zangezur), ${stake}`;
    }
    return `The route through Syunik (Baku calls it Zangezur) is in play, with Baku’s demand for an extraterritorial corridor behind it, ${stake}`;
  }
  // A show of force aimed at a state other than the main threat deters that state (a drill against Yerevan
  // is not about Tehran, even when Tehran is the larger threat).
  const target = order.params.target;
  if (key === 'security' && value > 0 && order.type.startsWith('military.') && typeof target === 'string' && target in ACTOR_NAMES && target !== me && target !== sit.main) {
    return `Deters ${seat(target as ActorId)}, which ${seat(me)} counts among its threats (power, proximity, strike capability, recent acts)`;
  }
  // A peaceful move towards another state serves security through that state: "Baku sees Tehran as its
  // main threat" under a normalisation with Yerevan named the wrong state.
  if (key === 'security' && value > 0 && !order.type.startsWith('military.') && typeof target === 'string' && target in ACTOR_NAMES && target !== me) {
    const t = target as ActorId;
    const rel = pair(sit.state, me, t).relation;
    if (t === sit.main) return `Eases the threat ${seat(me)} feels from ${seat(t)}, its main threat`;
    return rel < 0 ? `Eases the threat ${seat(me)} feels from ${seat(t)}` : `Closer ties with ${seat(t)} add to ${seat(me)}'s security`;
  }
  if (key === 'security' && sit.main && value > 0) {
    return `${seat(me)} sees ${seat(sit.main)} as its main threat (power, proximity, strike capability, recent acts)`;
  }
  if (key === 'securityGuarantees' && order.type === 'diplomacy.realign') {
    return `Moscow did not come to Armenia's help when it was owed: Yerevan looks for guarantees elsewhere`;
  }
  if (key === 'armeniaInOrbit' && sit.westLevel > 0 && value > 0) {
    // Name only the steps Yerevan has taken (a player who had only turned west read "CSTO frozen").
    const m = sit.state.actors.ARM.memberships;
    const steps = [m.includes('CSTO-frozen') ? 'CSTO membership frozen' : null, !m.includes('CSTO') && !m.includes('CSTO-frozen') ? 'the CSTO left' : null, m.includes('ICC') ? 'the ICC joined' : null, m.includes('West') ? 'new Western partners' : null].filter(Boolean);
    return `Armenia's turn to the West${steps.length ? ` (${steps.join(', ')})` : ''} costs it Moscow's favour`;
  }
  if (key === 'muslimStanding') {
    // The objective has two parts (goals.ts): taking a stand on Gaza against Israel, and standing as such.
    // A mediation between Baku and Moscow had been explained by anger at the war in Gaza.
    const aboutIsrael = order.params.target === 'ISR' || order.type === 'economy.oil';
    if (aboutIsrael) return value > 0 ? `Anger in Turkey and the Muslim world at the war in Gaza` : `Ties with Israel are costly at home while Gaza burns`;
    return value > 0 ? `Its standing in the Muslim world as a regional power and broker` : `It would lose standing in the Muslim world`;
  }
  // Baku keeps its tie with Israel informal: arms, oil and intelligence, no alliance [§Israel, §Conclusion].
  if (me === 'AZE' && value < 0 && order.params.target === 'ISR' && order.params.kind === 'defencePact') {
    if (key === 'noWarWithIran') return 'A formal alliance with Israel would provoke Tehran, which already calls Baku an Israeli asset';
    if (key === 'standing') return 'A formal alliance with Israel would cost Baku standing with Muslim-majority states';
    if (key === 'partnerBacking') return 'A formal alliance with Israel would strain Baku’s tie with Ankara, at odds with Israel over Gaza';
  }
  if (key === 'lowCost' && value < 0) return `Moscow is absorbed by Ukraine and wants influence at low cost`;
  const l = label(me, key);
  return value >= 0 ? `Serves ${l}` : `Works against ${l}`;
}

export function costText(ap: number, moneyBn: number): string {
  return moneyBn > 0 ? `Cost: ${ap} action point${ap === 1 ? '' : 's'} and $${moneyBn.toFixed(2)}bn` : `Cost: ${ap} action point${ap === 1 ? '' : 's'}`;
}

export const ESCALATION_TEXT = 'Risk of escalation towards a major war (rung 8 or above)';
export const AUDIENCE_TEXT = 'Backing down after a public threat would cost credibility and support at home';
export const WAR_TEXT = 'Force costs lives, displaced people and money, and may not succeed';
export const SECOND_FRONT_TEXT = 'Already fighting a war elsewhere: a binding pledge could open a second front';
export const WINDOW_TEXT = 'New arms arriving for the other side will shift the balance: the window to press is closing';

export function allianceText(ally: ActorId, support: boolean): string {
  return support
    ? `Fear of being abandoned by ${seat(ally)}: showing support keeps the partnership`
    : `Fear of being dragged into ${seat(ally)}'s fight: keep the commitment vague`;
}

/**
 * The arms-race note on a purchase or an accepted arms offer: how keen the Richardson drive makes the
 * agent (effects.ts armsKeenness), so a card shows why Yerevan buys eagerly and Baku mostly to please
 * its suppliers.
 */
export function armsDriveText(sit: Situation, keenness: number): string {
  const pct = Math.round(keenness * 100);
  return sit.armsDrive > 0
    ? `Arms race (Richardson): its rivals' threat-weighted arms pull ${seat(sit.me)} to build up, so a package counts at ${pct}% of its full worth`
    : `Arms race (Richardson): no rival's build-up calls for more arms, so a package counts at ${pct}% of its full worth (replacement and modernisation)`;
}
