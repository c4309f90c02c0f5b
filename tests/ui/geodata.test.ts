/**
 * The map's projection and shapes, checked in Node (no Phaser): Syunik and the merged Nakhchivan
 * exclave exist, lie where they should relative to each other and the capitals, and hit-testing works.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMapData, ringContains, NAKHCHIVAN_RAYONS } from '../../src/ui/map/geodata.js';
import { animationKind, eventAnchor } from '../../src/ui/map/anchors.js';
import type { GameEvent } from '../../src/sim/state/types.js';

const topo = JSON.parse(readFileSync('assets/map/theatre.topo.json', 'utf8'));
const map = buildMapData(topo, 2000, 1400);
const prov = (code: string) => map.provinces.find((p) => p.code === code)!;
const site = (name: string) => map.sites.find((s) => s.name === name)!;

describe('map data', () => {
  it('draws Nakhchivan once, merged, instead of its rayons', () => {
    expect(map.provinces.filter((p) => p.code === 'AZ.NX')).toHaveLength(1);
    for (const r of NAKHCHIVAN_RAYONS.filter((c) => c !== 'AZ.NX')) expect(map.provinces.some((p) => p.code === r), r).toBe(false);
  });

  it('places Syunik between Nakhchivan (west) and the Karabakh districts (east), Yerevan north-west of Syunik', () => {
    const su = prov('AM.SU').centroid;
    const nx = prov('AZ.NX').centroid;
    expect(nx[0]).toBeLessThan(su[0]);
    expect(site('Yerevan').x).toBeLessThan(su[0]);
    expect(site('Yerevan').y).toBeLessThan(su[1]);
    expect(site('Tehran').y).toBeGreaterThan(su[1]);
    expect(site('Baku').x).toBeGreaterThan(su[0]);
  });

  it('fits the theatre inside the world and keeps Syunik small enough to need zoom', () => {
    for (const name of ['Baku', 'Yerevan', 'Tehran', 'Ankara', 'Jerusalem']) {
      const s = site(name);
      expect(s.x, name).toBeGreaterThan(0);
      expect(s.x, name).toBeLessThan(2000);
      expect(s.y, name).toBeGreaterThan(0);
      expect(s.y, name).toBeLessThan(1400);
    }
    expect(prov('AM.SU').area).toBeGreaterThan(50);
    expect(prov('AM.SU').area).toBeLessThan(2000 * 1400 * 0.01);
  });

  it('hit-tests a province at its centroid and not at Tehran', () => {
    const su = prov('AM.SU');
    const inside = su.rings.some((r) => ringContains(r, su.centroid[0], su.centroid[1]));
    expect(inside).toBe(true);
    expect(su.rings.some((r) => ringContains(r, site('Tehran').x, site('Tehran').y))).toBe(false);
  });

  it('has the three corridors as projected lines', () => {
    expect(map.corridors.map((c) => c.id).sort()).toEqual(['aras', 'btc', 'zangezur']);
    for (const c of map.corridors) expect(c.points.length).toBeGreaterThan(1);
  });
});

describe('event animation', () => {
  const ev = (over: Partial<GameEvent>): GameEvent => ({ id: 't1-1', turn: 1, kind: 'order', type: 'military.drill', actor: 'IRN', target: 'AZE', outcome: 'ok', effects: [], text: '', visibility: 'public', ...over });
  it('pulses drills, flashes strikes, glows agreed corridors and ignores rhetoric', () => {
    expect(animationKind(ev({}))).toBe('pulse');
    expect(animationKind(ev({ type: 'military.strike', outcome: 'success' }))).toBe('flash');
    expect(animationKind(ev({ type: 'corridor.aras', outcome: 'success', effects: [{ path: 'aras.status', from: 'proposed', to: 'agreed' }] }))).toBe('glow');
    expect(animationKind(ev({ type: 'rhetoric.set' }))).toBeNull();
  });
  it('anchors at the province when given, else between actor and target', () => {
    const cap = (a: string) => (a === 'IRN' ? [0, 0] : [10, 0]) as [number, number];
    expect(eventAnchor(ev({ province: 'AM.SU' }), cap, () => [5, 5])).toEqual([5, 5]);
    expect(eventAnchor(ev({}), cap, () => undefined)).toEqual([4, 0]);
  });
});
