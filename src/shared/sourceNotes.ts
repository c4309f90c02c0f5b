/**
 * Source notes: for every action, world event and agent model, the claim of the source article that
 * motivates it, paraphrased (never quoted) with the section cited. The article is Souleimanov,
 * "Unlikely Alliances", Middle East Policy 31(2), 2024; sections: §Introduction, §Turkey,
 * §Iran-Armenia, §Israel, §Postwar, §Conclusion. Plain data (this layer imports nothing); a test
 * checks that every ACTION_TYPES id and every WORLD_EVENT_IDS id has a note.
 */

export type ArticleSection = '§Introduction' | '§Turkey' | '§Iran-Armenia' | '§Israel' | '§Postwar' | '§Conclusion';

export interface SourceNote {
  /** The article's claim in our own words. */
  claim: string;
  /** Sections it draws on, most important first. */
  sections: ArticleSection[];
  /** Where the game goes beyond the article (a later event, a simplification), said plainly. */
  beyond?: string;
}

export interface ModelNote extends SourceNote {
  /** The theory the model implements. */
  theory: string;
  /** What the model does in the game, in one line. */
  inGame: string;
}

/** The article's full reference, for the notes' footers. */
export const ARTICLE_REFERENCE = 'Emil A. Souleimanov, "Unlikely Alliances: How the Wars in Karabakh and Gaza Shape Northwest Asian Security", Middle East Policy 31(2), 2024.';

/** One note per action id (keys are the ACTION_TYPES strings). */
export const ACTION_NOTES: Readonly<Record<string, SourceNote>> = {
  // General: a note naming Baku's mediation had been cited for Moscow-Israel talks. Pairs the article
  // discusses have their own note (SUMMIT_NOTES).
  'diplomacy.summit': { sections: ['§Conclusion', '§Postwar'], claim: 'Talks are how states in the region cool a crisis or mend a partnership; the alignments the article traces follow interests and threats, which meetings can soften but rarely reverse.' },
  'diplomacy.denounce': { sections: ['§Israel', '§Iran-Armenia'], claim: 'Public condemnation is a recurring signal in the region: Armenian officials condemned Israel over its arms for Baku, and Iranian officials and lawmakers warned Baku publicly over its ties with Israel.' },
  'diplomacy.expel': { sections: ['§Iran-Armenia'], claim: 'After the January 2023 attack on Azerbaijan\'s embassy in Tehran, Baku and Tehran each sent home four of the other\'s diplomats, and relations turned into an open crisis by the middle of that year.' },
  'diplomacy.openMission': { sections: ['§Iran-Armenia', '§Israel'], claim: 'Missions are statements: Iran opened a consulate in Syunik to underline Armenia\'s territorial integrity, and Baku named its first ambassador to Israel in 2023 after decades of holding back for fear of Muslim states\' reaction.' },
  'diplomacy.proposeTreaty': { sections: ['§Postwar', '§Conclusion'], claim: 'Baku is expected to press Yerevan for a peace deal on its own terms rather than attack again; and because the 2021 Shusha Declaration does not spell out military guarantees, Baku has reason to seek a firmer pact with Ankara.' },
  'diplomacy.mediate': { sections: ['§Israel', '§Conclusion'], claim: 'Baku spent years mediating between its two key partners, Turkey and Israel; a working triangle would have strengthened its hand against Tehran and Moscow, but the Gaza war undid the détente.' },
  'diplomacy.realign': { sections: ['§Postwar'], claim: 'Feeling left alone by Moscow, Yerevan curbed its part in the Russian-led CSTO, joined the International Criminal Court\'s statute and turned to the United States, France and India for support and arms.' },
  'arms.buy': { sections: ['§Israel', '§Postwar'], claim: 'Most of Azerbaijan\'s military equipment, including its most advanced drones and air defence, came from Israel and decided the 2020 war; Armenia, in turn, has looked to India and France for purchases.' },
  'arms.sell': { sections: ['§Israel', '§Postwar'], claim: 'Israel\'s deliveries to Baku rose just before the September 2023 operation; Tehran, for its part, has reportedly pressed India to arm Armenia and, by a press report the article cites, prepared Armenians to fly Iranian drones.' },
  'corridor.zangezur': { sections: ['§Iran-Armenia', '§Postwar'], claim: 'Baku\'s demand for an extraterritorial route across southern Armenia to Nakhchivan (Baku calls it the Zangezur corridor; it runs through Armenia\'s Syunik province) would end Iran\'s common border with Armenia, so Tehran and Yerevan work together against it.' },
  'corridor.aras': { sections: ['§Postwar'], claim: 'Tehran offered a different link to Nakhchivan across Iranian land south of the Aras river, together with restored diplomatic ties; Baku agreed to talk, a sign it wants less tension, while still holding on to its Zangezur demand.' },
  'military.drill': { sections: ['§Iran-Armenia', '§Turkey'], claim: 'Exercises are the region\'s language of deterrence: Iran staged large drills near Azerbaijan after 2020, and Turkey and Azerbaijan answered with their own near Iran; the two held some twenty joint drills in 2022.' },
  'military.deploy': { sections: ['§Postwar'], claim: 'Tehran has repeatedly moved Revolutionary Guards and regular army units toward Azerbaijan\'s border, and Tehran and Yerevan have discussed basing Iranian troops in Syunik to deter an attack.' },
  'military.mobilise': { sections: ['§Postwar', '§Introduction'], claim: 'Readiness is a costly signal of resolve; Baku has built a strong modern army, yet remains exposed to an Iranian strike, so mobilising raises the stakes for everyone around it.' },
  'military.standDown': { sections: ['§Postwar'], claim: 'The article expects Baku to refrain from a major new assault on Armenia because it would force Tehran to act: stepping back is a rational choice, not only a concession.' },
  'military.strike': { sections: ['§Conclusion', '§Postwar'], claim: 'Border clashes still kill soldiers (four Armenian soldiers in a recent one) and Baku still holds small pockets of Armenian land; in a wider crisis Tehran might hit Azerbaijan as a soft, Israel-linked target.' },
  'military.offensive': { sections: ['§Introduction', '§Postwar'], claim: 'An Azerbaijani invasion of Armenia is one of the two sparks the article names for an Iran-Azerbaijan war that could pull in Armenia, Turkey, Israel and Russia.' },
  'economy.oil': { sections: ['§Israel', '§Conclusion'], claim: 'Azerbaijan covers over two-fifths of Israel\'s oil use; during the Gaza war Baku kept shipping crude and stayed outside a boycott led by Tehran, while voting for pro-Palestinian UN resolutions.' },
  'economy.sanction': { sections: ['§Iran-Armenia', '§Turkey'], claim: 'Economic pressure is an old tool here: after 1994 Iran sided with Russia to block the development and export of Caspian energy to the West, which the Baku-Tbilisi-Ceyhan pipeline, backed by Ankara and Washington, eventually overcame.' },
  'rhetoric.set': { sections: ['§Postwar', '§Introduction'], claim: 'Since its victory Baku\'s rhetoric has grown militarist, some officials calling Armenia "Western Azerbaijan"; Yerevan and Tehran read this as revanchism that endangers the region.' },
  'covert.influence': { sections: ['§Iran-Armenia'], claim: 'Tehran has tried to build a base inside Azerbaijan through conservative pro-Iranian clergy and, allegedly, Talysh activists, with little success; Tehran in turn fears outside powers stirring its own Azerbaijani minority.' },
};

/** One note per world event id (keys are the WORLD_EVENT_IDS strings). */
export const EVENT_NOTES: Readonly<Record<string, SourceNote>> = {
  israelIranStrikes: { sections: ['§Introduction', '§Conclusion'], claim: 'A direct Israel-Iran clash could lead Tehran to strike what it sees as Israeli assets, Azerbaijan among them, and Israel might then be drawn in, not least for its oil supply.' },
  gazaEscalation: { sections: ['§Israel', '§Conclusion'], claim: 'Ankara\'s outspoken support for the Palestinian side after October 2023 wrecked its rapprochement with Israel, splitting Baku\'s two closest partners and weakening Baku\'s position.' },
  ukraineSurge: { sections: ['§Conclusion', '§Postwar'], claim: 'A Russia absorbed by the war in Ukraine no longer fully backs Armenia, which is left without effective security guarantees.' },
  russianWithdrawal: { sections: ['§Introduction', '§Postwar'], claim: 'The Russian peacekeepers sent to Karabakh in 2020 are leaving after the flight of its Armenian population, a mark of Moscow\'s fading role that invites Turkey and Iran to step in.' },
  borderClash: { sections: ['§Conclusion'], claim: 'Deadly clashes on the Armenia-Azerbaijan border and Baku\'s hold on small pockets of Armenian territory show that the dispute between Yerevan and Baku remains unresolved.' },
  embassyAttack: { sections: ['§Iran-Armenia'], claim: 'The January 2023 shooting at Azerbaijan\'s embassy in Tehran, which Baku implicitly blamed on Iran, led to expulsions on both sides and a full crisis.' },
  tehranLeadershipShock: { sections: ['§Postwar'], claim: 'Tehran has grown more assertive toward its north-west; a sudden change at the top makes that course harder for neighbours to read.', beyond: 'The precedent (the May 2024 helicopter crash) comes after the article; the game adds it as a what-if.' },
  iranAzeriUnrest: { sections: ['§Iran-Armenia'], claim: 'Iran\'s north-west is home to more than twenty million Azerbaijanis, and Tehran fears outside powers kindling irredentism among them; a 2023 pledge by Israeli lawmakers for their aspirations made things worse.' },
  iranAzerbaijanThaw: { sections: ['§Postwar', '§Conclusion'], claim: 'Baku has moved to improve relations with Tehran, and normal relations would reduce the risk of being caught in a wider war, though a real turn toward Iran is ruled out by diverging interests.', beyond: 'The November 2024 joint drill used as a precedent comes after the article.' },
};

/** One note per agent model (keys are the file names in src/agents/models). */
export const MODEL_NOTES: Readonly<Record<string, ModelNote>> = {
  threat: { theory: 'Walt, balance of threat (1987)', inGame: 'Each state weighs power, nearness, offensive arms, hostile acts and its rivals\' partners, and balances against the worst threat.', sections: ['§Introduction', '§Israel'], claim: 'Tehran has come to see Baku as an asset of Israel: the threat it feels from Israel spills onto Israel\'s partner next door.' },
  commitments: { theory: 'Snyder, the alliance security dilemma (1984)', inGame: 'Allies weigh fear of being abandoned against fear of being dragged in; broken promises lower credibility; a state already at war elsewhere shuns a binding pledge that could open a second front.', sections: ['§Postwar', '§Conclusion'], claim: 'Moscow\'s failure to help Armenia, absorbed as it is by Ukraine, pushed Yerevan to hedge, and the vague wording of Turkey\'s 2021 pledge leaves open whether Ankara would fight for Baku.', beyond: 'Russia\'s January 2025 partnership treaty with Iran, which left out mutual defence, postdates the article; the game\'s agents reach the same reluctance by their own weighing.' },
  bargaining: { theory: 'Fearon, rationalist explanations for war (1995); Powell on commitment problems (2006)', inGame: 'Over the Syunik route, a deal beats war when both know the balance; only costly signals move beliefs; a closing window invites preventive moves.', sections: ['§Postwar'], claim: 'Because an attack on Armenia would bring Tehran in, Baku is expected to squeeze Yerevan toward a favourable deal rather than fight.' },
  armsRace: { theory: 'Richardson, arms races (1960)', inGame: 'Budgets react to rivals\' stocks and grievances, capped by the economy; deliveries take turns to arrive.', sections: ['§Israel', '§Postwar'], claim: 'Baku has poured money into a modern army supplied largely by Israel, while Yerevan seeks new suppliers in India and France.' },
  expectedUtility: { theory: 'Bueno de Mesquita, expected-utility forecasting', inGame: 'The corridor question on a 0-100 sovereignty scale; the weighted median is the predicted settlement, shown with Syunik\'s card and in Baku\'s and Yerevan\'s country panels; corridor deals are bargained and signed on the same scale.', sections: ['§Postwar', '§Iran-Armenia'], claim: 'The route to Nakhchivan is the central contested issue: Baku wants an extraterritorial corridor, Yerevan and Tehran want Armenian control of the border, and Tehran offers the Aras alternative.' },
  audienceCost: { theory: 'Fearon, domestic audience costs (1994)', inGame: 'A leader who threatens in public and backs down loses stability at home and credibility abroad.', sections: ['§Postwar', '§Turkey'], claim: 'Loud commitments bind: Baku\'s militarist line raises expectations at home, and Ankara risks its standing in the Turkic world if it does not back Baku.' },
  utility: { theory: 'Weighted-objective utility with an escalation penalty', inGame: 'Each option is scored by what it does for the state\'s objectives, minus its cost and its risk of climbing the ladder; the largest terms are shown as reasons.', sections: ['§Conclusion'], claim: 'The alignments the article traces follow interests and threats rather than shared religion or kinship.' },
  choice: { theory: 'Softmax (quantal) choice', inGame: 'Agents mostly pick their best option; difficulty sets how often they err.', sections: ['§Conclusion'], claim: 'Cross-cutting interests leave room for misjudgement and spillover, so the agents are not perfect calculators.', beyond: 'The noise level is a game setting, not a claim of the article.' },
  objectives: { theory: 'Each state\'s goals (GAME.md, MODELS.md)', inGame: 'The objectives the agents pursue and the scorecards measure.', sections: ['§Postwar', '§Israel', '§Turkey', '§Iran-Armenia'], claim: 'Baku wants Karabakh held and a land link to Nakhchivan; Yerevan its borders and security; Tehran its border with Armenia and Israel kept out of Baku; Ankara a route east and pipeline revenue; Israel oil and a foothold near Iran; Moscow influence at low cost.' },
};

const BAKU_TRIANGLE: SourceNote = { sections: ['§Israel', '§Postwar'], claim: 'Talks are how partners are reconciled and crises cooled: after 2020 Baku worked to bring Ankara and Israel together, and later opened talks with Tehran to lower the temperature.' };

/** Summits of the pairs the article discusses (keys: the two ids in alphabetical order, 'AZE-IRN'). */
export const SUMMIT_NOTES: Readonly<Record<string, SourceNote>> = {
  'AZE-ISR': BAKU_TRIANGLE, 'AZE-TUR': BAKU_TRIANGLE, 'ISR-TUR': BAKU_TRIANGLE,
  'AZE-IRN': { sections: ['§Postwar'], claim: 'After years of crisis Baku moved to calm its ties with Tehran and agreed to discuss the Aras route, a sign it wants less tension, though the two still part ways over Israel and the corridor.' },
  'ARM-AZE': { sections: ['§Postwar'], claim: 'After its 2023 victory Baku is expected to press Yerevan at the table for a peace settlement on its own terms rather than attack again, since a new offensive would draw Tehran in.' },
  'ARM-IRN': { sections: ['§Iran-Armenia'], claim: 'Tehran and Yerevan share an interest in keeping the Iran-Armenia border open, and their contacts have grown as both oppose an extraterritorial route through Syunik.' },
};

/**
 * The note for an action id, a world event id (with or without 'event.'), or a model name. For a summit,
 * `pair` (its two actor ids) picks the note of that pair when the article discusses it.
 */
export function sourceNoteFor(id: string, pair?: readonly (string | null | undefined)[]): SourceNote | undefined {
  const key = id.startsWith('event.') ? id.slice('event.'.length) : id;
  if (key === 'diplomacy.summit' && pair?.[0] && pair[1]) {
    const note = SUMMIT_NOTES[[pair[0], pair[1]].sort().join('-')];
    if (note) return note;
  }
  return ACTION_NOTES[key] ?? EVENT_NOTES[key] ?? MODEL_NOTES[key];
}
