// The certificate inbox on a real folder with real .p12 files: what is listed, what a name may
// reach (nothing outside the folder, no links, nothing too large), and the whole path from a
// name to an imported certificate through the contract calls.
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../common/contract';
import { signingCalls } from '../../../common/contract/signing';
import { Vault } from '../vault/vault';
import { CertificateInbox, certificateInboxFor } from './certificate-inbox';
import { DemoCa } from './demo-pki';
import { CertificateIntake } from './intake';
import { Keystore, MAX_P12_BYTES } from './keystore';
import { signingHandlers } from './service';
import { TrustAnchors } from './trust-anchors';

const PASSPHRASE = 'Sandi-Andi-2026';

describe('certificate inbox', () => {
  let dataDir: string;
  let inboxDir: string;
  let p12: Uint8Array;
  let call: (name: string, input: unknown) => ReturnType<typeof dispatch>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-cert-inbox-'));
    inboxDir = certificateInboxFor(dataDir);
    p12 = DemoCa.create().issueSigner({ commonName: 'Andi Pratiwi Rahman, S.E.', nip: '198203152008012007' }, PASSPHRASE).p12;
    const handlers = signingHandlers({
      vault: Vault.forDataDir(dataDir),
      keystore: Keystore.forDataDir(dataDir),
      trustAnchors: TrustAnchors.forDataDir(dataDir),
      intake: new CertificateIntake(undefined),
      certificateInbox: new CertificateInbox(inboxDir),
    });
    call = (name, input) => dispatch(signingCalls, handlers, name, input);
  });

  it('creates the folder on first use and lists nothing in it', async () => {
    expect(await call('signing.listCertificateInbox', {})).toEqual({ ok: true, value: { folder: inboxDir, entries: [] } });
    expect(await readdir(inboxDir)).toEqual([]);
  });

  it('lists only plain .p12/.pfx files directly in the folder, with their sizes', async () => {
    const outside = path.join(dataDir, 'di-luar.p12');
    await writeFile(outside, p12);
    await writeFile(path.join(inboxDir, 'andi.p12'), p12);
    await writeFile(path.join(inboxDir, 'CADANGAN.PFX'), p12);
    await writeFile(path.join(inboxDir, 'README.txt'), 'kata sandi');
    await writeFile(path.join(inboxDir, '.tersembunyi.p12'), p12);
    await mkdir(path.join(inboxDir, 'folder.p12'));
    await writeFile(path.join(inboxDir, 'folder.p12', 'dalam.p12'), p12);
    await symlink(outside, path.join(inboxDir, 'tautan.p12'));
    expect(await call('signing.listCertificateInbox', {})).toEqual({
      ok: true,
      value: {
        folder: inboxDir,
        entries: [
          { name: 'andi.p12', size: p12.length },
          { name: 'CADANGAN.PFX', size: p12.length },
        ],
      },
    });
  });

  it('turns a listed name into a token that imports with the passphrase, retrying after a wrong one', async () => {
    const chosen = await call('signing.chooseCertificateFromInbox', { name: 'andi.p12' });
    expect(chosen).toMatchObject({ ok: true, value: { fileName: 'andi.p12' } });
    const token = chosen.ok ? (chosen.value as { token: string }).token : '';
    expect(await call('signing.importCertificate', { token, passphrase: 'keliru' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase' },
    });
    expect(await call('signing.importCertificate', { token, passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { subjectName: 'Andi Pratiwi Rahman, S.E.', nip: '198203152008012007', issuerName: 'Verikop Demo CA' },
    });
    // The inbox file stays where the person put it.
    expect((await readdir(inboxDir)).includes('andi.p12')).toBe(true);
  });

  it.each([
    ['a name not in the folder', 'budi.p12'],
    ['a path out of the folder', '../di-luar.p12'],
    ['an absolute path', path.join(tmpdir(), 'di-luar.p12')],
    ['a path into a sub-folder', 'folder.p12/dalam.p12'],
    ['a link to a file outside', 'tautan.p12'],
    ['a folder', 'folder.p12'],
    ['a hidden file', '.tersembunyi.p12'],
    ['a file that is not a certificate', 'README.txt'],
    ['a name with a control character', 'andi\u0000.p12'],
  ])('refuses %s, naming the file and the folder', async (_what, name) => {
    const answer = await call('signing.chooseCertificateFromInbox', { name });
    expect(answer).toMatchObject({ ok: false, error: { code: 'certificate_inbox_unknown' } });
    expect(!answer.ok && answer.error.message).toContain(inboxDir);
  });

  it('refuses a file too large to be a certificate, and an empty name', async () => {
    await writeFile(path.join(inboxDir, 'besar.p12'), Buffer.alloc(MAX_P12_BYTES + 1));
    expect(await call('signing.chooseCertificateFromInbox', { name: 'besar.p12' })).toMatchObject({
      ok: false,
      error: { code: 'certificate_unreadable', message: expect.stringContaining('terlalu besar') as string },
    });
    expect(await call('signing.chooseCertificateFromInbox', { name: '' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('accepts a file exactly at the size limit as far as reading goes', async () => {
    await writeFile(path.join(inboxDir, 'pas.p12'), Buffer.alloc(MAX_P12_BYTES));
    const staged = await new CertificateInbox(inboxDir).read('pas.p12');
    expect(staged.bytes.length).toBe(MAX_P12_BYTES);
  });
});
