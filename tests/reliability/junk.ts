/**
 * Arbitraries of hostile values for the illegal-order properties: wrong types, unknown ids, huge and
 * non-finite numbers, markup, nested junk and prototype-pollution keys (built with JSON.parse, as a
 * file would deliver them, so `__proto__` is an own key and not the prototype).
 */
import fc from 'fast-check';
import { ACTION_TYPES } from '../../src/shared/actions.js';
import { ACTOR_IDS } from '../../src/shared/ids.js';

/** Objects carrying `__proto__` / `constructor` keys exactly as JSON.parse produces them. */
export const pollutionArb = fc.constantFrom(
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":null,"toString":"x","hasOwnProperty":1}',
  '{"target":{"__proto__":{"polluted":"yes"}}}',
).map((t) => JSON.parse(t) as unknown);

/** A scalar that is never a valid parameter value (no actor id, no action id, no enum word). */
export const badScalarArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, -1, 0, 2 ** 53, Number.MIN_VALUE, true, false, null),
  fc.double(),
  fc.integer(),
  fc.constantFrom('', ' ', 'AZE ', 'aze', 'XXX', '__proto__', 'constructor', 'toString', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'AM.SU.x', '../../etc/passwd', '\u0000', '\u202e'),
  fc.string({ maxLength: 30 }).map((s) => `zz${s}`),
);

/** Nested junk: arrays and objects of bad scalars, a few levels deep. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: badScalarArb },
  { weight: 1, arbitrary: pollutionArb },
  { weight: 1, arbitrary: fc.array(badScalarArb, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), badScalarArb, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 30 }, (_, i) => ({ [`k${i}`]: [[[i]]] }))) },
);

/** An actor field that is not one of the six ids. */
export const badActorArb = fc.oneof(badScalarArb, fc.constantFrom('GEO', 'USA', 'FRA', 'Azerbaijan', ...ACTOR_IDS.map((a) => a.toLowerCase())), junkArb);

/** A type field that is not an action id. */
export const badTypeArb = fc.oneof(badScalarArb, fc.constantFrom('military', 'military.nuke', 'diplomacy.summit ', ...ACTION_TYPES.map((t) => t.toUpperCase())), junkArb);

export const goodActorArb = fc.constantFrom(...ACTOR_IDS);
export const goodTypeArb = fc.constantFrom(...ACTION_TYPES);
