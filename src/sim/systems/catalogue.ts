/**
 * The catalogue of world events (GAME.md "Events", MODELS.md "Event hazards"). Plain data with no
 * imports, so the scenario schema, the facilitator UI and the event system can all read it.
 * Ids are a contract (scenario schedules and facilitator injects use them): add, never rename.
 */

export const WORLD_EVENT_IDS = [
  'israelIranStrikes',
  'gazaEscalation',
  'ukraineSurge',
  'russianWithdrawal',
  'borderClash',
  'embassyAttack',
  'tehranLeadershipShock',
  'iranAzeriUnrest',
  'iranAzerbaijanThaw',
] as const;
export type WorldEventId = (typeof WORLD_EVENT_IDS)[number];

export function isWorldEventId(v: unknown): v is WorldEventId {
  return typeof v === 'string' && (WORLD_EVENT_IDS as readonly string[]).includes(v);
}

export interface WorldEventInfo {
  id: WorldEventId;
  title: string;
  /** One neutral line: what it does in the game. */
  summary: string;
  /** Section of the source article the event's effects paraphrase. */
  claim: string;
  /** Whether it can also happen at random (otherwise scripted or injected only). */
  random: boolean;
}

/** Every world event, for the facilitator's inject menu and the rules page. */
export const WORLD_EVENTS: readonly WorldEventInfo[] = [
  {
    id: 'israelIranStrikes',
    title: 'Israel-Iran strike exchange',
    summary: 'Missiles and drones between Israel and Iran: their confrontation rises, Tehran looks harder at Baku as Israel\'s partner, oil shipments look riskier.',
    claim: '§Israel',
    random: true,
  },
  {
    id: 'gazaEscalation',
    title: 'Gaza escalation',
    summary: 'The Gaza war intensifies: Ankara and Israel drift apart, pressure grows on the oil reaching Israel through Ceyhan, Baku is caught between its partners.',
    claim: '§Conclusion',
    random: true,
  },
  {
    id: 'ukraineSurge',
    title: 'Fighting surges in Ukraine',
    summary: 'Russia is drawn further into Ukraine: its load rises and Yerevan trusts Moscow\'s guarantees less.',
    claim: '§Postwar',
    random: true,
  },
  {
    id: 'russianWithdrawal',
    title: 'Russian peacekeepers leave Karabakh',
    summary: 'The Russian contingent deployed in 2020 withdraws from the former Karabakh districts; Russia\'s credibility with Armenia falls.',
    claim: '§Postwar',
    random: false,
  },
  {
    id: 'borderClash',
    title: 'Armenia-Azerbaijan border clash',
    summary: 'Exchange of fire on the Armenia-Azerbaijan border: killed and wounded on both sides, Armenian stability down, Tehran and Western capitals react.',
    claim: '§Postwar',
    random: true,
  },
  {
    id: 'embassyAttack',
    title: 'Attack on an embassy / expulsions',
    summary: 'An attack on a diplomatic mission and tit-for-tat expulsions between Baku and Tehran (the January 2023 precedent): relation down sharply, rung up.',
    claim: '§Iran-Armenia',
    random: true,
  },
  {
    id: 'tehranLeadershipShock',
    title: 'Leadership shock in Tehran',
    summary: 'A sudden change at the top in Tehran (the May 2024 helicopter crash is the precedent): Iranian policy is less predictable for three turns.',
    claim: '§Iran-Armenia',
    random: true,
  },
  {
    id: 'iranAzeriUnrest',
    title: 'Unrest among Iran\'s Azerbaijanis',
    summary: 'Protests in Iran\'s Azerbaijani-populated north-west: Iranian stability down, Tehran blames Baku\'s pan-Turkic line.',
    claim: '§Iran-Armenia',
    random: true,
  },
  {
    id: 'iranAzerbaijanThaw',
    title: 'Iran-Azerbaijan thaw',
    summary: 'Baku and Tehran step back from confrontation (the November 2024 joint drill is the precedent): relation up, rung down one.',
    claim: '§Postwar',
    random: true,
  },
];
