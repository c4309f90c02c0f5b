/**
 * diplomacy.proposeTreaty: propose a peace treaty, defence pact, normalisation, corridor deal or
 * arms-supply agreement, or answer a pending proposal. An answer is the same action with `answer` ('accept' | 'refuse' |
 * 'counter'), `target` = the proposer and `kind` = the proposal's kind; it costs no action points.
 */
import { ACTOR_IDS, pairKey, type ActorId, type ArmsItem, type SupplierId } from '../../shared/ids.js';
import { CORRIDOR_MODES, PACT_EXPLICITNESS, TREATY_KINDS, type Order } from '../../shared/actions.js';
import type { ActionSpec } from '../context.js';
import { noteChange } from '../effects.js';
import { counteredOffer, counterRounds, offerPoint, pair } from '../state/selectors.js';
import type { GameState, PairState, Proposal } from '../state/types.js';
import { NO_DIRECT_TIES_TEXT, checkEnum, checkOtherActor, hasPendingProposal, noDirectTies, orderEvent, seat, targetOf } from './common.js';
import { KIND_NAMES, acceptProposal, proposalBlocked, refuseProposal } from './settle.js';
import { armsPrice, maySell } from './armsCatalogue.js';

const ANSWERS = ['accept', 'refuse', 'counter'] as const;
/** Kinds an answer may name: the treaty kinds plus arms offers (arms.sell). */
const ANSWER_KINDS = [...TREATY_KINDS, 'armsOffer'] as const;

/** The pending proposal an answer refers to (from its target to the answerer, of its kind). */
export function pendingFor(s: GameState, o: Order): Proposal | undefined {
  return s.proposals.find((p) => p.status === 'pending' && p.from === o.params.target && p.to === o.actor && p.kind === o.params.kind && p.turn < s.turn);
}

/**
 * `params.terms`, when given, is stored in the proposal (and so in the state and saves): only a small
 * flat object of short strings, finite numbers and booleans may go there (the fuzz tests found NaN,
 * Infinity and nested junk getting in, which a save could not round-trip).
 */
function checkTerms(o: Order): string | null {
  const terms = o.params.terms as unknown;
  if (terms === undefined) return null;
  if (terms === null || typeof terms !== 'object' || Array.isArray(terms)) return `params.terms: expected an object of terms; got ${JSON.stringify(terms) ?? String(terms)}`;
  const entries = Object.entries(terms);
  if (entries.length > 20) return `params.terms: expected at most 20 terms; got ${entries.length}`;
  for (const [k, v] of entries) {
    const ok = typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 200);
    if (!ok || k.length > 50) return `params.terms.${k.slice(0, 50)}: expected a short text, a finite number or true/false`;
  }
  return null;
}

// Conditions under which a proposal of a kind can never pass, shared by the check (which words the
// refusal) and the enumerator (which leaves those proposals out of the menus: most of the agents'
// treaty candidates failed on one of these, each building its refusal message for nothing).
/**
 * A peace treaty ends an armed conflict: Armenia and Azerbaijan's (no treaty since the 1994 ceasefire,
 * the talks of §Postwar), or any pair at war or in armed clashes (rung 6 or more). Estranged states that
 * have not fought mend ties by talks or normalisation: "Moscow proposes a peace treaty to Yerevan" had
 * been possible whenever a relation was negative.
 */
const PEACE_MIN_RUNG = 6;
const peaceNeedless = (a: ActorId, b: ActorId, p: PairState): boolean => pairKey(a, b) !== 'ARM-AZE' && !p.atWar && p.rung < PEACE_MIN_RUNG;
/**
 * Normalisation establishes (or restores) diplomatic relations, so it is for pairs without embassies:
 * Yerevan-Ankara, Baku-Yerevan, Baku-Tehran after the 2023 embassy attack. States with embassies mend
 * ties by talks.
 */
const alreadyTied = (p: PairState): boolean => p.treaties.embassy;
/** A defence pact needs a relation of at least 30. */
const tooDistantForPact = (p: PairState): boolean => p.relation < 30;
/** How binding the pair's defence pact is: 0 none, 1 vague, 2 explicit (a proposal must go further). */
const pactLevel = (p: PairState): number => (p.treaties.defencePact === 'explicit' ? 2 : p.treaties.defencePact === 'vague' ? 1 : 0);
/**
 * Why `a` and `b` cannot sign an arms-supply agreement, or null: they have one, or neither may arm the
 * other (the camps' bars, the Gaza break, a hostile relation, sanctions; armsCatalogue.ts). It is what a
 * state offers a partner in place of an alliance: arms, not an obligation to fight (Moscow and Tehran's
 * 2025 treaty has no mutual-defence clause; Baku keeps Israel to arms and oil [§Israel, §Postwar]).
 */
export function armsSupplyProblem(s: GameState, a: ActorId, b: ActorId): string | null {
  const p = pair(s, a, b);
  if (p.treaties.armsSupply) return `${a} and ${b} already have an arms-supply agreement`;
  if (!maySell(s, a, b) && !maySell(s, b, a)) return `neither ${seat(a)} nor ${seat(b)} may arm the other`;
  return null;
}

/** A corridor deal is moot once the corridor is agreed or seized. */
const corridorSettled = (s: GameState): boolean => s.global.zangezur.status === 'agreed' || s.global.zangezur.status === 'seized';

/** The other kind a counter-proposal offers instead of the one proposed (`terms.instead`), if any. */
function insteadOf(o: Order): string | undefined {
  const instead = (o.params.terms as Record<string, unknown> | undefined)?.instead;
  return typeof instead === 'string' ? instead : undefined;
}

/**
 * Why a counter-proposal of another kind (`terms.instead`: "an arms-supply agreement instead of a defence
 * pact") cannot be made, or null: the kind must be a treaty kind other than the one proposed, and the
 * counter, a proposal from the answerer to the proposer, must pass the same conditions as any proposal.
 */
function counterProblem(s: GameState, o: Order): string | null {
  if (o.params.answer !== 'counter') return null;
  const terms = (o.params.terms ?? {}) as Record<string, unknown>;
  if (terms.mode !== undefined && !(CORRIDOR_MODES as readonly unknown[]).includes(terms.mode)) {
    return `params.terms.mode: expected one of ${CORRIDOR_MODES.join(', ')}; got ${JSON.stringify(terms.mode)}`;
  }
  if (terms.explicitness !== undefined && !(PACT_EXPLICITNESS as readonly unknown[]).includes(terms.explicitness)) {
    return `params.terms.explicitness: expected one of ${PACT_EXPLICITNESS.join(', ')}; got ${JSON.stringify(terms.explicitness)}`;
  }
  const instead = insteadOf(o);
  if (instead === undefined) return null;
  if (!(TREATY_KINDS as readonly string[]).includes(instead) || instead === o.params.kind) {
    return `params.terms.instead: expected another treaty kind (${TREATY_KINDS.filter((k) => k !== o.params.kind).join(', ')}); got ${JSON.stringify(instead)}`;
  }
  return proposalProblem(s, { actor: o.actor, type: o.type, params: { target: o.params.target, kind: instead } });
}

function proposalProblem(s: GameState, o: Order): string | null {
  const t = targetOf(o);
  const p = pair(s, o.actor, t);
  const kind = o.params.kind as string;
  if (hasPendingProposal(s, o.actor, t, kind)) {
    return `${o.actor} already has a ${kind} proposal pending with ${t}`;
  }
  // `mode: null` is a malformed mode, not a missing one (found by the order fuzzer).
  const mode = o.params.mode !== undefined ? o.params.mode : (o.params.terms as Record<string, unknown> | undefined)?.mode;
  if (mode !== undefined && !(CORRIDOR_MODES as readonly unknown[]).includes(mode)) {
    return `params.mode: expected one of ${CORRIDOR_MODES.join(', ')}; got ${JSON.stringify(mode)}`;
  }
  if (noDirectTies(o.actor, t)) return NO_DIRECT_TIES_TEXT;
  switch (kind) {
    case 'peace':
      if (p.treaties.peace) return `${o.actor} and ${t} already have a peace treaty`;
      if (peaceNeedless(o.actor, t, p)) return `${o.actor} and ${t} are not at war (rung ${p.rung}, needs ${PEACE_MIN_RUNG} or more): a peace treaty ends an armed conflict; normalisation or talks mend other ties`;
      return null;
    case 'corridorDeal':
      if (pairKey(o.actor, t) !== 'ARM-AZE') return 'a corridor deal is made between Armenia and Azerbaijan (params.target must be ARM or AZE)';
      return corridorSettled(s) ? `the corridor is already ${s.global.zangezur.status}` : null;
    case 'normalisation':
      if (p.treaties.normalisation) return `${o.actor} and ${t} have already normalised relations`;
      // Normalisation is for estranged pairs (Yerevan-Ankara, Baku-Yerevan), not for partners already on good terms.
      if (alreadyTied(p)) return `${o.actor} and ${t} already have diplomatic relations (embassies): normalisation establishes them; talks mend them`;
      return p.atWar ? `${o.actor} and ${t} are at war` : null;
    case 'defencePact': {
      const bad = checkEnum(o, 'explicitness', PACT_EXPLICITNESS, true);
      if (bad) return bad;
      if (tooDistantForPact(p)) return `${seat(t)} is not close enough for a defence pact: relation ${p.relation} (needs >= 30)`;
      const bloc = blocBarrier(s, o.actor, t);
      if (bloc) return bloc;
      const want = o.params.explicitness === 'explicit' ? 2 : 1;
      return pactLevel(p) >= want ? `${o.actor} and ${t} already have a ${p.treaties.defencePact} defence pact` : null;
    }
    case 'armsSupply':
      return armsSupplyProblem(s, o.actor, t);
    default:
      return null;
  }
}

/** Whether `x`'s NATO membership rules out a defence pact with `y` (blocBarrier, either way round). */
const natoBars = (s: GameState, x: ActorId, y: ActorId): boolean => (y === 'RUS' || y === 'IRN') && s.actors[x].memberships.includes('NATO');

/**
 * Why two states cannot sign a defence pact because of an alliance one of them is in, or null. NATO's
 * obligations rule out a pact with Russia or Iran, the states its members treat as the threats NATO
 * deters (Ankara deals with both, buys from one, but allies with neither; §Turkey, §Conclusion).
 */
export function blocBarrier(s: GameState, a: ActorId, b: ActorId): string | null {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (natoBars(s, x, y)) return `${seat(x)} is in NATO: a defence pact with ${seat(y)} is ruled out`;
  }
  return null;
}

/**
 * The terms of a counter-proposal in words, for the news (": transit under Armenian control, with mutual
 * recognition of borders"): the monthly rounds of counters between Baku and Yerevan had all read alike.
 */
function counterTermsText(terms: unknown): string {
  if (!terms || typeof terms !== 'object') return '';
  const t = terms as Record<string, unknown>;
  const parts: string[] = [];
  const scale = typeof t.sovereignty === 'number' ? ` (${Math.round(t.sovereignty)} on the 0-100 sovereignty scale)` : '';
  if (t.mode === 'transit') parts.push(`transit under Armenian control${typeof t.sovereignty === 'number' && t.sovereignty > 0 ? `, with guarantees for Baku's traffic${scale}` : ''}`);
  else if (t.mode === 'extraterritorial') parts.push(`an extraterritorial corridor${scale}`);
  if (t.explicitness === 'vague' || t.explicitness === 'explicit') parts.push(`${t.explicitness === 'vague' ? 'a vague' : 'an explicit'} pledge`);
  if (t.recognition === true) parts.push(`${parts.length && parts[parts.length - 1].includes(' with ') ? 'and' : 'with'} mutual recognition of borders`);
  return parts.length ? `: ${parts.join(', ')}` : '';
}

/**
 * The point of the sovereignty scale `actor` itself offered in the proposal that `p` counters, or null
 * when `p` counters none of `actor`'s (a fresh offer, or talks that had ended).
 */
export function ownLastCorridorOffer(s: GameState, p: Proposal, actor: ActorId): number | null {
  const q = counteredOffer(s, p);
  return q && q.from === actor ? offerPoint(q) : null;
}

/** The other end of a "meet halfway" counter: `actor`'s own last offer in these talks, else its end of the scale (Yerevan 0, Baku 100). */
function ownLastSovereignty(s: GameState, p: Proposal, actor: ActorId): number {
  return ownLastCorridorOffer(s, p, actor) ?? (actor === 'ARM' ? 0 : 100);
}

/** What accepting an arms offer costs the buyer (0 for any other order). */
function acceptedArmsPrice(s: GameState, o: Order): number {
  if (o.params.answer !== 'accept' || o.params.kind !== 'armsOffer') return 0;
  const p = pendingFor(s, o);
  return p ? armsPrice(s, p.from as SupplierId, p.params.item as ArmsItem, o.actor) : 0;
}

export const proposeTreaty: ActionSpec = {
  type: 'diplomacy.proposeTreaty',
  label: 'Propose a treaty / answer one',
  summary: 'Propose a peace treaty (to end an armed conflict), a defence pact (vague or explicit), normalisation (for states without embassies), a corridor deal or an arms-supply agreement; the other side answers next turn, and may counter on other terms (transit and recognition for a corridor, or a point on the 0-100 sovereignty scale halfway between the two offers; a vaguer pledge or arms instead of an alliance); a computer-run state breaks corridor talks off after six counter-proposals. Answering costs no action points. Tehran and Israel sign nothing with each other.',
  who: 'any',
  // Accepting an arms offer pays for the package (acceptProposal books it at armsPrice): a player's
  // "Treasury left" had ignored it, and an agent's other purchases that month had not counted it.
  cost: (s, o) => ({ ap: o.params.answer === undefined ? 1 : 0, moneyBn: acceptedArmsPrice(s, o) }),
  claim: { section: '§Postwar', note: 'The Shusha Declaration binds Ankara to Baku but without explicit alliance guarantees; Baku presses Yerevan for a peace deal on its terms.' },
  reactions: 'Rivals mind defence pacts (Tehran on Ankara-Baku, Baku on Tehran-Yerevan, Moscow on any Armenian pact); Tehran minds an extraterritorial corridor deal.',
  needs: 'no treaty is open now: the pairs already have them, or relations are too poor',
  check(s, o) {
    if (o.params.answer !== undefined) {
      const bad = checkEnum(o, 'answer', ANSWERS) ?? checkOtherActor(o) ?? checkEnum(o, 'kind', ANSWER_KINDS) ?? checkTerms(o);
      if (bad) return bad;
      if (!pendingFor(s, o)) return `no pending ${String(o.params.kind)} proposal from ${String(o.params.target)} to ${o.actor} to answer`;
      return counterProblem(s, o);
    }
    return checkOtherActor(o) ?? checkEnum(o, 'kind', TREATY_KINDS) ?? checkTerms(o) ?? proposalProblem(s, o);
  },
  apply(ctx, o) {
    const t = targetOf(o) as ActorId;
    const kind = o.params.kind as string;
    const s = ctx.state;
    if (o.params.answer !== undefined) {
      const p = pendingFor(s as GameState, o)!;
      const answer = o.params.answer as (typeof ANSWERS)[number];
      if (answer === 'accept') {
        const blocked = proposalBlocked(s as GameState, p);
        const ev = orderEvent(ctx, o, blocked
          ? `${seat(o.actor)} accepts ${seat(t)}'s offer of ${KIND_NAMES[kind] ?? kind}, but it can no longer take effect (${blocked}).`
          : `${seat(o.actor)} accepts ${seat(t)}'s offer of ${KIND_NAMES[kind] ?? kind}.`, '§Postwar', { outcome: blocked ? 'failure' : 'success' });
        if (blocked) refuseProposal(ctx, p, blocked, ev);
        else acceptProposal(ctx, o, p, ev);
      } else if (answer === 'refuse') {
        const reason = typeof o.params.reason === 'string' ? o.params.reason.slice(0, 200) : 'refused';
        // A refusal that ends rounds of counter-proposals says so: the talks, not one offer, have failed.
        const rounds = counterRounds(s as GameState, p);
        const ended = rounds ? `: talks end after ${rounds + 1} rounds of offers and counter-offers` : '';
        const ev = orderEvent(ctx, o, `${seat(o.actor)} turns down ${seat(t)}'s offer of ${KIND_NAMES[kind] ?? kind}${ended}.`, '§Postwar', { outcome: 'failure' });
        refuseProposal(ctx, p, reason, ev);
      } else {
        const instead = insteadOf(o);
        // Rounds are numbered from the first offer: this counter is round (earlier counters + 2).
        const rounds = counterRounds(s as GameState, p);
        const round = rounds ? ` (round ${rounds + 2} of talks)` : '';
        const ev = orderEvent(ctx, o, instead
          ? `${seat(o.actor)} answers ${seat(t)}'s offer of ${KIND_NAMES[kind] ?? kind} with a counter-proposal: ${KIND_NAMES[instead] ?? instead} instead.`
          : `${seat(o.actor)} answers ${seat(t)}'s offer of ${KIND_NAMES[kind] ?? kind} with a counter-proposal${round}${counterTermsText(o.params.terms)}.`, '§Postwar');
        p.status = 'countered';
        p.counter = { ...(o.params.terms ? { terms: o.params.terms } : {}) };
        noteChange(ev, `proposals.${p.id}`, 'pending', 'countered');
        const id = `p${s.turn}-${s.proposals.length + 1}`;
        // A counter of another kind is a fresh proposal of that kind; otherwise the same kind on new terms,
        // whose mode and explicitness are what is signed (they had stayed the original's: a pact countered
        // as vague was signed explicit, a corridor countered as transit was agreed extraterritorial).
        const terms = o.params.terms as Record<string, unknown> | undefined;
        const params = instead
          ? { kind: instead }
          : {
            ...p.params,
            ...(terms ? { terms } : {}),
            ...(typeof terms?.mode === 'string' ? { mode: terms.mode } : {}),
            ...(typeof terms?.explicitness === 'string' ? { explicitness: terms.explicitness } : {}),
            ...(o.params.mode ? { mode: o.params.mode } : {}),
            ...(o.params.explicitness ? { explicitness: o.params.explicitness } : {}),
          };
        s.proposals.push({ id, from: o.actor, to: t, kind: instead ?? kind, params, turn: s.turn, status: 'pending' });
        noteChange(ev, `proposals.${id}`, null, 'pending');
      }
      return;
    }
    const extra = kind === 'defencePact' ? ` (${String(o.params.explicitness ?? 'vague')})` : '';
    const mode = o.params.mode ?? (o.params.terms as Record<string, unknown> | undefined)?.mode;
    const modeText = mode ? `, with ${mode === 'transit' ? 'transit under Armenian control' : 'an extraterritorial corridor'}` : '';
    // An offer that crosses the other side's own offer of the same treaty, still unanswered, stands as a
    // counter-proposal to it: one set of talks, not two. Baku and Yerevan had proposed corridor deals to
    // each other in the same month and then countered both, two interleaved rounds of talks at once.
    const crossing = s.proposals.find((p) => p.status === 'pending' && p.from === t && p.to === o.actor && p.kind === kind);
    const crossText = crossing ? `, crossing ${seat(t)}'s own offer: it stands as a counter-proposal` : '';
    const ev = orderEvent(ctx, o, `${seat(o.actor)} proposes ${KIND_NAMES[kind]}${extra} to ${seat(t)}${modeText}${crossText}.`, '§Postwar');
    const id = `p${s.turn}-${s.proposals.length + 1}`;
    const params = {
      kind,
      ...(o.params.terms ? { terms: o.params.terms } : {}),
      ...(mode ? { mode: mode as string } : {}),
      ...(kind === 'defencePact' ? { explicitness: String(o.params.explicitness ?? 'vague') } : {}),
    };
    if (crossing) {
      crossing.status = 'countered';
      crossing.counter = { ...(o.params.terms ? { terms: o.params.terms } : {}), ...(mode ? { mode: mode as string } : {}) };
      noteChange(ev, `proposals.${crossing.id}`, 'pending', 'countered');
    }
    s.proposals.push({ id, from: o.actor, to: t, kind, params, turn: s.turn, status: 'pending' });
    noteChange(ev, `proposals.${id}`, null, 'pending');
  },
  enumerate(s, actor) {
    const out = [];
    // Answers first: every pending proposal addressed to the actor.
    for (const p of s.proposals) {
      if (p.status !== 'pending' || p.to !== actor || p.turn >= s.turn) continue;
      for (const answer of ['accept', 'refuse'] as const) out.push({ answer, target: p.from, kind: p.kind });
      // The counters a player is offered (agents weigh their own in agents/mind/proposals.ts): a vaguer
      // pledge, arms instead of an alliance, transit under Armenian control with recognition of borders.
      if (p.kind === 'defencePact' && p.params.explicitness === 'explicit') out.push({ answer: 'counter', target: p.from, kind: p.kind, terms: { explicitness: 'vague' } });
      if (p.kind === 'defencePact' && !armsSupplyProblem(s, actor, p.from)) out.push({ answer: 'counter', target: p.from, kind: p.kind, terms: { instead: 'armsSupply' } });
      if (p.kind === 'corridorDeal') {
        const x = offerPoint(p);
        // Transit under Armenian control (0 on the scale) is Yerevan's own position: a counter for Yerevan
        // only (Baku had been offered it as a counter, a move against its own side of the table).
        if (x > 0 && actor === 'ARM') out.push({ answer: 'counter', target: p.from, kind: p.kind, terms: { mode: 'transit', recognition: true } });
        // Meeting the other side halfway on the sovereignty scale, between its offer and the player's own
        // last one, and only on the player's own side of the offer (a counter never goes past it).
        const half = Math.round((x + ownLastSovereignty(s, p, actor)) / 2);
        const ownSide = actor === 'ARM' ? half < x : half > x;
        if (ownSide && half > 0) out.push({ answer: 'counter', target: p.from, kind: p.kind, terms: { mode: half >= 70 ? 'extraterritorial' : 'transit', sovereignty: half, recognition: true } });
      }
    }
    for (const t of ACTOR_IDS) {
      if (t === actor) continue;
      // Proposals that the check would refuse whatever else holds are left out (the same conditions):
      // treaties the pair already has, pacts NATO rules out, a corridor already settled.
      if (noDirectTies(actor, t)) continue;
      const p = pair(s, actor, t);
      if (!p.treaties.peace && !peaceNeedless(actor, t, p)) out.push({ target: t, kind: 'peace' });
      if (!p.treaties.normalisation && !alreadyTied(p) && !p.atWar) out.push({ target: t, kind: 'normalisation' });
      if (!tooDistantForPact(p) && !natoBars(s, actor, t) && !natoBars(s, t, actor)) {
        const have = pactLevel(p);
        if (have < 1) out.push({ target: t, kind: 'defencePact', explicitness: 'vague' });
        if (have < 2) out.push({ target: t, kind: 'defencePact', explicitness: 'explicit' });
      }
      if (!armsSupplyProblem(s, actor, t)) out.push({ target: t, kind: 'armsSupply' });
      if (pairKey(actor, t) === 'ARM-AZE' && !corridorSettled(s)) for (const mode of CORRIDOR_MODES) out.push({ target: t, kind: 'corridorDeal', mode });
    }
    return out;
  },
};
