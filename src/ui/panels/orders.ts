/**
 * The orders panel: actions grouped by family, only legal ones enabled, each with its cost and the
 * likely reactions shown before committing; the queue with remove. It only queues orders on the
 * session; resolving them is the runtime's job.
 */
import { ACTION_FAMILIES, ACTION_TYPES, familyOf, type ActionType, type Order } from '../../shared/actions.js';
import type { ActorId } from '../../shared/ids.js';
import { ACTION_SPECS } from '../../sim/actions/index.js';
import { legalOrders } from '../../sim/orders.js';
import type { GameSessionApi } from '../../runtime/types.js';
import { offerBlocked } from '../../runtime/offers.js';
import { missingTargets, unavailableReason } from '../../runtime/orderOptions.js';
import { el, mount, toast } from '../dom.js';
import { answeredOffer, describeOrder, describeParams, money, offerTerms, provinceCities } from '../text/describe.js';
import { provinceNames, reasonInWords } from '../../shared/reasonWords.js';

const FAMILY_TITLES: Record<string, string> = {
  diplomacy: 'Diplomacy', arms: 'Arms', corridor: 'Corridors', military: 'Military', economy: 'Economy', rhetoric: 'Rhetoric', covert: 'Covert',
};

/** Action points and money already committed by the queued orders. */
export function spentBy(session: GameSessionApi, actor: ActorId): { ap: number; moneyBn: number } {
  let ap = 0;
  let moneyBn = 0;
  for (const o of session.pending(actor)) {
    const c = ACTION_SPECS[o.type].cost(session.state, o);
    ap += c.ap;
    moneyBn += c.moneyBn;
  }
  return { ap, moneyBn };
}

/**
 * For an answer to an offer, what the offer says (" — the offer: transit under Armenian control, 67 on
 * the 0-100 sovereignty scale"): a player deciding whether to accept must see the terms, not only
 * whose offer it is and of what kind.
 */
function answerTerms(state: GameSessionApi['state'], actor: ActorId, o: Order): string {
  if (o.params.answer !== 'accept') return '';
  const p = answeredOffer(state.proposals, { ...o, actor });
  if (!p) return '';
  const terms = offerTerms(p);
  // An offer that can no longer take effect says so before the player accepts it.
  const blocked = offerBlocked(state, p);
  return `${terms ? ` — the offer: ${terms}` : ''}${blocked ? ` — cannot take effect now: ${reasonInWords(blocked, provinceNames(state))}` : ''}`;
}

/** Renders the panel into `root`; `changed` is called after the queue changes. */
export function renderOrders(root: HTMLElement, session: GameSessionApi, actor: ActorId, changed: () => void): void {
  const state = session.state;
  const names = provinceNames(state);
  const cities = provinceCities(state.provinces);
  const spent = spentBy(session, actor);
  const me = state.actors[actor];
  const legal = state.ending ? [] : legalOrders(state, actor, spent);
  const byType = new Map<ActionType, Order[]>();
  for (const o of legal) byType.set(o.type, [...(byType.get(o.type) ?? []), o]);

  const queue = session.pending(actor);
  const queueList = el('ol', { className: 'queue', 'aria-label': 'Queued orders' },
    ...queue.map((o, i) =>
      el('li', {},
        el('span', { text: describeOrder(o, ACTION_SPECS[o.type].label, names, cities) }),
        el('button', { 'aria-label': `Remove order ${i + 1}: ${ACTION_SPECS[o.type].label}`, onclick: () => { session.unqueue(actor, i); changed(); } }, 'Remove'),
      )),
  );

  const families = ACTION_FAMILIES.map((fam) => {
    const types = ACTION_TYPES.filter((t) => familyOf(t) === fam && (ACTION_SPECS[t].who === 'any' || ACTION_SPECS[t].who.includes(actor)));
    if (types.length === 0) return null;
    const open = types.filter((t) => byType.has(t)).length;
    return el('details', { className: 'family', open: fam === 'diplomacy' },
      el('summary', {}, `${FAMILY_TITLES[fam]} (${open} of ${types.length} available)`),
      ...types.map((t) => actionCard(session, actor, t, byType.get(t) ?? [], names, cities, changed, spent)),
    );
  });

  mount(root,
    el('h2', {}, 'Your orders'),
    el('p', { className: 'small muted' },
      `Action points left: ${me.actionPoints - spent.ap} of ${me.actionPoints} · Treasury left: ${money(me.treasuryBn - spent.moneyBn)}`),
    queue.length ? queueList : el('p', { className: 'small muted' }, 'No orders queued. Pick actions below, then press "End turn".'),
    ...families,
  );
}

/**
 * Why an action with no option is unavailable, as the card shows it: "Why: needs a relation of -30 or
 * less with a target you trade with", "Why: not enough action points: it needs 2, 1 left".
 */
export function whyUnavailable(state: GameSessionApi['state'], actor: ActorId, type: ActionType, spent: { ap: number; moneyBn: number }, names: Record<string, string> = provinceNames(state)): string {
  const reason = reasonInWords(unavailableReason(state, actor, type, spent), names);
  return reason ? `Why: ${reason}` : '';
}

function actionCard(session: GameSessionApi, actor: ActorId, type: ActionType, options: Order[], names: Record<string, string>, cities: Record<string, string>, changed: () => void, spent: { ap: number; moneyBn: number }): HTMLElement {
  const spec = ACTION_SPECS[type];
  const id = `opt-${type.replace('.', '-')}`;
  const select = el('select', { id, 'aria-label': `${spec.label}: options`, disabled: options.length === 0 },
    ...options.map((o, i) => el('option', { value: String(i) }, describeParams(o.params, names, actor, cities) + answerTerms(session.state, actor, o))),
  );
  const costLine = el('span', { className: 'cost' });
  const showCost = (): void => {
    const o = options[Number(select.value) || 0];
    if (!o) {
      costLine.textContent = 'not available now';
      return;
    }
    const c = spec.cost(session.state, o);
    costLine.textContent = `${c.ap} AP · ${money(c.moneyBn)}`;
  };
  select.addEventListener('change', showCost);
  showCost();
  const queueBtn = el('button', {
    disabled: options.length === 0,
    'aria-label': `Queue: ${spec.label}`,
    onclick: () => {
      const o = options[Number(select.value) || 0];
      if (!o) return;
      const refusal = session.queue({ actor, type: o.type, params: o.params });
      if (refusal) toast(`Refused: ${reasonInWords(refusal, provinceNames(session.state))}`, 'error');
      else toast(`Queued: ${spec.label}`);
      changed();
    },
  }, 'Queue');
  return el('div', { className: 'action', 'data-type': type },
    el('div', { className: 'head' }, el('strong', {}, spec.label), costLine),
    el('p', {}, spec.summary),
    el('p', { className: 'reactions' }, `Likely reactions: ${spec.reactions}`),
    el('p', { className: 'muted' }, `Source: ${spec.claim.section}, ${spec.claim.note}`),
    el('div', { className: 'row' }, select, queueBtn),
    options.length === 0 ? el('p', { className: 'why-not small' }, whyUnavailable(session.state, actor, type, spent, names)) : null,
    ...missingTargets(session.state, actor, type, options).map((m) => el('p', { className: 'why-not small' }, `${type === 'arms.buy' ? 'Not from' : 'Not with'} ${m.who} now: ${reasonInWords(m.reason, names)}`)),
  );
}
