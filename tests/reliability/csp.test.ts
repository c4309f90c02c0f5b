/**
 * The built page declares a Content-Security-Policy that allows only its own origin: checked on the
 * policy itself, on the plugin's server hooks, and on a real `vite build` into a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { DEV_POLICY, HEADER_POLICY, META_POLICY, cspPlugin } from '../../scripts/vite-csp.js';

const ROOT = path.resolve(__dirname, '../..');

/** `default-src 'self'; img-src 'self' data:` -> { 'default-src': ["'self'"], ... }. */
function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

describe('Content-Security-Policy', () => {
  it('allows only the page\'s own origin, with no inline or eval\'d script', () => {
    const p = parse(META_POLICY);
    expect(p['default-src']).toEqual(["'self'"]);
    expect(p['script-src']).toEqual(["'self'"]);
    expect(p['style-src']).toEqual(["'self'"]);
    expect(p['connect-src']).toEqual(["'self'"]);
    expect(p['object-src']).toEqual(["'none'"]);
    expect(p['base-uri']).toEqual(["'self'"]);
    // Phaser's textures and decoded audio: data: and blob: URLs, which are same-document, not remote.
    for (const d of ['img-src', 'media-src']) expect(p[d]).toEqual(["'self'", 'data:', 'blob:']);
    for (const policy of [META_POLICY, HEADER_POLICY, DEV_POLICY]) {
      expect(policy).not.toMatch(/unsafe-eval|\*|https?:/);
      expect(parse(policy)['script-src']).toEqual(["'self'"]);
    }
    expect(META_POLICY).not.toMatch(/frame-ancestors/); // ignored in <meta>; the header carries it
    expect(parse(HEADER_POLICY)['frame-ancestors']).toEqual(["'self'"]);
    expect(parse(DEV_POLICY)['style-src']).toContain("'unsafe-inline'"); // Vite's dev client only
  });

  it('the preview and dev servers send it as a header', () => {
    const plugin = cspPlugin();
    for (const [hook, want] of [['configurePreviewServer', HEADER_POLICY], ['configureServer', DEV_POLICY]] as const) {
      const headers: Record<string, string> = {};
      let next = false;
      const server = { middlewares: { use: (fn: (req: unknown, res: unknown, next: () => void) => void) => fn({}, { setHeader: (k: string, v: string) => (headers[k] = v) }, () => (next = true)) } };
      (plugin[hook] as unknown as (s: typeof server) => void)(server);
      expect(headers['Content-Security-Policy']).toBe(want);
      expect(next).toBe(true);
    }
  });

  it('a real build puts the policy first in <head>, and the page has no inline script or style to need more', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ua-csp-'));
    try {
      await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
      const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
      const first = /<(meta|script|link|style)\b[^>]*>/.exec(head)?.[0] ?? '';
      expect(first).toMatch(/http-equiv="Content-Security-Policy"/);
      const content = /content="([^"]*)"/.exec(first)?.[1].replace(/&#39;/g, "'") ?? '';
      expect(content).toBe(META_POLICY);
      expect(html).not.toMatch(/<style\b/i);
      expect(html).not.toMatch(/\sstyle\s*=/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(m[2].trim()).toBe('');
        expect(m[1]).toMatch(/src="\.\/assets\//);
      }
      for (const m of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) expect(m[1]).toMatch(/^(\.\/|data:,$)/);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
