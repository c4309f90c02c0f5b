/**
 * Turns the theatre TopoJSON into projected, plain shapes once on load: rings of [x, y] in world
 * units, centroids, and sites. Phaser and the DOM never touch lon/lat; the scene draws these arrays.
 * Pure (no DOM, no Phaser) so a unit test can check the projection and the Nakhchivan merge.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export type Ring = [number, number][];

export interface Shape {
  /** Map code (HASC) for provinces, ISO3 for countries. */
  code: string;
  name: string;
  iso3: string;
  /** Outer rings only (holes are irrelevant at this scale). */
  rings: Ring[];
  centroid: [number, number];
  /** Projected area in world units squared (for picking the label and hit priority). */
  area: number;
}

export interface Site {
  name: string;
  note: string;
  x: number;
  y: number;
}

export interface Corridor {
  /** 'zangezur' | 'aras' | 'btc'. */
  id: 'zangezur' | 'aras' | 'btc';
  name: string;
  points: Ring;
}

export interface MapData {
  width: number;
  height: number;
  countries: Shape[];
  provinces: Shape[];
  sites: Site[];
  corridors: Corridor[];
}

/** The rayons merged into the exclave: drawn once as `AZ.NX` instead of one by one. */
export const NAKHCHIVAN_RAYONS = ['AZ.SD', 'AZ.OR', 'AZ.SR', 'AZ.BB', 'AZ.CF', 'AZ.NX', 'AZ.SH', 'AZ.KG'];
/** Countries of the theatre whose provinces are drawn and clickable. */
export const THEATRE_ISO3 = ['ARM', 'AZE', 'IRN', 'TUR', 'GEO', 'ISR', 'RUS'];

/** The projection the design notes ask for: conic conformal centred near 43E, parallels 33 and 45. */
export function makeProjection(width: number, height: number, fitTo: FeatureCollection): GeoProjection {
  return geoConicConformal().rotate([-43, 0]).parallels([33, 45]).fitExtent([[10, 10], [width - 10, height - 10]], fitTo);
}

function outerRings(geom: Geometry | null, project: (p: Position) => [number, number] | null): Ring[] {
  if (!geom) return [];
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
  const out: Ring[] = [];
  for (const poly of polys) {
    const ring = poly[0].map(project).filter((p): p is [number, number] => p !== null);
    if (ring.length >= 3) out.push(ring);
  }
  return out;
}

function toShape(f: Feature, code: string, projection: GeoProjection): Shape {
  const path = geoPath(projection);
  const props = (f.properties ?? {}) as { name?: string; iso3?: string };
  const c = path.centroid(f);
  return {
    code,
    name: props.name ?? code,
    iso3: props.iso3 ?? '',
    rings: outerRings(f.geometry, (p) => projection(p as [number, number])),
    centroid: [c[0], c[1]],
    area: path.area(f),
  };
}

/** Projects the whole topology into a world of `width` x `height` units fitted to the six states' provinces. */
export function buildMapData(topo: unknown, width = 2000, height = 1400): MapData {
  const t = topo as Topology<Record<string, GeometryCollection>>;
  const admin1 = feature(t, t.objects.admin1) as FeatureCollection;
  const countries = feature(t, t.objects.countries) as FeatureCollection;
  const nakh = feature(t, t.objects.nakhchivan) as FeatureCollection;
  const sites = feature(t, t.objects.sites) as FeatureCollection;
  const corridors = feature(t, t.objects.corridors) as FeatureCollection;

  // Fit to the South Caucasus, eastern Turkey and north-west Iran plus Israel, not to Russia's whole width.
  const fit: FeatureCollection = {
    type: 'FeatureCollection',
    features: admin1.features.filter((f) => ['ARM', 'AZE', 'GEO', 'ISR'].includes(String(f.properties?.iso3)) || /^(TR|IR)\./.test(String(f.properties?.hasc))),
  };
  const projection = makeProjection(width, height, fit);

  const provinces: Shape[] = [];
  for (const f of admin1.features) {
    const code = String(f.properties?.hasc ?? '');
    if (!THEATRE_ISO3.includes(String(f.properties?.iso3))) continue;
    if (NAKHCHIVAN_RAYONS.includes(code)) continue;
    provinces.push(toShape(f, code, projection));
  }
  for (const f of nakh.features) provinces.push({ ...toShape(f, 'AZ.NX', projection), name: 'Nakhchivan' });

  return {
    width,
    height,
    countries: countries.features.map((f) => toShape(f, String(f.properties?.iso3 ?? f.id), projection)),
    provinces,
    sites: sites.features.map((f) => {
      const g = f.geometry as { type: string; coordinates: Position };
      const p = projection(g.coordinates as [number, number]) ?? [0, 0];
      return { name: String(f.properties?.name ?? ''), note: String(f.properties?.note ?? ''), x: p[0], y: p[1] };
    }),
    corridors: corridors.features.map((f) => {
      const name = String(f.properties?.name ?? '');
      const id = /zangezur/i.test(name) ? 'zangezur' : /aras/i.test(name) ? 'aras' : 'btc';
      const g = f.geometry as { type: string; coordinates: Position[] };
      const pts = g.coordinates.map((p) => projection(p as [number, number])).filter((p): p is [number, number] => p !== null);
      return { id, name, points: pts } as Corridor;
    }),
  };
}

/** Even-odd point-in-ring test (world units), used for hit areas of multi-ring provinces. */
export function ringContains(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
