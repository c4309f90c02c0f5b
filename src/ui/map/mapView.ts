/**
 * The map's own chunk: Phaser, the scene and the TopoJSON projection. The start screen does not need
 * any of it, so the page loads it with `import()` after the start screen is up (src/ui/app.ts), and
 * boots the Phaser game behind the start screen while the player chooses.
 */
import Phaser from 'phaser';
import { MapScene, type MapCallbacks } from './MapScene.js';
import { softwareGL } from './softwareGL.js';
import { buildMapData, type MapData } from './geodata.js';
import { SEA } from './palette.js';

export { buildMapData, type MapData };

/** Fetches and projects the theatre map. */
export async function loadMapData(url: string): Promise<MapData> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return buildMapData(await res.json());
}

export interface MapView {
  game: Phaser.Game;
  /** Resolves with the scene once it has been created. */
  scene: Promise<MapScene>;
  /** The parent changed size (e.g. it was hidden when the game booted): fit the canvas to it now. */
  fit(): void;
}

/** Boots the Phaser game with the map scene in `parent` (which may still be hidden). */
export function createMapView(parent: HTMLElement, data: MapData, callbacks: Pick<MapCallbacks, 'onProvince'>): MapView {
  const software = softwareGL();
  const game = new Phaser.Game({
    // Without a GPU, WebGL is emulated on the CPU (SwiftShader) and, in a browser compositing in
    // software, every frame is also read back from the emulated GPU before it reaches the screen: a
    // turn's frame took 35-90 ms of the main thread's time waiting on it, and the rasteriser's threads
    // took about two cores' worth of CPU during a turn's animations. Canvas 2D draws straight into the
    // page's bitmap: measured in headless Chromium, the page used ~1.3 s of CPU per turn instead of
    // 3.1-4.3 s, with the same picture. A real GPU keeps WebGL.
    type: software ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    backgroundColor: `#${SEA.toString(16).padStart(6, '0')}`,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    audio: { noAudio: true },
    banner: false,
    // The map is mostly still: 30 frames a second is plenty and halves the CPU a software renderer needs.
    fps: { target: 30, limit: 30 },
    // Multisampling is nearly free on a GPU but triples a software renderer's frame time (the WebGL
    // settings matter only if WebGL is used on a software renderer after all).
    render: { antialias: true, antialiasGL: !software, ...(software ? { maxTextures: 1 } : {}) },
  });
  const scene = new MapScene();
  const ready = new Promise<MapScene>((resolve) => {
    game.scene.add('map', scene, true, {
      map: data,
      callbacks: { onProvince: callbacks.onProvince, onReady: () => resolve(scene) },
    });
  });
  return {
    game,
    scene: ready,
    fit() {
      const scale = game.scale;
      if (scale && scale.getParentBounds()) scale.refresh();
    },
  };
}
