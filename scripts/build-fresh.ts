/**
 * Builds the game with Vite only when the build is older than its sources. The e2e setup and the
 * browser benchmark call it, so a second run in a row skips the ~20 s build. Any file under src/ or
 * assets/, index.html, the Vite config or package.json newer than dist/index.html makes it rebuild.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'assets', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** The newest modification time (ms) of a file or of any file under a directory. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/** True when `outDir/index.html` exists and is newer than every input of the build. */
export function buildIsFresh(root: string, outDir = join(root, 'dist')): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return INPUTS.every((p) => newest(join(root, p)) <= built);
}

/**
 * Runs `vite build` (the project's own config) into `outDir` unless it is fresh or `force` is set.
 * Returns whether it built.
 */
export async function ensureBuild(root: string, opts: { outDir?: string; force?: boolean } = {}): Promise<boolean> {
  const outDir = opts.outDir ?? join(root, 'dist');
  if (!opts.force && buildIsFresh(root, outDir)) return false;
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return true;
}
