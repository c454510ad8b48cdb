// The evidence calls over a real vault in a temporary data folder, with real files: photos are
// stored as their exact bytes with their EXIF time and place; anything that is not a photo is
// refused in Indonesian and leaves the vault as it was.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, dispatch } from '../../../common/contract';
import { documentsCalls } from '../../../common/contract/documents';
import type { CalendarDate } from '../../../common/domain';
import { cleanApplication, sampleOffice, sampleSupervisor, sampleTeam, suggestedFindings, VERIFICATION_DATE } from '../../../common/domain/fixtures';
import { documentsHandlers } from '../documents/service';
import { Vault } from '../vault/vault';
import { createEvidenceHandlers, type PhotoPicker } from './handlers';
import { readPhotoFile } from './photo-file';
import { drawnImage, withExif } from './testing/exif-jpeg';

let dataDir: string;
let vault: Vault;
let inboxDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'verikop-photos-'));
  vault = Vault.forDataDir(dataDir);
  inboxDir = path.join(dataDir, 'photos-inbox');
  await mkdir(inboxDir);
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const site = withExif(drawnImage('jpg', 640, 480), { dateTimeOriginal: '2026:03:30 10:15:00', offsetTimeOriginal: '+08:00', gps: { lat: 0.13, lon: 117.5 } });

async function put(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(inboxDir, name);
  await writeFile(file, bytes);
  return file;
}

const handlers = (pickPhotos?: PhotoPicker) => createEvidenceHandlers({ vault, inboxDir, pickPhotos });

describe('evidence.importPhotoFromInbox', () => {
  it('stores the photo as its exact bytes and answers its SHA-256, size, time and place', async () => {
    await put('depan-kantor.jpg', site);
    const photo = await handlers()['evidence.importPhotoFromInbox']({ name: 'depan-kantor.jpg' });
    expect(calls['evidence.importPhotoFromInbox'].output.parse(photo)).toEqual(photo);
    expect(photo).toMatchObject({ sha256: sha256(site), fileName: 'depan-kantor.jpg', mediaType: 'image/jpeg', sizeBytes: site.length, width: 640, height: 480, takenAt: '2026-03-30T10:15:00+08:00' });
    expect(photo.location?.lat).toBeCloseTo(0.13, 6);
    const stored = await vault.read(photo.sha256);
    expect(stored.mediaType).toBe('image/jpeg');
    expect(sha256(stored.bytes)).toBe(photo.sha256);
  });

  it('takes a PNG too, and the same photo twice is stored once', async () => {
    const png = drawnImage('png', 200, 100);
    await put('denah.png', png);
    const first = await handlers()['evidence.importPhotoFromInbox']({ name: 'denah.png' });
    const again = await handlers()['evidence.importPhotoFromInbox']({ name: 'denah.png' });
    expect(first).toMatchObject({ mediaType: 'image/png', width: 200, height: 100 });
    expect(again.sha256).toBe(first.sha256);
    expect(await vault.list()).toHaveLength(1);
  });

  it.each([
    ['a PDF named as a photo', 'foto.jpg', '%PDF-1.7\n1 0 obj <<>> endobj\n', 'photo_not_image', /bukan foto JPEG atau PNG/],
    ['a text file', 'catatan.png', 'ini bukan gambar', 'photo_not_image', /bukan foto JPEG atau PNG/],
    ['an empty file', 'kosong.jpg', '', 'photo_not_image', /kosong/],
    ['a JPEG cut off before its frame header', 'terpotong.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]), 'photo_damaged', /rusak/],
  ])('refuses %s and stores nothing', async (_what, name, bytes, code, message) => {
    await put(name, bytes);
    await expect(handlers()['evidence.importPhotoFromInbox']({ name })).rejects.toMatchObject({ code, message: expect.stringMatching(message) as unknown });
    expect(await vault.list()).toEqual([]);
  });

  it('refuses names outside the folder, links and names not in it', async () => {
    const outside = path.join(dataDir, 'rahasia.jpg');
    await writeFile(outside, site);
    await symlink(outside, path.join(inboxDir, 'tautan.jpg'));
    for (const name of ['../rahasia.jpg', 'tautan.jpg', 'tidak-ada.jpg', '.tersembunyi.jpg']) {
      await expect(handlers()['evidence.importPhotoFromInbox']({ name })).rejects.toMatchObject({ code: 'photo_inbox_unknown', message: expect.stringContaining(inboxDir) as unknown });
    }
    expect(await vault.list()).toEqual([]);
  });

  it('lists only photo files of the folder, with size and time', async () => {
    await put('b.JPG', site);
    await put('a.png', drawnImage('png'));
    await put('dokumen.pdf', '%PDF-1.7');
    await mkdir(path.join(inboxDir, 'folder.jpg'));
    const listing = await handlers()['evidence.listPhotoInbox']({});
    expect(listing.folder).toBe(inboxDir);
    expect(listing.entries.map((e) => e.name)).toEqual(['a.png', 'b.JPG']);
    expect(listing.entries[1]?.size).toBe(site.length);
  });
});

describe('reading a photo file', () => {
  it('refuses a file over the limit before reading it whole', async () => {
    const file = await put('besar.jpg', site);
    await expect(readPhotoFile(file, 'besar.jpg', { noFollow: true, maxBytes: site.length - 1 })).rejects.toMatchObject({ code: 'photo_too_large', message: expect.stringContaining('besar.jpg') as unknown });
    await expect(readPhotoFile(file, 'besar.jpg', { noFollow: true, maxBytes: site.length })).resolves.toMatchObject({ bytes: site });
  });
});

describe('evidence.pickPhotos', () => {
  it('stores each chosen photo and refuses the others one by one', async () => {
    const good = await put('depan.jpg', site);
    const bad = await put('surat.jpg', '%PDF-1.7');
    const answer = await handlers(() => Promise.resolve([{ path: good, fileName: 'depan.jpg' }, { path: bad, fileName: 'surat.jpg' }]))['evidence.pickPhotos']({});
    expect(calls['evidence.pickPhotos'].output.parse(answer)).toEqual(answer);
    if (answer.status !== 'picked') throw new Error('expected picked');
    expect(answer.photos.map((p) => p.sha256)).toEqual([sha256(site)]);
    expect(answer.refused).toEqual([{ fileName: 'surat.jpg', code: 'photo_not_image', message: expect.stringMatching(/^Berkas "surat.jpg" bukan foto/) as unknown }]);
  });

  it('answers cancelled when the person closes the dialog', async () => {
    expect(await handlers(() => Promise.resolve(undefined))['evidence.pickPhotos']({})).toEqual({ status: 'cancelled' });
  });

  it('without a dialog (the web host) points at the photo inbox folder', async () => {
    await expect(handlers()['evidence.pickPhotos']({})).rejects.toMatchObject({ code: 'photo_picker_unavailable', message: expect.stringContaining(inboxDir) as unknown });
  });
});

describe('a photo taken in as evidence', () => {
  it('lands in the Berita Acara photo appendix with the time and place read from its EXIF', async () => {
    await put('kantor-kcp.jpg', site);
    const photo = await handlers()['evidence.importPhotoFromInbox']({ name: 'kantor-kcp.jpg' });
    // What the renderer pins to the finding (renderer/features/findings/photo-facts.ts, photoRef).
    const evidence = { kind: 'photo' as const, blobSha256: photo.sha256, takenAt: photo.takenAt, lat: photo.location?.lat, lon: photo.location?.lon };
    const app = cleanApplication();
    const findings = suggestedFindings(app, VERIFICATION_DATE as CalendarDate).map((f) => (f.requirement === 'R2' ? { ...f, evidence: [...f.evidence, evidence] } : f));
    const input = { application: app, findings, number: '500.3/016/DKUKMP/2026', date: VERIFICATION_DATE, office: sampleOffice, team: sampleTeam, acknowledgedBy: sampleSupervisor };
    const answer = await dispatch(documentsCalls, documentsHandlers({ vault }), 'documents.generate', { kind: 'verification_report', input });
    if (!answer.ok) throw new Error(answer.error.message);
    const file = path.join(dataDir, 'ba.pdf');
    const { sha256: pdf } = documentsCalls['documents.generate'].output.parse(answer.value);
    await writeFile(file, (await vault.read(pdf)).bytes);
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Foto 1. R2');
    expect(text).toContain('Waktu: 30 Maret 2026 pukul 10.15 WITA');
    expect(text).toContain('Lokasi: 0,13000° LU, 117,50000° BT');
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    expect(images).toMatch(/\b640\s+480\b/);
  });
});
