/**
 * The White Cell speaks plain words (QA of issue #5): adjustable values by name with their scale, the
 * inject queue by event title, the agents' coming orders by capital and terms, and the news the sim
 * writes for an adjustment ("the escalation rung between Tehran and Israel"), never an internal id.
 */
import { describe, expect, it } from 'vitest';
import { resolveTurn } from '../../src/sim/engine.js';
import { ADJUST_ACTOR_FIELDS, ADJUST_GLOBAL_FIELDS, ADJUST_PAIR_FIELDS } from '../../src/sim/adjust.js';
import { adjustLabel, adjustValueText } from '../../src/shared/adjustLabels.js';
import { ACTOR_IDS } from '../../src/shared/ids.js';
import { INJECTABLE_EVENTS } from '../../src/runtime/facilitator.js';
import { adjustablePaths, currentValueText, queuedAdjustText } from '../../src/ui/classroom/whiteCellExtra.js';
import { eventTitle } from '../../src/ui/classroom/whiteCell.js';
import { describeOrderOf } from '../../src/ui/text/describe.js';
import { setupGame } from '../helpers/setupGame.js';

const quiet = () => setupGame({ seed: 7, mutate: (g) => { g.params.randomEvents = 0; } });
/** An id a person should not read: a state code, a field name in camelCase, a dotted path. */
const JARGON = /\b(AZE|ARM|IRN|TUR|ISR|RUS)\b|[a-z][A-Z]|\w\.\w|\bBn\b/;

describe('the White Cell\'s adjustable values', () => {
  it('names every adjustable value in words, grouped by the world, each state and the pairs', () => {
    const groups = adjustablePaths();
    expect(groups.map((g) => g.title)).toEqual(['The world', 'Azerbaijan', 'Armenia', 'Iran', 'Turkey', 'Israel', 'Russia', 'Between two states']);
    const items = groups.flatMap((g) => g.items);
    expect(items).toHaveLength(Object.keys(ADJUST_GLOBAL_FIELDS).length + ACTOR_IDS.length * Object.keys(ADJUST_ACTOR_FIELDS).length + 15 * Object.keys(ADJUST_PAIR_FIELDS).length);
    for (const { path, label } of items) expect(label, path).not.toMatch(JARGON);
    const labels = new Map(items.map((i) => [i.path, i.label]));
    expect(labels.get('global.gazaIntensity')).toBe('The intensity of the Gaza war');
    expect(labels.get('AZE.treasuryBn')).toBe('Azerbaijan\'s treasury');
    expect(labels.get('ARM-AZE.rung')).toBe('The escalation rung between Yerevan and Baku');
    expect(labels.get('ISR-RUS.trust')).toBe('The trust between Israel and Moscow');
    expect(new Set(labels.values()).size, 'no two values share a name').toBe(labels.size);
  });

  it('given the game, each entry of the list also reads its current value', () => {
    const s = quiet();
    const items = new Map(adjustablePaths(s).flatMap((g) => g.items).map((i) => [i.path, i.label]));
    expect(items.get('IRN-ISR.rung')).toBe(`The escalation rung between Tehran and Israel: ${s.pairs['IRN-ISR'].rung} of 10`);
    expect(items.get('AZE-IRN.relation')).toBe(`The relation between Baku and Tehran: ${s.pairs['AZE-IRN'].relation} (-100..100)`);
    expect(items.get('AZE.treasuryBn')).toBe(`Azerbaijan's treasury: $${s.actors.AZE.treasuryBn.toFixed(1)}bn`);
  });

  it('shows the current value with its range or unit', () => {
    expect(adjustValueText('IRN-ISR.rung', 6, [0, 10])).toBe('rung 6 of 10 (border clash)');
    expect(adjustValueText('AZE.treasuryBn', 2, [0, 1e6])).toBe('treasury $2.0bn');
    expect(adjustValueText('AZE-IRN.relation', 35, [-100, 100])).toBe('relation 35 (-100..100)');
    expect(adjustValueText('ARM.stability', 61.25, [0, 100])).toBe('stability 61.25 of 100');
    expect(adjustValueText('global.gazaIntensity', 9.5, [0, 10])).toBe('intensity 9.5 of 10');
    expect(adjustValueText('global.btcFlow', 0.8, [0, 1])).toBe('flow 80% of capacity');
    const s = quiet();
    expect(currentValueText(s, 'global.gazaIntensity')).toBe(`now intensity ${s.global.gazaIntensity} of 10 · enter 0 to 10`);
    expect(currentValueText(s, 'AZE.treasuryBn')).toMatch(/^now treasury \$\d+\.\dbn · enter an amount in US\$ bn$/);
    expect(currentValueText(s, 'nothing.here')).toBe('');
  });

  it('lists this turn\'s adjustments by name', () => {
    expect(queuedAdjustText([{ path: 'ARM-AZE.rung', value: 6 }, { path: 'AZE.treasuryBn', value: 2.5 }]))
      .toBe('The escalation rung between Yerevan and Baku → 6; Azerbaijan\'s treasury → $2.5bn');
  });

  it('the news of an adjustment names the value in words (the sim reads the same table)', () => {
    const s = quiet();
    const from = s.pairs['IRN-ISR'].rung;
    const r = resolveTurn(s, [], { adjust: [
      { path: 'ISR-IRN.rung', value: from + 1, note: 'a drone over Isfahan' },
      { path: 'AZE.treasuryBn', value: 3, note: '' },
    ] });
    const texts = r.events.filter((e) => e.type === 'facilitator.adjust').map((e) => e.text);
    expect(texts[0]).toBe(`The White Cell set the escalation rung between Tehran and Israel from ${from} to ${from + 1} (a drone over Isfahan).`);
    expect(texts[1]).toMatch(/^The White Cell set Azerbaijan's treasury from \$\d+\.\dbn to \$3\.0bn\.$/);
    // The effect keeps the path, for the log and the review.
    expect(r.events.find((e) => e.type === 'facilitator.adjust')?.effects[0].path).toBe('IRN-ISR.rung');
    expect(adjustLabel('not.a.path')).toBe('not.a.path');
  });
});

describe('the White Cell\'s queues and previews', () => {
  it('shows an injected event by its title', () => {
    const clash = INJECTABLE_EVENTS.find((w) => w.id === 'borderClash');
    expect(clash).toBeDefined();
    expect(eventTitle('borderClash')).toBe(clash!.title);
    for (const w of INJECTABLE_EVENTS) expect(eventTitle(w.id)).not.toMatch(/[a-z][A-Z]/);
  });

  it('names whose order it is, the target by its capital, and the terms of an offer answered', () => {
    const label = 'Propose a treaty / answer one';
    expect(describeOrderOf({ actor: 'AZE', type: 'diplomacy.proposeTreaty', params: { target: 'ARM', kind: 'defencePact', explicitness: 'vague' } }, label))
      .toBe('Baku: Propose a treaty / answer one: defence pact · vague pledge · → Yerevan');
    const offer = { from: 'AZE', to: 'ARM', kind: 'corridorDeal', status: 'pending', params: { target: 'ARM' as const, kind: 'corridorDeal', mode: 'transit', terms: { sovereignty: 61 } } };
    const answer = describeOrderOf({ actor: 'ARM', type: 'diplomacy.proposeTreaty', params: { answer: 'accept', target: 'AZE', kind: 'corridorDeal' } }, label, [offer]);
    expect(answer).toBe('Yerevan: Propose a treaty / answer one: accept Baku\'s offer · corridor deal — the offer: transit under Armenian control, 61 on the 0-100 sovereignty scale');
    // An answer to an offer no longer pending names no terms.
    expect(describeOrderOf({ actor: 'ARM', type: 'diplomacy.proposeTreaty', params: { answer: 'accept', target: 'AZE', kind: 'corridorDeal' } }, label, [{ ...offer, status: 'accepted' }]))
      .not.toContain('the offer');
  });
});
