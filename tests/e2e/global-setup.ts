/**
 * E2E global setup: builds the game with Vite (only when dist/ is older than its sources, or when
 * E2E_FORCE_BUILD is set; E2E_SKIP_BUILD reuses any existing build) and serves dist/ from the small
 * static server in scripts/ on a free port (no network beyond localhost). The URL reaches the tests
 * through vitest's `provide`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIsFresh } from '../../scripts/build-fresh.js';
import { serveStatic, type StaticServer } from '../../scripts/static-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: StaticServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  const dist = join(root, 'dist');
  const skip = process.env.E2E_SKIP_BUILD && existsSync(join(dist, 'index.html'));
  if (!skip && (process.env.E2E_FORCE_BUILD || !buildIsFresh(root, dist))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return async () => {
    await server?.close();
  };
}
