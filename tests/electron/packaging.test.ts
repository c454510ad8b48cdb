// Packs the app with electron-builder against a stub Electron (the real runtime cannot be
// downloaded here; see STACK-NOTES) and checks what an installer would ship: app.asar holds the
// built main, preload and renderer and nothing else, and the fuses are flipped in the binary.
// The stub carries a real fuse wire (sentinel + Electron's default states) so that
// electron-builder's fuse step runs for real and its result can be read back.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './ensure-built';

const root = path.resolve(import.meta.dirname, '../..');
const electronVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

// @electron/fuses' format: sentinel, wire version 1, wire length, then one byte per fuse.
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseNames = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;
const electronDefaultWire = '10011001';

function readFuses(binary: string): Record<string, boolean> {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(fuseSentinel);
  if (at < 0) throw new Error(`no fuse wire in ${binary}`);
  const wire = at + fuseSentinel.length;
  const length = bytes[wire + 1] ?? 0;
  return Object.fromEntries(fuseNames.slice(0, length).map((name, i) => [name, bytes[wire + 2 + i] === 0x31]));
}

let work: string | undefined;
let unpacked: string;
let asar: string;
let entries: string[];

beforeAll(async () => {
  await ensureBuilt();
  work = await mkdtemp(path.join(tmpdir(), 'verikop-pack-'));
  const stub = path.join(work, 'electron-stub');
  await mkdir(stub);
  await writeFile(
    path.join(stub, 'electron'),
    Buffer.concat([Buffer.from('#!/bin/sh\necho "stub Electron for packaging tests" >&2\nexit 1\n'), Buffer.from(fuseSentinel), Buffer.from([1, 8]), Buffer.from(electronDefaultWire)]),
  );
  await chmod(path.join(stub, 'electron'), 0o755);
  await writeFile(path.join(stub, 'version'), electronVersion);
  const output = path.join(work, 'release');
  try {
    await promisify(execFile)(
      path.join(root, 'node_modules/.bin/electron-builder'),
      ['--linux', 'dir', '--projectDir', root, '--publish', 'never', `-c.electronDist=${stub}`, `-c.directories.output=${output}`],
      { cwd: root, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
  unpacked = path.join(output, 'linux-unpacked');
  asar = path.join(unpacked, 'resources', 'app.asar');
  entries = listPackage(asar, { isPack: false }).map((e) => e.split(path.sep).join('/'));
}, 300_000);

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('app.asar', () => {
  it('holds the built main, preload, renderer, package.json and the documents typeface', () => {
    expect(entries).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/renderer/index.html',
        '/assets/fonts/DejaVuSans.ttf',
        '/assets/fonts/DejaVuSans-Bold.ttf',
        '/assets/fonts/DejaVu-LICENSE.txt',
      ]),
    );
  });

  it('holds nothing but those (no sources, tests, docs, node_modules or source maps)', () => {
    const allowed = (e: string): boolean =>
      e === '/package.json' ||
      e === '/dist' ||
      e === '/dist/electron' ||
      e === '/dist/electron/main.cjs' ||
      e === '/dist/electron/preload.cjs' ||
      e === '/dist/renderer' ||
      e.startsWith('/dist/renderer/') ||
      e === '/assets' ||
      e === '/assets/fonts' ||
      /^\/assets\/fonts\/[^/]+\.(ttf|txt)$/.test(e);
    expect(entries.filter((e) => !allowed(e))).toEqual([]);
    expect(entries.filter((e) => /\.(map|tsx?|mts|cts)$/.test(e))).toEqual([]);
    expect(entries.filter((e) => /^\/(tests|docs|electron|renderer|common|server|scripts|node_modules|build)(\/|$)/.test(e))).toEqual([]);
  });

  it('ships the main bundle as built, and package.json points at it', () => {
    expect(extractFile(asar, 'dist/electron/main.cjs').equals(readFileSync(path.join(root, 'dist/electron/main.cjs')))).toBe(true);
    const packed = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main?: string };
    expect(packed.main).toBe('dist/electron/main.cjs');
  });

  it('holds every script and stylesheet index.html loads', () => {
    const html = extractFile(asar, 'dist/renderer/index.html').toString('utf8');
    const refs = [...html.matchAll(/(?:src|href)="(\.?\/?[^"#?:]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(entries, ref).toContain(`/dist/renderer/${ref.replace(/^\.?\//, '')}`);
    }
  });
});

describe('packaged binary', () => {
  it('has the security fuses flipped', () => {
    const binary = path.join(unpacked, 'verikop');
    expect(existsSync(binary)).toBe(true);
    expect(readFuses(binary)).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('carries an update config for the generic provider', () => {
    const updateConfig = readFileSync(path.join(unpacked, 'resources', 'app-update.yml'), 'utf8');
    expect(updateConfig).toMatch(/^provider: generic$/m);
  });
});
