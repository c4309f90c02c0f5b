/**
 * The country panel, opened by clicking a province: the province (owner, garrison, foreign presence)
 * and its state (relations, rungs, treaties, forces, and the agent's posture and alignment).
 */
import { lineWords } from '../../shared/actions.js';
import { ACTOR_IDS, ACTOR_NAMES, pairKey, type ActorId } from '../../shared/ids.js';
import type { GameState, Treaties } from '../../sim/state/types.js';
import type { AgentView } from '../../agents/types.js';
import { el, mount } from '../dom.js';
import { money, people, stateAndSeat } from '../text/describe.js';
import { routeMatters, routeSection } from './route.js';
import { SYUNIK } from '../../sim/state/selectors.js';
import { rungName } from '../../shared/ladder.js';

export { rungName } from '../../shared/ladder.js';

function treatyList(t: Treaties): string {
  const out: string[] = [];
  if (t.embassy) out.push('embassies');
  if (t.consulate) out.push('consulate');
  if (t.defencePact !== 'none') out.push(`${t.defencePact} defence pact`);
  if (t.armsSupply) out.push('arms supply');
  if (t.peace) out.push('peace treaty');
  if (t.normalisation) out.push('normalisation');
  if (t.corridorDeal) out.push('corridor deal');
  if (t.sanctions) out.push('sanctions');
  return out.join(', ') || '—';
}

/** A membership or alignment in words ("West" had read as an organisation). */
function membershipWords(m: string): string {
  return m === 'West' ? 'turned to the West' : m === 'CSTO-frozen' ? 'CSTO (membership frozen)' : m === 'ICC' ? 'the ICC' : m;
}

/** Renders the panel for `actor`, and for the clicked province when it is a key province. */
export function renderCountry(root: HTMLElement, state: GameState, actor: ActorId | null, province: { code: string; name: string } | null, view: AgentView | null): void {
  const prov = province ? state.provinces[province.code] : undefined;
  const parts: (HTMLElement | null)[] = [];
  if (province) {
    parts.push(el('h2', {}, province.name));
    if (prov) {
      const troops = Object.entries(prov.troops).filter(([, n]) => n).map(([a, n]) => `${ACTOR_NAMES[a as ActorId].adjective} ${Math.round(n as number)}`);
      parts.push(el('table', { className: 'grid', 'aria-label': 'Province' },
        el('tr', {}, el('th', {}, 'Held by'), el('td', {}, ACTOR_NAMES[prov.occupier ?? prov.owner].state + (prov.occupier ? ` (occupying; de jure ${ACTOR_NAMES[prov.owner].state})` : ''))),
        prov.altName ? el('tr', {}, el('th', {}, 'Also called'), el('td', {}, prov.altName)) : null,
        el('tr', {}, el('th', {}, 'Garrison'), el('td', {}, `${Math.round(prov.garrison)} · fortification ${Math.round(prov.fortification)}`)),
        el('tr', {}, el('th', {}, 'Foreign troops'), el('td', {}, troops.join(', ') || 'none')),
        // Consulates open only in a province's city (missions.ts): say where, or that none can open here.
        el('tr', {}, el('th', {}, 'Consulates'), el('td', {}, prov.city
          ? `${prov.consulates.map((c) => ACTOR_NAMES[c].state).join(', ') || 'none'} (in ${prov.city})`
          : 'none (no city here hosts foreign consulates)')),
        el('tr', {}, el('th', {}, 'Monitors'), el('td', {}, prov.monitors.join(', ') || 'none')),
      ));
    } else {
      parts.push(el('p', { className: 'small muted' }, 'Not a key province of the game: no garrison or foreign presence is tracked here.'));
    }
  }
  // The corridor question belongs to Syunik (Zangezur) and to the states whose objectives turn on it:
  // the two capitals that negotiate it, Tehran (its border with Armenia, the Aras route) and Ankara.
  const route = province?.code === SYUNIK || (!province && routeMatters(actor)) ? routeSection(state) : null;
  if (province?.code === SYUNIK) parts.push(route);
  if (!actor) {
    parts.push(el('p', { className: 'muted' }, 'Outside the six states of the game.'));
    mount(root, ...parts);
    return;
  }
  const a = state.actors[actor];
  parts.push(el('h2', {}, stateAndSeat(actor)));
  parts.push(el('p', { className: 'small' },
    a.controller === 'human' ? 'Led by a player. ' : '',
    // The summary says the posture and, when there is a main threat, the alignment in words ("Posture:
    // guarded. Balancing against Israel with Baku."); the panel had repeated the posture before it.
    view ? `${view.summary}${/No pressing threat/.test(view.summary) ? ` Alignment: ${view.alignment}.` : ''}` : ''));
  parts.push(el('p', { className: 'small' },
    `Readiness ${a.readiness} · stability ${Math.round(a.stability)} · credibility ${Math.round(a.credibility)} · standing ${Math.round(a.standing)} · line ${lineWords(a.id, a.rhetoric)} · treasury ${money(a.treasuryBn)}`));
  parts.push(el('p', { className: 'small' },
    `Forces: ground ${Math.round(a.capability.ground)}, air defence ${Math.round(a.capability.airDefence)}, drones ${Math.round(a.capability.drones)}, artillery ${Math.round(a.capability.artillery)}. ` +
    `Arms on order: ${a.armsOnOrder.length}. Memberships and alignments: ${a.memberships.map(membershipWords).join(', ') || 'none'}.`));
  parts.push(el('p', { className: 'small cost-human' }, `Human cost so far: ${people(a.casualties)} killed or wounded, ${people(a.displaced)} displaced.`));
  parts.push(el('table', { className: 'grid', 'aria-label': 'Relations' },
    el('tr', {}, el('th', {}, 'With'), el('th', {}, 'Relation'), el('th', {}, 'Escalation (0-10)'), el('th', {}, 'Treaties')),
    ...ACTOR_IDS.filter((b) => b !== actor).map((b) => {
      const p = state.pairs[pairKey(actor, b)];
      return el('tr', {},
        el('td', {}, ACTOR_NAMES[b].seat),
        el('td', {}, `${Math.round(p.relation)} (trust ${Math.round(p.trust)})`),
        // The rung is how far the dispute has climbed, not what has happened: a state can stand at the
        // border-clash level by its reaction to an attack on its ally (a player had read fighting there).
        el('td', { title: `Escalation level ${p.rung} of 10: ${rungName(p.rung)}. A dispute climbs the ladder by what either side does, or by its reaction to an attack on a partner.` },
          `${p.rung} · ${rungName(p.rung)} level${p.atWar ? ' · AT WAR' : ''}`),
        el('td', {}, treatyList(p.treaties)),
      );
    }),
  ));
  if (view) {
    const threats = Object.entries(view.threat).sort((x, y) => (y[1] ?? 0) - (x[1] ?? 0)).slice(0, 3);
    parts.push(el('p', { className: 'small muted' }, `Feels most threatened by: ${threats.map(([k, v]) => `${ACTOR_NAMES[k as ActorId].seat} ${Math.round((v ?? 0) * 100)}%`).join(', ') || '—'}`));
  }
  if (route && province?.code !== SYUNIK) parts.push(route);
  mount(root, ...parts);
}
