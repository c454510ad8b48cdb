import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{common,electron,renderer,server,eslint,scripts}/**/*.test.{ts,tsx}', 'tests/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
