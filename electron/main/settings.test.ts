import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSettings, settingsFileName } from './settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verikop-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (text: string): Promise<void> => writeFile(path.join(dir, settingsFileName), text);

describe('readSettings', () => {
  it('treats a missing file as no settings (no update check)', async () => {
    expect(await readSettings(dir)).toEqual({ ok: true, settings: {} });
  });

  it('reads an HTTPS update feed and keeps other keys', async () => {
    await write(JSON.stringify({ updateFeedUrl: 'https://verikop.bontangkota.go.id/pembaruan/', syncServer: 'x' }));
    expect(await readSettings(dir)).toEqual({
      ok: true,
      settings: { updateFeedUrl: 'https://verikop.bontangkota.go.id/pembaruan/', syncServer: 'x' },
    });
  });

  it.each(['http://10.0.0.5/pembaruan/', 'file:///tmp/feed', 'bukan alamat', ''])('refuses the feed %j, saying why', async (url) => {
    await write(JSON.stringify({ updateFeedUrl: url }));
    const read = await readSettings(dir);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/updateFeedUrl harus alamat https:\/\//);
  });

  it('reports a file that is not JSON', async () => {
    await write('{ updateFeedUrl: ');
    const read = await readSettings(dir);
    expect(read).toMatchObject({ ok: false });
    if (!read.ok) expect(read.message).toContain('bukan JSON yang valid');
  });

  it('reports a file that is not an object', async () => {
    await write('[1, 2]');
    expect((await readSettings(dir)).ok).toBe(false);
  });

  it('reports an unreadable settings path', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, settingsFileName));
    const read = await readSettings(dir);
    expect(read).toMatchObject({ ok: false });
    if (!read.ok) expect(read.message).toContain('tidak dapat dibaca');
  });
});
