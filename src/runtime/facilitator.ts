/**
 * What the White Cell may inject: the world-event catalogue, passed through the runtime because the
 * UI reads the simulation only through the runtime and the action specs (architecture rule).
 */
import { WORLD_EVENTS, type WorldEventInfo } from '../sim/systems/catalogue.js';

/** Every world event a facilitator can inject, with its title, summary and source section. */
export const INJECTABLE_EVENTS: readonly WorldEventInfo[] = WORLD_EVENTS;

/**
 * "Raise the stakes": one White Cell act that starts a tenser game, for a facilitator who wants the
 * article's flashpoints in play from the first month rather than waiting for them. Each value is one
 * the article describes (not a new event): clashes on the Armenian-Azerbaijani border with Syunik in
 * reach [§Postwar], Iranian drills and warnings on the Aras [§Iran-Armenia], and Baku's "Western
 * Azerbaijan" rhetoric at home [§Postwar]. Measured on 300 default games with agents on every seat
 * (docs/teachers-guide.md): settlement 59% instead of 69%, a war between regional powers or a regional
 * war 25% instead of 10%, Armenian collapse 3% instead of 2%.
 */
export const CRISIS_RECIPE = {
  title: 'Raise the stakes (a crisis start)',
  adjust: [
    { path: 'ARM-AZE.rung', value: 6, note: 'Crisis start: armed clashes on the Armenian-Azerbaijani border (§Postwar)' },
    { path: 'AZE-IRN.rung', value: 5, note: 'Crisis start: Iranian drills and warnings on the Aras (§Iran-Armenia)' },
    { path: 'AZE-IRN.relation', value: -70, note: 'Crisis start: Tehran and Baku trade threats (§Iran-Armenia)' },
    { path: 'AZE.nationalism', value: 85, note: 'Crisis start: "Western Azerbaijan" rhetoric in Baku (§Postwar)' },
  ],
  injects: [{ event: 'borderClash', note: 'Crisis start: a clash near Syunik (§Postwar)' }],
} as const;
