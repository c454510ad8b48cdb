// End-to-end tests in Debian's Chromium (no browser download) against the web host that
// tests/e2e/global-setup.ts builds and starts; the Electron spec runs as its own project and
// skips itself where the Electron binary is absent.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Project } from '@playwright/test';

const here = import.meta.dirname;

const chromium: Project = {
  name: 'chromium',
  testDir: path.join(here, 'tests', 'e2e'),
  testMatch: '**/*.spec.ts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
};

const electronSpec = path.join(here, 'tests', 'electron', 'electron.spec.ts');
// Only the spec: tests/electron also holds vitest files (the packaging test).
const electron: Project = { name: 'electron', testDir: path.dirname(electronSpec), testMatch: 'electron.spec.ts' };

export default defineConfig({
  globalSetup: path.join(here, 'tests', 'e2e', 'global-setup.ts'),
  // Kept apart from test-results/ itself, which Playwright empties at start and where the test
  // runner also keeps the unit-test report.
  outputDir: path.join(here, 'test-results', 'e2e-artifacts'),
  reporter: [['list'], ['json', { outputFile: path.join(here, 'test-results', 'e2e.json') }]],
  // Two shared CPU cores and one web host: one worker keeps timings calm.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: existsSync(electronSpec) ? [chromium, electron] : [chromium],
});
