// The client's sync tests against the real server (a PGlite data folder, in-process or as a
// child process that is killed): `npm run test:sync`. They sit in tests/ because they span the
// renderer's engine, main's sync service and the server, which no single area may import.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '..', '..'),
  test: {
    include: ['tests/sync/**/*.test.ts'],
    environment: 'node',
    // Starting PGlite and child servers takes seconds on a loaded two-core machine; these are
    // hang detectors, not performance assertions.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One file at a time: they start servers and child processes.
    fileParallelism: false,
  },
});
