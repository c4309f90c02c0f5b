/** Menus and the orders queue show parameters in plain words, not the ids the orders carry. */
import { describe, expect, it } from 'vitest';
import { describeOffer, describeOrder, describeParams, offerTerms, provinceCities } from '../../src/ui/text/describe.js';
import { provinceNames, reasonInWords, withArticles } from '../../src/shared/reasonWords.js';
import { ACTION_SPECS } from '../../src/sim/actions/index.js';
import { createGame } from '../../src/sim/engine.js';
import { ACTOR_IDS } from '../../src/shared/ids.js';

describe('describeParams', () => {
  it('names treaty kinds, realignments and arms in words', () => {
    expect(describeParams({ kind: 'defencePact', explicitness: 'vague', target: 'ARM' })).toBe('defence pact · vague pledge · → Yerevan');
    expect(describeParams({ move: 'leaveCSTO' })).toBe('leave the CSTO');
    expect(describeParams({ supplier: 'ISR', item: 'airDefence' })).toBe('from Israel · air-defence systems');
    expect(describeOrder({ actor: 'AZE', type: 'military.mobilise', params: {} }, 'Mobilise')).toBe('Mobilise');
  });

  it('names the city a consulate opens in, with its province', () => {
    const game = createGame('autumn-2023', 1);
    const names = provinceNames(game);
    const cities = provinceCities(game.provinces);
    expect(describeParams({ target: 'IRN', mission: 'consulate', province: 'IR.EA' }, names, 'TUR', cities)).toBe('consulate · → Tehran · in Tabriz, East Azerbaijan');
    expect(describeParams({ target: 'ARM', mission: 'consulate', province: 'AM.SU' }, names, 'IRN', cities)).toBe('consulate · → Yerevan · in Kapan, Syunik (Zangezur)');
    // Where the city and the province share a name, once; a deployment names the province.
    expect(describeParams({ target: 'AZE', mission: 'consulate', province: 'AZ.LA' }, names, 'TUR', cities)).toBe('consulate · → Baku · in Lankaran');
    expect(describeParams({ province: 'AM.SU' }, names, 'IRN', cities)).toBe('in Syunik (Zangezur)');
    // Contested provinces both ways, in one form everywhere; a city named like its province once.
    expect(describeParams({ target: 'AZE', mission: 'consulate', province: 'AZ.SU' }, names, 'TUR', cities)).toBe('consulate · → Baku · in Shusha (Shushi)');
    expect(names['AZ.QD']).toBe('Qubadli (Kashunik)');
    expect(names['AZ.CB']).toBe('Jabrayil (Jrakan)');
    expect(names['AZ.XC.2']).toBe('Khankendi (Stepanakert)');
    expect(names['AZ.NX']).toBe('Nakhchivan');
  });

  it('leaves no camelCase id in any menu entry the game offers', () => {
    const state = createGame('autumn-2023', 1);
    const raw: string[] = [];
    for (const me of ACTOR_IDS) {
      for (const spec of Object.values(ACTION_SPECS)) {
        for (const params of spec.enumerate(state, me)) {
          const text = describeParams(params);
          if (/\b[a-z]+[A-Z][A-Za-z]*\b/.test(text)) raw.push(`${spec.type}: ${text}`);
        }
      }
    }
    expect(raw).toEqual([]);
  });
});

describe('answers to offers in the orders menu', () => {
  it('say whose offer is answered and how: accepting and turning down no longer read alike', async () => {
    const { describeParams } = await import('../../src/ui/text/describe.js');
    expect(describeParams({ answer: 'accept', target: 'ISR', kind: 'defencePact' })).toBe("accept Israel's offer · defence pact");
    expect(describeParams({ answer: 'refuse', target: 'ISR', kind: 'defencePact' })).toBe("turn down Israel's offer · defence pact");
    expect(describeParams({ answer: 'counter', target: 'RUS', kind: 'defencePact', terms: { instead: 'armsSupply' } })).toBe("counter Moscow's offer · defence pact · instead: arms-supply agreement");
    expect(describeParams({ answer: 'counter', target: 'AZE', kind: 'corridorDeal', terms: { mode: 'transit', recognition: true } })).toBe("counter Baku's offer · corridor deal · instead: Armenian-controlled transit, borders recognised");
    // The halfway counter names its point on the scale.
    expect(describeParams({ answer: 'counter', target: 'AZE', kind: 'corridorDeal', terms: { mode: 'transit', sovereignty: 35, recognition: true } })).toBe("counter Baku's offer · corridor deal · instead: Armenian-controlled transit, 35 on the 0-100 sovereignty scale, borders recognised");
    expect(describeParams({ answer: 'accept', target: 'ISR', kind: 'armsOffer' })).toBe("accept Israel's offer · arms offer");
  });
});

describe('describeOffer', () => {
  it('says who offers what, with the terms a team taking over must answer', () => {
    expect(describeOffer({ from: 'AZE', kind: 'corridorDeal', params: { kind: 'corridorDeal', mode: 'transit', terms: { mode: 'transit', sovereignty: 61, recognition: true } } }))
      .toBe('Baku offers a corridor deal: transit under Armenian control, 61 on the 0-100 sovereignty scale');
    expect(describeOffer({ from: 'RUS', kind: 'armsSupply', params: { kind: 'armsSupply' } })).toBe('Moscow offers an arms-supply agreement');
    expect(describeOffer({ from: 'TUR', kind: 'defencePact', params: { kind: 'defencePact', explicitness: 'vague' } })).toBe('Ankara offers a defence pact: vague pledge');
    // The terms alone, shown beside "accept" in the Orders panel; an offer with none has ''.
    expect(offerTerms({ kind: 'armsOffer', params: { item: 'drones', supplier: 'ISR', priceBn: 0.27 } })).toBe('drones for $0.27bn');
    expect(offerTerms({ kind: 'normalisation', params: { kind: 'normalisation' } })).toBe('');
  });
});

describe('the United States in running text', () => {
  it('takes its article where people read the sim\'s sentences', () => {
    expect(withArticles('Baku accuses United States of arming Yerevan.')).toBe('Baku accuses the United States of arming Yerevan.');
    expect(withArticles('United States delivers artillery to Israel.')).toBe('The United States delivers artillery to Israel.');
    expect(withArticles("Late: United States's delivery of drones slips.")).toBe("Late: the United States' delivery of drones slips.");
    expect(withArticles('An order from the United States.')).toBe('An order from the United States.');
    expect(reasonInWords('USA does not export drones')).toBe('The United States does not export drones');
  });
});

describe('money in words', () => {
  it('shows a $20m order moving a $2bn treasury, and rounds larger sums to a tenth', async () => {
    const { money } = await import('../../src/ui/text/describe.js');
    expect(money(1.98)).toBe('$1.98bn');
    expect(money(2)).toBe('$2.00bn');
    expect(money(12.44)).toBe('$12.4bn');
    expect(money(0.35)).toBe('$350m');
  });
});
