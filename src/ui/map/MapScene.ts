/**
 * The map. Phaser only draws: `show(state)` redraws from a snapshot, `play(events)` animates a turn.
 * No rule lives here; a click on a province is reported through `onProvince` and the DOM decides.
 */
import Phaser from 'phaser';
import { ACTOR_IDS, pairKey, type ActorId } from '../../shared/ids.js';
import type { GameEvent, GameState } from '../../sim/state/types.js';
import { ringContains, type MapData, type Ring, type Shape } from './geodata.js';
import {
  ACTOR_COLOURS, BORDER, CAPITAL_SITES, ISO_TO_ACTOR, LAND_OTHER, SITE_LABELS,
  corridorColour, provinceLabel, relationColour,
} from './palette.js';
import { eventAnchor, animationKind } from './anchors.js';
import { RenderOnDemand } from './renderOnDemand.js';
import { BaseLayer } from './baseLayer.js';
import { softwareGL } from './softwareGL.js';

const KEY_SITES = ['Kapan', 'Meghri', 'Julfa', 'Aghband', 'Ceyhan terminal', 'Sangachal terminal', 'Nakhchivan city', 'Khankendi/Stepanakert', 'Shusha', 'Tabriz', 'Tbilisi', 'Haifa', 'Gaza', 'Ardabil', 'Nardaran', 'Lankaran'];

/** Read-only counters for the benchmark and tests: frames the map has rendered, and whether its loop sleeps. */
export interface MapStats { frames: number; sleeping: boolean; baseDraws?: number }
declare global {
  interface Window { __uaMap?: MapStats }
}

export interface MapCallbacks {
  onProvince(code: string, name: string): void;
  onReady(): void;
}

/** The Phaser scene drawing the theatre. */
export class MapScene extends Phaser.Scene {
  private data0!: MapData;
  private cb!: MapCallbacks;
  /** Countries and provinces: drawn into the cached base texture, never on the display list themselves. */
  private countryGfx!: Phaser.GameObjects.Graphics;
  private provinceGfx = new Map<string, Phaser.GameObjects.Graphics>();
  /** What each province was last painted with, so an unchanged province is not painted (nor the cache redrawn) again. */
  private paintKeys = new Map<string, string>();
  private base!: BaseLayer;
  /** The hovered and the selected province, drawn live above the cached base. */
  private highlight!: Phaser.GameObjects.Graphics;
  private hovered: string | null = null;
  private overlay!: Phaser.GameObjects.Graphics;
  private markers!: Phaser.GameObjects.Graphics;
  /** Static labels: each sits `dy` screen pixels from its anchor (x, y) at any zoom. */
  private labels: { text: Phaser.GameObjects.Text; minZoom: number; x: number; y: number; dy: number }[] = [];
  private dynamicLabels: Phaser.GameObjects.Text[] = [];
  /** How many of `dynamicLabels` the current overlay uses; the rest are hidden and kept for reuse. */
  private dynUsed = 0;
  private selected: string | null = null;
  private state: GameState | null = null;
  private dragFrom: { x: number; y: number; sx: number; sy: number } | null = null;
  private dragged = false;
  private fitZoom = 1;
  private paintZoom = 1;
  private rod: RenderOnDemand | null = null;

  constructor() {
    super({ key: 'map' });
  }

  init(data: { map: MapData; callbacks: MapCallbacks }): void {
    this.data0 = data.map;
    this.cb = data.callbacks;
  }

  create(): void {
    // The sea is the canvas's clear colour (mapView.ts sets the game's backgroundColor to SEA): a camera
    // background would fill every pixel once more each frame, which a software renderer pays for.
    this.cameras.main.transparent = true;
    this.drawBase();
    this.highlight = this.add.graphics().setDepth(3);
    this.overlay = this.add.graphics().setDepth(5);
    this.markers = this.add.graphics().setDepth(6);
    this.addStaticLabels();
    this.setupCamera();
    this.scale.on('resize', () => this.regionView());
    const stats: MapStats = { frames: 0, sleeping: false };
    window.__uaMap = stats;
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => {
      stats.frames++;
      stats.baseDraws = this.base.draws;
    });
    // Draw only when something changes: the loop sleeps while the map is still.
    this.rod = new RenderOnDemand(this.game, this.game.canvas.parentElement ?? this.game.canvas,
      () => this.tweens.getTweens().length > 0 || this.input.activePointer.isDown,
      (sleeping) => { stats.sleeping = sleeping; });
    this.events.once(Phaser.Scenes.Events.DESTROY, () => {
      this.rod?.destroy();
      this.base.destroy();
    });
    this.cb.onReady();
  }

  override update(): void {
    // Before the frame: redraw the cached base if a province changed or the view left its area.
    this.base.update(this.cameras.main);
    this.rod?.check();
  }

  /** Calls `f` once the next frame (drawing whatever changed before it) has been rendered. */
  afterNextFrame(f: () => void): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => f());
    this.redraw();
  }

  /** Asks for frames: the loop wakes (if asleep) and draws for at least `ms`. */
  private redraw(ms?: number): void {
    this.rod?.request(ms);
  }

  private drawBase(): void {
    // Made, not added: these Graphics are drawn into the base texture, not by the camera each frame.
    const g = this.make.graphics({}, false);
    for (const c of this.data0.countries) {
      const actor = ISO_TO_ACTOR[c.iso3];
      const colour = actor ? ACTOR_COLOURS[actor] : c.iso3 === 'GEO' ? 0x8a8f7a : LAND_OTHER;
      g.fillStyle(colour, actor ? 0.55 : 1);
      g.lineStyle(1.5, BORDER, 0.9);
      for (const ring of c.rings) this.polygon(g, ring, true, true);
    }
    this.countryGfx = g;
    for (const p of this.data0.provinces) this.addProvince(p);
    // Nakhchivan is drawn last, over its neighbours' borders.
    const order = [...this.data0.provinces.filter((p) => p.code !== 'AZ.NX'), ...this.data0.provinces.filter((p) => p.code === 'AZ.NX')];
    const sources = [g, ...order.map((p) => this.provinceGfx.get(p.code)).filter((x): x is Phaser.GameObjects.Graphics => !!x)];
    this.base = new BaseLayer(this, () => sources, contentBounds(this.data0), softwareGL() ? 1 : 2, 0.5);
  }

  private addProvince(p: Shape): void {
    const g = this.make.graphics({}, false);
    this.provinceGfx.set(p.code, g);
    this.paintProvince(g, p);
    const main = p.rings.reduce((a, b) => (b.length > a.length ? b : a), p.rings[0] ?? []);
    if (main.length < 3) return;
    const poly = new Phaser.Geom.Polygon(main.flat());
    // An invisible zone takes the province's clicks (the Graphics are off the display list).
    const zone = this.add.zone(0, 0, 1, 1).setOrigin(0, 0).setDepth(p.code === 'AZ.NX' ? 2 : 1);
    // Multi-ring provinces: the callback checks every ring, so islands and exclaves are clickable too.
    zone.setInteractive(poly, (_area: Phaser.Geom.Polygon, x: number, y: number) =>
      p.rings.length === 1 ? Phaser.Geom.Polygon.Contains(poly, x, y) : p.rings.some((r) => ringContains(r, x, y)));
    zone.on('pointerover', () => {
      this.hovered = p.code;
      this.drawHighlight();
    });
    zone.on('pointerout', () => {
      if (this.hovered === p.code) this.hovered = null;
      this.drawHighlight();
    });
    zone.on('pointerup', () => {
      // Only a press that began on the map selects: Phaser hears every release on the window, so a
      // click on the zoom buttons over the canvas had also selected the province under them.
      if (this.dragged || !this.dragFrom) return;
      this.select(p.code);
      this.cb.onProvince(p.code, provinceLabel(p.code, p.name));
    });
  }

  /** Paints a province as the state has it (into the cached base); a no-op when nothing about it changed. */
  private paintProvince(g: Phaser.GameObjects.Graphics, p: Shape): void {
    const actor = ISO_TO_ACTOR[p.iso3];
    const base = actor ? ACTOR_COLOURS[actor] : 0x8a8f7a;
    const key = this.state?.provinces[p.code];
    const occupied = key?.occupier ? ACTOR_COLOURS[key.occupier] : null;
    // Line widths are in screen pixels: divide by the zoom the provinces were last painted at.
    const px = 1 / (this.paintZoom || 1);
    const fill = occupied ?? base;
    const paint = `${fill}|${key ? 1 : 0}|${px}`;
    if (this.paintKeys.get(p.code) === paint) return;
    this.paintKeys.set(p.code, paint);
    g.clear();
    g.fillStyle(fill, key ? 0.95 : 0.75);
    g.lineStyle((key ? 1.8 : 0.7) * px, key ? 0x151515 : 0x2b2b2b, key ? 0.9 : 0.5);
    for (const ring of p.rings) this.polygon(g, ring, true, true);
    this.base?.invalidate();
    this.redraw();
  }

  /** The hovered and the selected province, lit in white over the base. */
  private drawHighlight(): void {
    this.redraw();
    const g = this.highlight;
    g.clear();
    const px = 1 / (this.paintZoom || 1);
    for (const code of new Set([this.hovered, this.selected])) {
      const p = code ? this.province(code) : undefined;
      if (!p) continue;
      g.fillStyle(0xffffff, 0.45);
      g.lineStyle(1.8 * px, 0xffffff, 0.9);
      for (const ring of p.rings) this.polygon(g, ring, true, true);
    }
  }

  private polygon(g: Phaser.GameObjects.Graphics, ring: Ring, fill: boolean, stroke: boolean): void {
    g.beginPath();
    g.moveTo(ring[0][0], ring[0][1]);
    for (let i = 1; i < ring.length; i++) g.lineTo(ring[i][0], ring[i][1]);
    g.closePath();
    if (fill) g.fillPath();
    if (stroke) g.strokePath();
  }

  private label(x: number, y: number, text: string, size: number, minZoom: number, colour = '#ffffff', dy = 0): Phaser.GameObjects.Text {
    const t = this.add.text(x, y + dy / (this.cameras.main.zoom || 1), text, {
      fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif', fontSize: `${size}px`, color: colour,
      stroke: '#000000', strokeThickness: 3, resolution: 2,
    }).setOrigin(0.5, 0.5).setDepth(10);
    this.labels.push({ text: t, minZoom, x, y, dy });
    return t;
  }

  private addStaticLabels(): void {
    for (const c of this.data0.countries) {
      if (c.area < 2000) continue;
      const big = ['ARM', 'AZE', 'IRN', 'TUR', 'GEO', 'ISR'].includes(c.iso3);
      if (!big && (c.centroid[0] < 0 || c.centroid[0] > this.data0.width || c.centroid[1] < 0 || c.centroid[1] > this.data0.height)) continue;
      // The small Caucasian states are labelled only once zoomed in, or they cover their capitals.
      const small = ['ARM', 'AZE', 'GEO'].includes(c.iso3);
      const dy = c.iso3 === 'TUR' ? 60 : c.iso3 === 'IRN' ? 80 : c.iso3 === 'ARM' ? 30 : c.iso3 === 'AZE' ? 40 : 0;
      this.label(c.centroid[0], c.centroid[1] + dy, c.name.toUpperCase(), big ? 18 : 13, small ? 3 : 0, big ? '#ffffff' : '#c8c8c8').setAlpha(big ? 0.9 : 0.6);
    }
    for (const s of this.data0.sites) {
      const capital = Object.values(CAPITAL_SITES).includes(s.name);
      if (!capital && !KEY_SITES.includes(s.name)) continue;
      const [x, y] = this.clampToWorld(s.x, s.y);
      // Above the marker in screen pixels: a capital's marker with its readiness ring reaches 11 px out, and
      // a label 12 world units up had sat on it in the zoomed-out view ("Jerusalem (status disputed)").
      this.label(x, y, SITE_LABELS[s.name] ?? s.name, capital ? 14 : 11, capital ? 0 : 2.2, capital ? '#ffe9a8' : '#e8e8e8', capital ? -21 : -14);
    }
  }

  private clampToWorld(x: number, y: number): [number, number] {
    return [Math.max(20, Math.min(this.data0.width - 20, x)), Math.max(20, Math.min(this.data0.height - 20, y))];
  }

  // ---- camera: zoom and pan ------------------------------------------------------------------
  private setupCamera(): void {
    const cam = this.cameras.main;
    this.regionView();
    this.input.on('wheel', (pointer: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      this.zoomAt(dy > 0 ? 1 / 1.2 : 1.2, pointer.x, pointer.y);
    });
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.dragFrom = { x: p.x, y: p.y, sx: cam.scrollX, sy: cam.scrollY };
      this.dragged = false;
    });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (!this.dragFrom || !p.isDown) return;
      const dx = p.x - this.dragFrom.x;
      const dy = p.y - this.dragFrom.y;
      if (Math.abs(dx) + Math.abs(dy) > 6) this.dragged = true;
      if (this.dragged) cam.setScroll(this.dragFrom.sx - dx / cam.zoom, this.dragFrom.sy - dy / cam.zoom);
    });
    this.input.on('pointerup', () => {
      this.dragFrom = null;
    });
  }

  /** Fits the whole theatre into the view. */
  fitView(): void {
    const cam = this.cameras.main;
    this.fitZoom = Math.min(cam.width / this.data0.width, cam.height / this.data0.height);
    cam.setZoom(this.fitZoom);
    cam.centerOn(this.data0.width / 2, this.data0.height / 2);
    this.updateLabelScale();
  }

  /** The opening view: Ankara, Baku and Tehran in frame, so the South Caucasus fills the middle. */
  regionView(): void {
    const cam = this.cameras.main;
    this.fitZoom = Math.min(cam.width / this.data0.width, cam.height / this.data0.height);
    const pts = (['TUR', 'AZE', 'IRN', 'ARM'] as ActorId[]).map((a) => this.capital(a));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const w = Math.max(...xs) - Math.min(...xs) + 160;
    const h = Math.max(...ys) - Math.min(...ys) + 260;
    cam.setZoom(Math.max(this.fitZoom, Math.min(cam.width / w, cam.height / h)));
    cam.centerOn((Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2 + 40);
    this.updateLabelScale();
  }

  /** Multiplies the zoom, keeping the screen point (sx, sy) fixed (the view centre by default). */
  zoomAt(factor: number, sx?: number, sy?: number): void {
    const cam = this.cameras.main;
    const px = sx ?? cam.width / 2;
    const py = sy ?? cam.height / 2;
    const before = cam.getWorldPoint(px, py);
    const z = Math.max(this.fitZoom * 0.8, Math.min(this.fitZoom * 24, cam.zoom * factor));
    cam.setZoom(z);
    const after = cam.getWorldPoint(px, py);
    cam.setScroll(cam.scrollX + before.x - after.x, cam.scrollY + before.y - after.y);
    this.updateLabelScale();
  }

  /** Pans by a fraction of the view. */
  pan(dx: number, dy: number): void {
    const cam = this.cameras.main;
    cam.setScroll(cam.scrollX + (dx * cam.width) / cam.zoom / 4, cam.scrollY + (dy * cam.height) / cam.zoom / 4);
    this.redraw();
  }

  /** Centres on Syunik/Zangezur and Nakhchivan, where the corridor question lives. */
  zoomToSyunik(): void {
    const su = this.data0.provinces.find((p) => p.code === 'AM.SU');
    const nx = this.data0.provinces.find((p) => p.code === 'AZ.NX');
    if (!su || !nx) return;
    const cam = this.cameras.main;
    cam.setZoom(this.fitZoom * 9);
    cam.centerOn((su.centroid[0] + nx.centroid[0]) / 2, (su.centroid[1] + nx.centroid[1]) / 2);
    this.updateLabelScale();
  }

  /** Current zoom relative to the fitted view (1 = whole theatre). */
  get relativeZoom(): number {
    return this.cameras.main.zoom / this.fitZoom;
  }

  private updateLabelScale(): void {
    this.redraw();
    const z = this.cameras.main.zoom;
    const rel = z / this.fitZoom;
    // Labels keep a constant screen size; detail labels appear only when zoomed in enough.
    for (const l of this.labels) {
      l.text.setScale(1 / z);
      if (l.dy) l.text.setPosition(l.x, l.y + l.dy / z);
      l.text.setVisible(rel >= l.minZoom);
    }
    for (const t of this.dynamicLabels) t.setScale(1 / z);
    if (Math.abs(Math.log(z / this.paintZoom)) > 0.3) {
      this.paintZoom = z;
      for (const p of this.data0.provinces) {
        const g = this.provinceGfx.get(p.code);
        if (g) this.paintProvince(g, p);
      }
      this.drawHighlight();
    }
    if (this.state) this.drawOverlay();
  }

  // ---- state snapshot ----------------------------------------------------------------------
  /** Redraws everything that depends on the state. */
  show(state: GameState): void {
    this.state = state;
    for (const p of this.data0.provinces) {
      const g = this.provinceGfx.get(p.code);
      if (g) this.paintProvince(g, p);
    }
    this.drawOverlay();
  }

  select(code: string | null): void {
    this.selected = code;
    this.drawHighlight();
  }

  /** World position of an actor's capital marker. */
  capital(actor: ActorId): [number, number] {
    const s = this.data0.sites.find((x) => x.name === CAPITAL_SITES[actor]);
    return s ? this.clampToWorld(s.x, s.y) : [this.data0.width / 2, 20];
  }

  province(code: string): Shape | undefined {
    return this.data0.provinces.find((p) => p.code === code);
  }

  private drawOverlay(): void {
    const st = this.state;
    if (!st) return;
    this.redraw();
    const z = this.cameras.main.zoom;
    const px = 1 / z; // one screen pixel in world units
    const o = this.overlay;
    o.clear();
    this.dynUsed = 0;
    // Corridors, coloured by status.
    const mids = this.data0.corridors.filter((c) => c.id !== 'btc' && c.points.length).map((c) => c.points[Math.floor(c.points.length / 2)]);
    const below: [number, number] | null = mids.length ? [mids.reduce((x, m) => x + m[0], 0) / mids.length, Math.max(...mids.map((m) => m[1]))] : null;
    for (const c of this.data0.corridors) {
      const status = c.id === 'zangezur' ? st.global.zangezur.status : c.id === 'aras' ? st.global.aras.status : st.global.btcFlow > 0.5 ? 'open' : st.global.btcFlow > 0 ? 'demanded' : 'suspended';
      const pts = c.points.map(([x, y]) => new Phaser.Math.Vector2(x, y));
      o.lineStyle(6 * px, 0x000000, 0.7);
      o.strokePoints(pts, false);
      o.lineStyle(3.5 * px, corridorColour(status), 1);
      // The Aras route runs beside the Zangezur sketch along the river: dashes tell them apart.
      if (c.id === 'aras') this.dashed(o, c.points, 8 * px, 6 * px);
      else o.strokePoints(pts, false);
      const mid = c.id === 'btc' || !below ? c.points[Math.floor(c.points.length / 2)] : below;
      // Both names of the contested route: Baku's "Zangezur corridor" crosses Armenia's Syunik province.
      const name = c.id === 'zangezur' ? 'Zangezur/Syunik route' : c.id === 'aras' ? 'Aras route' : 'BTC pipeline';
      // The two routes to Nakhchivan run side by side along the Aras, under Julfa, Meghri and Aghband:
      // their labels stack below both lines (in screen pixels), where they had overlapped each other
      // and the towns' names.
      const dy = c.id === 'btc' ? -14 : c.id === 'zangezur' ? 18 : 32;
      if (this.relativeZoom >= 4 || c.id === 'btc') this.dynLabel(mid[0], mid[1] + dy * px, `${name}: ${status}`, 10, '#ffe9a8');
    }
    // Relations between capitals: colour = relation, width = rung; a badge shows rungs 1 and up.
    for (let i = 0; i < ACTOR_IDS.length; i++) {
      for (let j = i + 1; j < ACTOR_IDS.length; j++) {
        const a = ACTOR_IDS[i];
        const b = ACTOR_IDS[j];
        const pr = st.pairs[pairKey(a, b)];
        if (!pr) continue;
        const [ax, ay] = this.capital(a);
        const [bx, by] = this.capital(b);
        o.lineStyle((1.5 + pr.rung * 0.7) * px, relationColour(pr.relation), pr.rung >= 3 || Math.abs(pr.relation) > 30 ? 0.85 : 0.4);
        o.lineBetween(ax, ay, bx, by);
        if (pr.rung >= 1) {
          const mx = (ax + bx) / 2;
          const my = (ay + by) / 2;
          const r = 9 * px;
          o.fillStyle(pr.rung >= 6 ? 0xe63946 : pr.rung >= 4 ? 0xf4a261 : 0x444444, 1);
          o.fillCircle(mx, my, r);
          o.lineStyle(1.5 * px, 0xffffff, 1);
          o.strokeCircle(mx, my, r);
          this.dynLabel(mx, my, String(pr.rung), 11);
        }
      }
    }
    // Labels left over from a busier overlay are hidden, not destroyed: the next turn reuses them.
    for (let i = this.dynUsed; i < this.dynamicLabels.length; i++) this.dynamicLabels[i].setVisible(false);
    this.drawMarkers(st, px);
  }

  private dashed(g: Phaser.GameObjects.Graphics, pts: Ring, dash: number, gap: number): void {
    let on = true;
    let left = dash;
    for (let i = 1; i < pts.length; i++) {
      let [x0, y0] = pts[i - 1];
      const [x1, y1] = pts[i];
      let seg = Math.hypot(x1 - x0, y1 - y0);
      while (seg > 0) {
        const step = Math.min(left, seg);
        const t = step / seg;
        const nx = x0 + (x1 - x0) * t;
        const ny = y0 + (y1 - y0) * t;
        if (on) g.lineBetween(x0, y0, nx, ny);
        x0 = nx;
        y0 = ny;
        seg -= step;
        left -= step;
        if (left <= 1e-9) {
          on = !on;
          left = on ? dash : gap;
        }
      }
    }
  }

  /**
   * Places the overlay's next label. Text objects are pooled: each new Text draws a 2D canvas and
   * uploads a texture (every turn and every zoom step used to recreate them all); a reused one redraws
   * only if its text or colour changed.
   */
  private dynLabel(x: number, y: number, text: string, size: number, colour = '#ffffff'): void {
    let t = this.dynamicLabels[this.dynUsed];
    if (!t) {
      t = this.add.text(x, y, text, { fontFamily: 'system-ui, sans-serif', fontSize: `${size}px`, color: colour, resolution: 2, stroke: '#000', strokeThickness: 2 })
        .setOrigin(0.5).setDepth(11);
      this.dynamicLabels.push(t);
    } else {
      if (t.style.fontSize !== `${size}px`) t.setFontSize(size);
      if (t.style.color !== colour) t.setColor(colour);
      t.setText(text).setPosition(x, y).setVisible(true);
    }
    t.setScale(1 / this.cameras.main.zoom);
    this.dynUsed++;
  }

  private drawMarkers(st: GameState, px: number): void {
    const m = this.markers;
    m.clear();
    for (const a of ACTOR_IDS) {
      const [x, y] = this.capital(a);
      m.fillStyle(ACTOR_COLOURS[a], 1);
      m.lineStyle(2 * px, 0xffffff, 1);
      m.fillCircle(x, y, 6 * px);
      m.strokeCircle(x, y, 6 * px);
    }
    for (const prov of Object.values(st.provinces)) {
      const shape = this.province(prov.id);
      if (!shape) continue;
      let [x, y] = shape.centroid;
      // Foreign troops: a square per foreign army; consulates: a diamond; monitors: a small ring.
      for (const [who, n] of Object.entries(prov.troops)) {
        if (!n) continue;
        m.fillStyle(ACTOR_COLOURS[who as ActorId] ?? 0xffffff, 1);
        m.lineStyle(1.5 * px, 0x000000, 1);
        m.fillRect(x - 5 * px, y - 5 * px, 10 * px, 10 * px);
        m.strokeRect(x - 5 * px, y - 5 * px, 10 * px, 10 * px);
        x += 12 * px;
      }
      for (const who of prov.consulates) {
        m.fillStyle(ACTOR_COLOURS[who] ?? 0xffffff, 1);
        m.lineStyle(1.5 * px, 0xffffff, 1);
        m.fillTriangle(x, y - 6 * px, x + 6 * px, y, x, y + 6 * px);
        m.fillTriangle(x, y - 6 * px, x - 6 * px, y, x, y + 6 * px);
        x += 12 * px;
      }
      if (prov.monitors.length) {
        m.lineStyle(2 * px, 0x6fb1ff, 1);
        m.strokeCircle(x, y, 5 * px);
      }
    }
    // Readiness: a ring around capitals on alert (amber) or mobilised (red).
    for (const a of ACTOR_IDS) {
      const r = st.actors[a]?.readiness;
      if (!r || r === 'peace') continue;
      const [x, y] = this.capital(a);
      m.lineStyle(3 * px, r === 'mobilised' ? 0xe63946 : 0xf4c542, 1);
      m.strokeCircle(x, y, 11 * px);
    }
  }

  // ---- events ------------------------------------------------------------------------------
  /** Animates a turn's events: drills pulse, strikes flash, agreed corridors light up. */
  play(events: readonly GameEvent[]): void {
    let delay = 0;
    for (const ev of events.slice(0, 24)) {
      const kind = animationKind(ev);
      if (!kind) continue;
      const at = eventAnchor(ev, (a) => this.capital(a), (c) => this.province(c)?.centroid);
      if (!at) continue;
      this.time.delayedCall(delay, () => this.animate(kind, at[0], at[1]));
      delay += 250;
    }
    // Stay awake until the last queued animation has started (its tween then keeps the loop awake).
    if (delay > 0) this.redraw(delay + 100);
  }

  private animate(kind: 'pulse' | 'flash' | 'glow', x: number, y: number): void {
    const z = this.cameras.main.zoom;
    const colour = kind === 'flash' ? 0xff3b30 : kind === 'glow' ? 0x52d273 : 0xf4c542;
    const ring = this.add.graphics().setDepth(9).setPosition(x, y);
    ring.lineStyle(3 / z, colour, 1);
    ring.strokeCircle(0, 0, 10 / z);
    if (kind === 'flash') {
      ring.fillStyle(colour, 0.6);
      ring.fillCircle(0, 0, 10 / z);
    }
    this.tweens.add({
      targets: ring, scale: kind === 'flash' ? 4 : 3, alpha: 0, duration: 900, repeat: kind === 'pulse' ? 1 : 0,
      onComplete: () => ring.destroy(),
    });
  }
}

/** The bounding box of everything the base draws, in world units. */
function contentBounds(d: MapData): { x: number; y: number; w: number; h: number } {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const s of [...d.countries, ...d.provinces]) {
    for (const r of s.rings) {
      for (const [x, y] of r) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (!Number.isFinite(x0)) return { x: 0, y: 0, w: d.width, h: d.height };
  // A little room for the border strokes.
  return { x: x0 - 4, y: y0 - 4, w: x1 - x0 + 8, h: y1 - y0 + 8 };
}
