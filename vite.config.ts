import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/vite-csp.js';

// Everything the game needs at run time ships from assets/ (served at the site root): no CDN, no network.
export default defineConfig({
  // Content-Security-Policy: only the page's own origin (docs/reliability.md).
  plugins: [cspPlugin()],
  publicDir: 'assets',
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // Phaser in its own chunk so the game's own code can be measured apart from it. Vendors the
        // start screen does not need get chunks of their own, loaded with the code that imports them
        // (`import()`): the map's projection, the review's charts, the sounds.
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          if (/node_modules\/(d3-|topojson)/.test(id)) return 'vendor-map';
          if (/node_modules\/(chart\.js|@kurkle)/.test(id)) return 'vendor-charts';
          if (id.includes('node_modules/howler')) return 'vendor-audio';
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: { port: 5173, strictPort: false, open: false },
  preview: { port: 4173 },
  worker: { format: 'es' },
});
