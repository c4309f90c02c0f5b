/**
 * Content-Security-Policy for the game page: only its own origin. The built index.html carries the
 * policy in a `<meta http-equiv>` (so it holds on any static host, even one that sets no headers),
 * and `vite preview` sends it as a header too. The dev server sends a slightly looser header, because
 * Vite's dev client injects CSS as <style> elements and talks to its HMR server over a WebSocket.
 *
 * Phaser builds its default textures from data: URIs and may decode images and audio through blob:
 * URLs, hence `data:`/`blob:` for images and media; `'unsafe-eval'` and inline scripts are never allowed.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The production policy, directive by directive. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives a <meta> policy cannot carry (browsers ignore them there): header only. */
const HEADER_ONLY: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'self'"],
};

/** Dev server only: Vite's injected <style> elements and its HMR WebSocket. */
const DEV_EXTRA: Readonly<Record<string, readonly string[]>> = {
  'style-src': ["'unsafe-inline'"],
  'connect-src': ['ws:', 'wss:'],
};

/** Joins directives into one policy string: `default-src 'self'; script-src 'self'; ...`. */
export function policyText(...parts: Readonly<Record<string, readonly string[]>>[]): string {
  const merged = new Map<string, string[]>();
  for (const part of parts) {
    for (const [name, values] of Object.entries(part)) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...values])]);
  }
  return [...merged].map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The policy as the built page's <meta> carries it. */
export const META_POLICY = policyText(CSP_DIRECTIVES);
/** The policy as `vite preview` sends it. */
export const HEADER_POLICY = policyText(CSP_DIRECTIVES, HEADER_ONLY);
/** The dev server's looser policy. */
export const DEV_POLICY = policyText(CSP_DIRECTIVES, HEADER_ONLY, DEV_EXTRA);

/** The <meta> tag, first in <head> so it governs every script and stylesheet after it. */
export function cspMetaTag(): HtmlTagDescriptor {
  return { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY }, injectTo: 'head-prepend' };
}

/** The Vite plugin: meta tag in the built page, header on the preview and dev servers. */
export function cspPlugin(): Plugin {
  return {
    name: 'unlikely-alliances-csp',
    // Build only: in dev the header (looser) governs, and a strict meta would block Vite's own client.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return ctx.server ? [] : [cspMetaTag()];
      },
    },
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', DEV_POLICY);
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', HEADER_POLICY);
        next();
      });
    },
  };
}
