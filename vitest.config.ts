import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{common,electron,renderer,server,eslint,scripts}/**/*.test.{ts,tsx}', 'tests/electron/**/*.test.ts'],
    environment: 'node',
    // Generous limits: opening embedded PostgreSQL (WASM) or a real cluster on a busy 2-core CI
    // machine can take tens of seconds; a limit is a hang detector, never a speed assertion.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
