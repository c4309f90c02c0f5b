/**
 * The built JavaScript's size: every dist/assets/*.js file gzipped (zlib level 9) and grouped into the
 * game's own code, Phaser and the other vendor libraries, after the chunk names vite.config.ts gives
 * (`phaser-*`, `vendor-*`), the web workers' chunks (`*.worker-*`) and the rest, the game's own code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type Group = 'own' | 'worker' | 'phaser' | 'vendor';

export interface BundleSizes {
  /** Kilobytes (1 KB = 1024 bytes) after gzip, per group. */
  ownKb: number;
  /** Web worker chunks (`*.worker-*`), loaded only when used; each bundles its own copy of what it imports. */
  workerKb: number;
  phaserKb: number;
  vendorKb: number;
  totalKb: number;
  /** Raw (not gzipped) total, KB. */
  rawKb: number;
  files: { name: string; group: Group; gzipKb: number }[];
}

/** Measures the .js files under `<outDir>/assets`. */
export function bundleSizes(outDir: string): BundleSizes {
  const dir = join(outDir, 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js')).map((name) => {
    const buf = readFileSync(join(dir, name));
    const group: Group = name.startsWith('phaser-') ? 'phaser' : name.startsWith('vendor-') ? 'vendor' : /\.worker-/.test(name) ? 'worker' : 'own';
    return { name, group, gzipKb: gzipSync(buf, { level: 9 }).length / 1024, rawKb: buf.length / 1024 };
  });
  const sum = (g?: string) => files.filter((f) => !g || f.group === g).reduce((s, f) => s + f.gzipKb, 0);
  return {
    ownKb: sum('own'), workerKb: sum('worker'), phaserKb: sum('phaser'), vendorKb: sum('vendor'), totalKb: sum(),
    rawKb: files.reduce((s, f) => s + f.rawKb, 0),
    files: files.map(({ name, group, gzipKb }) => ({ name, group, gzipKb })),
  };
}
