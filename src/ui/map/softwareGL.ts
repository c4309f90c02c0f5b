/**
 * Whether WebGL runs on a software rasteriser (SwiftShader, llvmpipe, Microsoft Basic Render): a
 * browser without GPU acceleration, a virtual machine, a blocklisted driver, a headless test run. There
 * multisample antialiasing costs about two thirds of every map frame (measured: 200 ms -> 67-83 ms per
 * frame in headless Chromium on 2 loaded cores), so the map turns it off; on a GPU it stays on.
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
