/**
 * The map's static layers (countries and provinces: hundreds of polygons) drawn once into a texture.
 * Phaser's Graphics re-triangulate every polygon on every frame, and a software renderer then fills
 * them all again; drawn from a cached texture, a frame is one textured quad plus the small overlays.
 *
 * The texture covers the view with a margin, at the camera's zoom: one texel per screen pixel, sampled
 * with the nearest filter (exact, and the cheapest for a software renderer); on a GPU, `supersample`
 * texels per pixel, filtered, stand in for the multisampling a texture does not get. It is drawn again
 * only when its sources change (a province repainted by a new state), when the zoom changes, or when
 * the view leaves the covered area: a frame while panning or animating is one textured quad.
 */
import Phaser from 'phaser';

/** The world rectangle the texture covers and its resolution (texture pixels per world unit). */
interface Cover { x: number; y: number; w: number; h: number; res: number }

export class BaseLayer {
  private readonly dt: Phaser.Textures.DynamicTexture;
  private readonly image: Phaser.GameObjects.Image;
  private cover: Cover | null = null;
  private dirty = true;
  /** Times the texture was drawn (tests and the benchmark read it through `__uaMap`). */
  draws = 0;

  /**
   * @param scene the map scene
   * @param sources the objects to draw, bottom first (kept off the display list by the caller)
   * @param bounds the world area worth covering (the content's bounding box)
   * @param supersample texture pixels per screen pixel (1 on a software renderer)
   * @param margin the extra area around the view that the texture covers, as a share of the view per side
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly sources: () => Phaser.GameObjects.GameObject[],
    private readonly bounds: { x: number; y: number; w: number; h: number },
    private readonly supersample: number,
    private readonly margin: number,
    key = 'map-base',
  ) {
    const dt = scene.textures.addDynamicTexture(key, 2, 2);
    if (!dt) throw new Error(`texture ${key} exists`);
    // Set once, before anything is drawn: Phaser applies a filter by re-creating the texture's storage
    // (which would wipe a drawn texture), and keeps it when the texture is resized.
    dt.setFilter(supersample === 1 ? Phaser.Textures.FilterMode.NEAREST : Phaser.Textures.FilterMode.LINEAR);
    this.dt = dt;
    this.image = scene.add.image(0, 0, key).setOrigin(0.5, 0.5).setDepth(0);
    // A lost and restored WebGL context leaves the texture empty: draw it again.
    scene.game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, this.onRestore);
  }

  private readonly onRestore = (): void => {
    this.dirty = true;
  };

  /** The sources changed: draw again before the next frame. */
  invalidate(): void {
    this.dirty = true;
  }

  /**
   * Called before each frame: draws the texture again if it is stale for this camera. Returns true if it drew.
   */
  update(cam: Phaser.Cameras.Scene2D.Camera): boolean {
    const z = cam.zoom;
    const vw = cam.width / z;
    const vh = cam.height / z;
    const vx = cam.scrollX + cam.width / 2 - vw / 2;
    const vy = cam.scrollY + cam.height / 2 - vh / 2;
    const c = this.cover;
    const want = z * this.supersample;
    // The part of the view that shows content must lie inside the cover.
    const b = this.bounds;
    const ix0 = Math.max(vx, b.x);
    const iy0 = Math.max(vy, b.y);
    const ix1 = Math.min(vx + vw, b.x + b.w);
    const iy1 = Math.min(vy + vh, b.y + b.h);
    const showsContent = ix0 < ix1 && iy0 < iy1;
    const stale = this.dirty || !c || (showsContent && (
      Math.abs(want / c.res - 1) > 1e-6
      || ix0 < c.x - 0.5 || iy0 < c.y - 0.5 || ix1 > c.x + c.w + 0.5 || iy1 > c.y + c.h + 0.5));
    if (!stale) return false;
    this.draw(vx, vy, vw, vh, want);
    return true;
  }

  private draw(vx: number, vy: number, vw: number, vh: number, res: number): void {
    const renderer = this.scene.game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    const maxSide = Math.min(4096, (renderer as { getMaxTextureSize?: () => number }).getMaxTextureSize?.() ?? 4096);
    // The view plus a margin on each side, clipped to the content, and no larger than the GPU allows.
    let x0 = Math.max(this.bounds.x, vx - vw * this.margin);
    let y0 = Math.max(this.bounds.y, vy - vh * this.margin);
    let x1 = Math.min(this.bounds.x + this.bounds.w, vx + vw * (1 + this.margin));
    let y1 = Math.min(this.bounds.y + this.bounds.h, vy + vh * (1 + this.margin));
    if (x1 <= x0 || y1 <= y0) {
      // The view shows no content: keep a tiny texture.
      x0 = this.bounds.x; y0 = this.bounds.y; x1 = x0 + 1; y1 = y0 + 1;
    }
    const shrink = (lo: number, hi: number, vlo: number, vhi: number): [number, number] => {
      const maxW = maxSide / res;
      if (hi - lo <= maxW) return [lo, hi];
      // Too wide for one texture: keep it centred on the view.
      const mid = (Math.max(lo, vlo) + Math.min(hi, vhi)) / 2;
      return [mid - maxW / 2, mid + maxW / 2];
    };
    [x0, x1] = shrink(x0, x1, vx, vx + vw);
    [y0, y1] = shrink(y0, y1, vy, vy + vh);
    const dt = this.dt;
    dt.setSize(Math.max(2, Math.ceil((x1 - x0) * res)), Math.max(2, Math.ceil((y1 - y0) * res)));
    // setSize rounds up to even pixels: the cover is what the texture actually holds.
    const w = dt.width / res;
    const h = dt.height / res;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    dt.camera.setZoom(res);
    dt.camera.centerOn(cx, cy);
    dt.clear();
    dt.draw(this.sources());
    dt.render();
    this.image.setTexture(dt.key).setPosition(cx, cy).setScale(1 / res);
    this.cover = { x: cx - w / 2, y: cy - h / 2, w, h, res };
    this.dirty = false;
    this.draws++;
  }

  destroy(): void {
    this.scene.game.renderer?.off(Phaser.Renderer.Events.RESTORE_WEBGL, this.onRestore);
    this.image.destroy();
    this.dt.destroy();
  }
}
