// The packet calls through the contract's own dispatcher: inputs and outputs are checked against
// the schemas the renderer sees, and the renderer can only name entries of the inbox.
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../common/contract/dispatch';
import { packetCalls, packetEvents } from '../../../common/contract/packets';
import { cleanApplication } from '../../../common/domain/fixtures';
import { EventBus } from '../event-bus';
import { buildPacketFiles, writePacketFolder, writePacketZip, type PacketFiles } from '../samples/sample-packets';
import { Vault } from '../vault/vault';
import { createPacketHandlers, type PacketPicker } from './handlers';

let clean: PacketFiles;
let work: string;
let inbox: string;
let vault: Vault;

beforeAll(async () => {
  clean = await buildPacketFiles(cleanApplication());
});
beforeEach(async () => {
  work = await fsp.mkdtemp(join(tmpdir(), 'verikop-packet-calls-'));
  inbox = join(work, 'inbox');
  vault = Vault.forDataDir(join(work, 'data'));
});
afterEach(async () => {
  await fsp.rm(work, { recursive: true, force: true });
});

const call = (name: string, input: unknown, pickPacket?: PacketPicker) =>
  dispatch(packetCalls, createPacketHandlers({ vault, inboxDir: inbox, ...(pickPacket ? { pickPacket } : {}) }), name, input);

describe('the inbox (web host)', () => {
  it('lists .zip files and folders, not links, hidden entries or other files; creates the folder', async () => {
    expect(await call('packets.listInbox', {})).toEqual({ ok: true, value: { folder: inbox, entries: [] } });
    await writePacketZip(join(inbox, 'kcp-bontang.zip'), clean);
    await writePacketFolder(join(inbox, 'kcp-bontang-folder'), clean);
    await fsp.writeFile(join(inbox, 'catatan.txt'), 'bukan paket');
    await fsp.writeFile(join(inbox, '.tersembunyi.zip'), 'x');
    await fsp.symlink('/etc', join(inbox, 'tautan'));

    const listed = await call('packets.listInbox', {});

    expect(listed.ok && (listed.value as { entries: { name: string; kind: string }[] }).entries.map((e) => [e.name, e.kind])).toEqual([
      ['kcp-bontang-folder', 'folder'],
      ['kcp-bontang.zip', 'zip'],
    ]);
  });

  it('imports an entry by name and answers the validated application', async () => {
    await writePacketZip(join(inbox, 'kcp-bontang.zip'), clean);
    const result = await call('packets.importFromInbox', { name: 'kcp-bontang.zip' });
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as { status: string; application: { id: string; documents: { sha256: string }[] } }) : undefined;
    expect(value?.status).toBe('imported');
    expect(value?.application.id).toBe('app-2026-0042');
    for (const doc of value?.application.documents ?? []) expect(await vault.has(doc.sha256)).toBe(true);
  });

  it.each(['../data', '/etc/passwd', 'tautan', 'tidak-ada.zip', '.', 'C:\\Windows', 'a/b.zip'])(
    'refuses a name that is not an inbox entry: %j',
    async (name) => {
      await fsp.mkdir(inbox, { recursive: true });
      await fsp.symlink('/etc', join(inbox, 'tautan')).catch(() => undefined);
      const result = await call('packets.importFromInbox', { name });
      expect(result).toMatchObject({ ok: false, error: { code: 'packet_inbox_unknown' } });
      expect(await vault.list()).toEqual([]);
    },
  );

  it('refuses malformed input before any handler runs', async () => {
    expect(await call('packets.importFromInbox', { name: '', path: '/etc' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await call('packets.pickAndImport', { kind: 'path', path: '/etc' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
});

describe('the dialog (Electron)', () => {
  it('says where to put packets when the host has no dialog', async () => {
    const result = await call('packets.pickAndImport', { kind: 'zip' });
    expect(result).toMatchObject({ ok: false, error: { code: 'packet_picker_unavailable' } });
    expect(result.ok ? '' : result.error.message).toContain(inbox);
  });

  it('answers cancelled when the person closes the dialog', async () => {
    expect(await call('packets.pickAndImport', { kind: 'folder' }, () => Promise.resolve(undefined))).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('imports what the person picked, asking the dialog for the kind the renderer named', async () => {
    const folder = join(work, 'dipilih');
    await writePacketFolder(folder, clean);
    const asked: string[] = [];
    const result = await call('packets.pickAndImport', { kind: 'folder' }, (kind) => {
      asked.push(kind);
      return Promise.resolve(folder);
    });
    expect(asked).toEqual(['folder']);
    expect(result).toMatchObject({ ok: true, value: { status: 'imported', storedFiles: clean.files.length + 1 } });
  });
});

it('progress events fit the contract', async () => {
  const bus = new EventBus(packetEvents);
  const seen: unknown[] = [];
  bus.subscribe((_name, payload) => {
    seen.push(payload);
  });
  await writePacketZip(join(inbox, 'p.zip'), clean);
  const handlers = createPacketHandlers({ vault, inboxDir: inbox, onProgress: (p) => {
      bus.emit('packets.importProgress', p);
    },
  });
  await dispatch(packetCalls, handlers, 'packets.importFromInbox', { name: 'p.zip' });
  expect(seen.length).toBeGreaterThan(clean.files.length * 2);
  expect(seen.at(-1)).toEqual({ phase: 'storing', done: clean.files.length + 1, total: clean.files.length + 1 });
});
