/**
 * Map colours and names shown on the map. Kept apart from the scene so panels use the same colours.
 */
import type { ActorId } from '../../shared/ids.js';

/** One colour per state; muted so markers and lines stay readable on top. */
export const ACTOR_COLOURS: Record<ActorId, number> = {
  AZE: 0x4aa3a2,
  ARM: 0xe0925a,
  IRN: 0x7fb069,
  TUR: 0xd46a6a,
  ISR: 0x6f9bd1,
  RUS: 0x9b8bb4,
};

/** Map ISO3 to the game's actor ids. */
export const ISO_TO_ACTOR: Record<string, ActorId> = { AZE: 'AZE', ARM: 'ARM', IRN: 'IRN', TUR: 'TUR', ISR: 'ISR', RUS: 'RUS' };

export const SEA = 0x1d3557;
export const LAND_OTHER = 0x4a5060;
export const BORDER = 0x1a1a1a;

export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/** Relation -100..100 to a colour: red (hostile) through grey to green (friendly). */
export function relationColour(relation: number): number {
  const t = Math.max(-1, Math.min(1, relation / 100));
  const grey = [200, 200, 200];
  const end = t < 0 ? [230, 57, 70] : [82, 183, 136];
  const k = Math.abs(t);
  const [r, g, b] = grey.map((v, i) => Math.round(v + (end[i] - v) * k));
  return (r << 16) | (g << 8) | b;
}

/** Corridor status to a colour: grey closed, amber demanded/negotiating, green agreed/open, red seized/rejected. */
export function corridorColour(status: string): number {
  switch (status) {
    case 'agreed':
    case 'open':
      return 0x52d273;
    case 'building':
    case 'proposed':
    case 'negotiating':
    case 'demanded':
      return 0xf4c542;
    case 'seized':
    case 'rejected':
    case 'suspended':
      return 0xe63946;
    default:
      return 0x9aa0a6;
  }
}

/** Contested names shown both ways on the map and in panels. */
export const ALT_NAMES: Record<string, string> = {
  'AM.SU': 'Syunik / Zangezur',
  'AZ.NX': 'Nakhchivan',
  'AZ.XC': 'Khojaly / Khankendi–Stepanakert',
  'AZ.XC.2': 'Khankendi / Stepanakert',
  'AZ.SU': 'Shusha / Shushi',
  'AZ.SS': 'Shusha / Shushi',
  'AZ.LC': 'Lachin / Berdzor',
  'AZ.KA': 'Kalbajar / Karvachar',
  'AM.ER': 'Yerevan',
  'IR.EA': 'East Azerbaijan',
  'IR.WA': 'West Azerbaijan',
  'IR.AR': 'Ardabil',
};

/** Site names shown both ways. */
export const SITE_LABELS: Record<string, string> = {
  'Khankendi/Stepanakert': 'Khankendi / Stepanakert',
  Shusha: 'Shusha / Shushi',
  'Moscow (off-map marker)': 'Moscow (off map) ↑',
  // Israel's seat of government; most states keep their embassies in Tel Aviv. The texts say "Israel".
  Jerusalem: 'Jerusalem (status disputed)',
};

/** Where each actor's capital marker sits (site name in the map data). */
export const CAPITAL_SITES: Record<ActorId, string> = {
  AZE: 'Baku',
  ARM: 'Yerevan',
  IRN: 'Tehran',
  TUR: 'Ankara',
  ISR: 'Jerusalem',
  RUS: 'Moscow (off-map marker)',
};

/** Display name for a province, both names for contested ones. */
export function provinceLabel(code: string, fallback: string): string {
  return ALT_NAMES[code] ?? fallback;
}
