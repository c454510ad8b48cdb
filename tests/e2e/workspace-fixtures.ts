// Shared steps of the workspace end-to-end tests: packets written into the web host's inbox
// folder from the domain fixtures (each file given its own id, applicant and arrival date), the
// app opened on a fixed clock, packets imported through the intake screen, and checks and
// screenshots every screen gets.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, type TestInfo } from '@playwright/test';
import type { Application } from '../../common/domain';
import { applicationFailing, cleanApplication } from '../../common/domain/fixtures';
import { buildPacketFiles, writePacketZip } from '../../electron/services/samples/sample-packets';
import { testHost } from './host';

/**
 * Expectations with room for a loaded machine: the tests share two cores with PDF rendering in
 * Chromium and PDF layout in the host, so a page may take longer than the default 5 s to settle.
 */
export const expect = baseExpect.configure({ timeout: 20_000 });

export interface PacketSpec {
  /** Packet (zip) name in the inbox folder, unique per test. */
  readonly name: string;
  readonly id: string;
  readonly applicant: string;
  readonly receivedAt: string;
  /** Base it on the fixture failing this requirement instead of the clean one. */
  readonly fails?: 'R3' | 'R8';
}

function applicationFor(spec: PacketSpec): Application {
  const base = spec.fails === undefined ? cleanApplication() : applicationFailing[spec.fails]();
  return {
    ...base,
    id: spec.id,
    registrationNumber: `PD/KCP-KSP/2026/${spec.id.replace(/\D/g, '').slice(-6).padStart(6, '0')}`,
    applicant: { ...base.applicant, name: spec.applicant },
    receivedAt: spec.receivedAt as Application['receivedAt'],
  };
}

/** Writes each packet as `<name>.zip` into the inbox folder of the running web host. */
export async function writePackets(specs: readonly PacketSpec[]): Promise<void> {
  const inbox = path.join(testHost().dataDir, 'inbox');
  await mkdir(inbox, { recursive: true });
  for (const spec of specs) await writePacketZip(path.join(inbox, `${spec.name}.zip`), await buildPacketFiles(applicationFor(spec)));
}

/**
 * The day of the sample site visit, 10:00 in Bontang: rules and clocks read the same on every
 * run. Only Date is fixed; timers run, so autosave's pause still passes.
 */
export const VISIT = new Date('2026-03-30T10:00:00+08:00');

export async function openApp(page: Page, hashPath: string, now: Date = VISIT): Promise<void> {
  await page.clock.setFixedTime(now);
  const host = testHost();
  await page.goto(host.launchUrl);
  await page.goto(`${host.origin}/#${hashPath}`);
}

export async function importPackets(page: Page, names: readonly string[], now: Date = VISIT): Promise<void> {
  await openApp(page, '/impor', now);
  for (const name of names) {
    await page.getByRole('button', { name: `Impor paket ${name}.zip` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'masuk ke kotak masuk Anda' })).toBeVisible();
  }
}

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/**
 * A screenshot of the screen: into docs/screenshots/ when VERIKOP_SCREENSHOTS=1 (to refresh
 * the committed ones), otherwise beside the test's other output.
 */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file =
    process.env.VERIKOP_SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../../docs/screenshots', `${name}.png`) : testInfo.outputPath(`${name}.png`);
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}
