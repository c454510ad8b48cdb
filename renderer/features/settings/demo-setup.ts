// Demo mode from the first run, in one step: main starts the demo (local server, demo users,
// sample applications) and signs in as the chosen demo person; this device then takes that
// person's profile, their demo certificate (the demo passphrase is public) and, if none is set,
// the default letter-number pattern. A person trying a demo expects to land in a working app,
// not to type credentials they were never given — so nothing is asked of them here.
import { getLetterNumberSettings, getProfile, saveLetterNumberSettings, saveProfile, type SettingsDb } from '../../db/settings';
import type { SyncStatus } from '../../../common/contract/sync';
import { api } from '../../platform/api';
import { demoReplacesOwnSetup } from './demo-replaces';
import { checkLetterNumber, formOf } from './letter-number';

export type DemoRole = 'verifier' | 'supervisor';

export interface DemoReady {
  readonly name: string;
  readonly username: string;
  readonly serverUrl: string;
  readonly usernames: readonly string[];
  readonly password: string;
  readonly status: SyncStatus;
}

async function ok<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

/** Reads the profile, the sign-in and the demo's address now, and answers demoReplacesOwnSetup. */
export async function demoWouldReplace(db: SettingsDb): Promise<boolean> {
  const [profile, status, demo] = await Promise.all([getProfile(db), ok(api.call('sync.status', {})), ok(api.call('app.demoStatus', {}))]);
  return demoReplacesOwnSetup(profile, status, demo);
}

export async function startDemoAs(db: SettingsDb, role: DemoRole): Promise<DemoReady> {
  const demo = await ok(api.call('app.startDemo', { signInAs: role }));
  const account = demo.accounts.find((a) => a.role === role);
  if (account === undefined) throw new Error(`Akun demo ${role} tidak ada.`);
  await saveProfile(db, { name: account.name, nip: account.nip, position: account.position, role });

  const certificates = await ok(api.call('signing.listCertificates', {}));
  const now = new Date().toISOString();
  if (!certificates.some((c) => c.nip === account.nip && c.validTo > now)) {
    const { token } = await ok(api.call('signing.chooseCertificateFromInbox', { name: account.certificateFile }));
    await ok(api.call('signing.importCertificate', { token, passphrase: demo.password }));
  }

  if ((await getLetterNumberSettings(db)) === undefined) {
    const pattern = checkLetterNumber(formOf(undefined), new Date().getFullYear());
    if (pattern.ok) await saveLetterNumberSettings(db, pattern.input);
  }
  return {
    name: account.name,
    username: account.username,
    serverUrl: demo.serverUrl,
    usernames: demo.accounts.map((a) => a.username),
    password: demo.password,
    status: demo.status,
  };
}
