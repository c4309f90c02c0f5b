/**
 * Whether WebGL runs on a software rasteriser (SwiftShader, llvmpipe, Microsoft Basic Render): a
 * browser without GPU acceleration, a virtual machine, a blocklisted driver, a headless test run. There
 * every WebGL frame is rasterised on the CPU and read back for a compositor that works in software too,
 * so the map draws with Canvas 2D instead (mapView.ts; docs/performance.md, "Browser"). On a GPU it
 * keeps WebGL with multisampling.
 */
let cached: boolean | null = null;

/** True when the browser's WebGL renderer is a software one. Probes once, then caches. */
export function softwareGL(): boolean {
  if (cached !== null) return cached;
  cached = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return cached;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    cached = /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
    gl.getExtension('WEBGL_lose_context')?.loseContext(); // free the probe's context at once
  } catch {
    cached = false;
  }
  return cached;
}
