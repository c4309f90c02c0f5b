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
        // Phaser in its own chunk so the game's own code can be measured apart from it.
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
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
