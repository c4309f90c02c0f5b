import { defineConfig } from 'vitest/config';

// Unit, scenario, property and architecture tests: DOM-free code only, in Node.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    // fast-check from a fixed seed unless FUZZ_SEED says otherwise (tests/setup/fastcheck.ts).
    setupFiles: ['tests/setup/fastcheck.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
