/**
 * One recorded effect as a student reads it. The sim records changes as state paths
 * ('aras.progress: 11 → 12', 'ARM-AZE.treaties.embassy: false → true'); the review had printed them
 * nearly as stored ("aras progress: 11 → 12", "Yerevan–Baku treaties embassy: no → yes"). Events with
 * a sentence of their own (the ending) drop the line that only repeats it.
 */
import { isActorId, pairMembers, type PairKey } from '../../shared/ids.js';
import { monthOf, pathName, seatName, valueWords } from './calendar.js';

export interface ConsequenceContext {
  /** Province names by code ('AM.SU' -> "Syunik (Zangezur)"). */
  provinces?: Readonly<Record<string, string>>;
  /** The scenario's start ('YYYY-MM'), for fields that hold a turn. */
  start?: string;
  /** Months of building the Aras route needs (state.global.aras.buildTurnsNeeded). */
  arasMonths?: number;
}

export interface Effect { path: string; from: unknown; to: unknown }

const PAIR = /^([A-Z]{3}-[A-Z]{3})\.(.+)$/;
const ACTOR = /^([A-Z]{3})\.(.+)$/;

const pairWords = (key: string): [string, string] => {
  const [a, b] = pairMembers(key as PairKey);
  return [seatName(a), seatName(b)];
};

/** Treaties that are signed or ended, as what the two capitals do. */
const TREATY_WORDS: Record<string, [string, string]> = {
  embassy: ['open embassies', 'close their embassies'],
  consulate: ['open a consulate', 'close a consulate'],
  armsSupply: ['sign an arms-supply agreement', 'end their arms-supply agreement'],
  peace: ['sign a peace treaty', 'no longer have a peace treaty'],
  normalisation: ['normalise their relations', 'end the normalisation of their relations'],
  corridorDeal: ['agree a corridor deal', 'no longer have a corridor deal'],
  sanctions: ['halt trade (sanctions)', 'resume trade (sanctions lifted)'],
};

const PACT_WORDS: Record<string, string> = { none: 'none', vague: 'a vague pledge', explicit: 'an explicit pact' };

const PAIR_FIELDS: Record<string, string> = {
  relation: 'relation', trust: 'trust', rung: 'escalation rung', drills: 'joint drills (how routine)',
  talks: 'summits (how routine)', atWar: 'at war',
};

const ACTOR_FIELDS: Record<string, string> = {
  treasuryBn: 'treasury', milexBn: 'military budget', actionPoints: 'action points', stability: 'stability',
  credibility: 'credibility', nationalism: 'nationalist pressure', standing: 'international standing',
  distraction: 'load from wars elsewhere', readiness: 'readiness', rhetoric: 'rhetoric', memberships: 'memberships',
  casualties: 'people killed or wounded', displaced: 'people displaced', oilToIsrael: 'oil to Israel',
  'capability.ground': 'ground forces', 'capability.airDefence': 'air defence', 'capability.drones': 'drones',
  'capability.artillery': 'artillery',
};

const OIL = ['cut', 'normal', 'raised'];

const ARAS_STATUS: Record<string, string> = {
  none: 'the Aras route is off the table', proposed: 'the Aras route is proposed', agreed: 'the Aras route is agreed',
  building: 'building of the Aras route begins', open: 'the Aras route opens', suspended: 'work on the Aras route is suspended',
};

const ZANGEZUR_STATUS: Record<string, string> = {
  closed: 'closed', demanded: 'demanded by Baku', negotiating: 'under negotiation', agreed: 'agreed', rejected: 'rejected', seized: 'seized by force',
};

const ZANGEZUR_MODE: Record<string, string> = { transit: 'transit under Armenian control', extraterritorial: 'an extraterritorial corridor' };

const OFFER_STATUS: Record<string, string> = {
  accepted: 'the offer is accepted', refused: 'the offer is turned down', countered: 'the offer is answered with a counter-offer',
};

const num = (v: unknown): string => (typeof v === 'number' ? String(Math.round(v)) : valueWords('', v));
const possessive = (who: string): string => `${who}'s`;

/** The plain "name: from → to" line, with a note when a change is smaller than the rounding shows. */
function change(name: string, path: string, from: unknown, to: unknown, words: (v: unknown) => string = (v) => valueWords(path, v)): string {
  const a = words(from);
  const b = words(to);
  const small = a === b && typeof from === 'number' && typeof to === 'number' && from !== to
    ? ` (${to > from ? 'up' : 'down'} by less than 1)` : '';
  return `${name}: ${a} → ${b}${small}`;
}

/**
 * One effect in words, or null when the line says nothing the event's own text does not (the ending).
 * Numbers are whole (valueWords); a change smaller than one says so rather than printing "66 → 66".
 */
export function consequenceLine(e: Effect, ctx: ConsequenceContext = {}): string | null {
  const { path, from, to } = e;
  const provinces = ctx.provinces ?? {};
  if (path === 'ending') return null;
  if (path.startsWith('proposals.')) {
    if (from === null || from === undefined) return 'an offer is made';
    return OFFER_STATUS[String(to)] ?? `an offer: ${valueWords(path, from)} → ${valueWords(path, to)}`;
  }
  if (/^commitments\.[^.]+\.status$/.test(path)) {
    if (to === 'broken') return 'a promise is broken';
    if (to === 'kept') return 'a promise is kept';
    return `a promise: ${valueWords(path, from)} → ${valueWords(path, to)}`;
  }
  if (path === 'aras.progress') {
    const of = ctx.arasMonths ? ` of ${ctx.arasMonths}` : '';
    return `the Aras route: ${num(from)}${of} months built → ${num(to)}`;
  }
  if (path === 'aras.status') return ARAS_STATUS[String(to)] ?? `the Aras route: ${valueWords(path, from)} → ${valueWords(path, to)}`;
  if (path === 'aras.buildTurnsNeeded') return change('months of building the Aras route needs', path, from, to);
  if (path === 'zangezur.status') {
    const w = (v: unknown) => ZANGEZUR_STATUS[String(v)] ?? valueWords(path, v);
    return `the Syunik (Zangezur) route: ${w(from)} → ${w(to)}`;
  }
  if (path === 'zangezur.mode') {
    const w = (v: unknown) => ZANGEZUR_MODE[String(v)] ?? valueWords(path, v);
    return `the form of the Syunik route: ${w(from)} → ${w(to)}`;
  }
  if (path === 'zangezur.sovereignty') return change('the Syunik route on the sovereignty scale (0 Armenian control, 100 extraterritorial)', path, from, to);
  if (path === 'zangezur.proposer') return `the last to propose terms for the Syunik route: ${valueWords(path, to)}`;
  if (path === 'peacekeepers') return to ? 'Russian peacekeepers are in Karabakh' : 'the Russian peacekeepers leave Karabakh';
  if (path === 'params.tehranShockUntil') {
    return typeof to === 'number' && ctx.start ? `the leadership shock in Tehran lasts until ${monthOf(ctx.start, to)}` : 'the leadership shock in Tehran';
  }
  if (path === 'tension') return change('regional tension (0-100)', path, from, to);
  if (path === 'gazaIntensity') return change('the Gaza war\'s intensity (0-10)', path, from, to);
  if (path === 'israelIranLevel') return change('the Israel-Iran confrontation (0-10)', path, from, to);
  if (path === 'russiaUkraineLoad') return change('Russia\'s load from the war in Ukraine', path, from, to);
  if (path === 'btcFlow') return change('the BTC pipeline\'s flow', path, from, to);

  const pair = PAIR.exec(path);
  if (pair && /^[A-Z]{3}-[A-Z]{3}$/.test(pair[1])) {
    const [a, b] = pairWords(pair[1]);
    const field = pair[2];
    const treaty = /^treaties\.(\w+)$/.exec(field);
    if (treaty && TREATY_WORDS[treaty[1]] && typeof to === 'boolean') return `${a} and ${b} ${TREATY_WORDS[treaty[1]][to ? 0 : 1]}`;
    if (treaty && treaty[1] === 'defencePact') {
      const w = (v: unknown) => PACT_WORDS[String(v)] ?? valueWords(path, v);
      return `the ${a}–${b} defence pact: ${w(from)} → ${w(to)}`;
    }
    if (field === 'atWar' && typeof to === 'boolean') return to ? `${a} and ${b} go to war` : `${a} and ${b} stop fighting`;
    if (PAIR_FIELDS[field]) return change(`${a}–${b} ${PAIR_FIELDS[field]}`, path, from, to);
  }

  const actor = ACTOR.exec(path);
  if (actor && isActorId(actor[1])) {
    const who = seatName(actor[1]);
    const field = actor[2];
    if (field === 'armsOnOrder') {
      if (from === null || from === undefined) return `${who} orders ${valueWords(path, to)}`;
      if (to === null || to === undefined) return `${who}'s order of ${valueWords(path, from)} is settled`;
    }
    if (field === 'oilToIsrael') return change(`${possessive(who)} oil to Israel`, path, from, to, (v) => (typeof v === 'number' ? OIL[v] ?? String(v) : valueWords(path, v)));
    if (field === 'memberships') return change(`${possessive(who)} memberships`, path, from, to, (v) => String(v ?? '').split(',').filter(Boolean).join(', ') || 'none');
    if (ACTOR_FIELDS[field]) return change(`${possessive(who)} ${ACTOR_FIELDS[field]}`, path, from, to);
  }

  // Province fields: 'AM.SU.troops.IRN' -> "Tehran's troops in Syunik".
  const prov = /^([A-Z]{2}(?:\.[A-Z0-9]+)+?)\.(troops|garrison|fortification|occupier|consulates|monitors)(?:\.([A-Z]{3}))?$/.exec(path);
  if (prov) {
    const place = provinces[prov[1]] ?? prov[1];
    if (prov[2] === 'troops' && prov[3]) return change(`${possessive(seatName(prov[3]))} troops in ${place}`, path, from, to);
    if (prov[2] === 'occupier') return `${place} held by: ${valueWords(path, from)} → ${valueWords(path, to)}`;
    if (prov[2] === 'consulates' && (from === null || from === undefined) && isActorId(to)) return `${seatName(to)} opens a consulate in ${place}`;
    if (prov[2] === 'consulates') return `consulates in ${place}: ${valueWords(path, from)} → ${valueWords(path, to)}`;
    return change(`the ${prov[2]} in ${place}`, path, from, to);
  }
  return change(pathName(path, provinces), path, from, to);
}
