/**
 * One-paragraph role briefs for the start screen. Paraphrased from Souleimanov, "Unlikely Alliances"
 * (Middle East Policy 31(2), 2024), never quoted; each capital's framing is attributed to it.
 */
import type { PlayableId } from '../../shared/ids.js';

export interface RoleBrief {
  actor: PlayableId;
  seat: string;
  state: string;
  /** The paragraph shown under the button. */
  brief: string;
  /** Section(s) of the article the brief paraphrases. */
  source: string;
}

export const ROLE_BRIEFS: readonly RoleBrief[] = [
  {
    actor: 'AZE',
    seat: 'Baku',
    state: 'Azerbaijan',
    brief:
      'After retaking Karabakh in September 2023, Baku wants an overland route to its Nakhchivan exclave. ' +
      'Baku calls the route through southern Armenia the "Zangezur corridor"; if Yerevan will not grant it, a road and rail line across Iran along the Aras is the fallback. ' +
      'Israeli drones and Turkish backing made the victory possible, and oil sold to Israel pays for much of it, yet a war with Iran next door would be ruinous.',
    source: '§Postwar, §Israel, §Turkey',
  },
  {
    actor: 'ARM',
    seat: 'Yerevan',
    state: 'Armenia',
    brief:
      'Yerevan lost Karabakh and watched some hundred thousand Armenians leave it. Its Russian ally stood aside, so it looks for other guarantors: France, India, the West, and Iran, which also wants Armenia to keep its southern province. ' +
      'Yerevan calls that province Syunik and refuses any extraterritorial road through it; it offers transit under Armenian control instead ("Crossroads of Peace"). ' +
      'It needs a peace treaty it can live with.',
    source: '§Iran-Armenia, §Postwar',
  },
  {
    actor: 'IRN',
    seat: 'Tehran',
    state: 'Iran',
    brief:
      'Tehran treats its short border with Armenia as a strategic lifeline and says a corridor cutting it off would cross a red line. ' +
      'It sees Israel\'s arms and intelligence presence in Azerbaijan as a threat and worries about pan-Turkic appeals to its own large Azerbaijani population. ' +
      'It already has a consulate in Kapan, in Syunik (opened in 2022); it can drill on the Aras, stand by Yerevan or offer the Aras route itself, but a war it cannot afford would cost it dearly.',
    source: '§Iran-Armenia',
  },
  {
    actor: 'TUR',
    seat: 'Ankara',
    state: 'Turkey',
    brief:
      'Ankara describes its bond with Baku as "one nation, two states", sealed by the 2021 Shusha Declaration, whose defence promise it keeps deliberately vague. ' +
      'A route through Nakhchivan would link Turkey to the Caspian and Central Asia. ' +
      'Ankara speaks loudly for Gaza while the oil Israel buys from Azerbaijan still flows through Ceyhan, and it wants no war with Iran or Russia.',
    source: '§Turkey, §Conclusion',
  },
];
