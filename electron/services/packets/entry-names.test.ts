import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameClashes } from './contents';
import { checkDocumentFileName, checkEntryName, collisionKey, isSystemClutter } from './entry-names';

const segment = fc.stringMatching(/^[A-Za-z0-9 _()-][A-Za-z0-9 ._()-]{0,30}$/).filter((s) => s !== '.' && s !== '..');

describe('checkEntryName', () => {
  it('accepts plain relative paths and folder entries', () => {
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean(), (parts, folder) => {
      expect(checkEntryName(parts.join('/') + (folder ? '/' : ''))).toEqual({ ok: true });
    }));
  });

  it('refuses any path with a .. segment, wherever it is', () => {
    fc.assert(fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 3 }), (before, after) => {
      expect(checkEntryName([...before, '..', ...after].join('/')).ok).toBe(false);
    }));
  });

  it.each(['', '/etc/passwd', 'C:/x.pdf', 'c:x.pdf', 'a\\b.pdf', 'a//b.pdf', './a.pdf', 'a/./b', 'nul\u0000.pdf', 'tab\t.pdf', `${'x'.repeat(256)}.pdf`])(
    'refuses %j',
    (name) => {
      expect(checkEntryName(name).ok).toBe(false);
    },
  );
});

describe('checkDocumentFileName', () => {
  it.each(['izin.pdf', 'Laporan Keuangan 2025 (final).pdf', 'sertifikat_kompetensi-2.jpg'])('accepts %j', (name) => {
    expect(checkDocumentFileName(name)).toEqual({ ok: true });
  });
  it.each(['docs/izin.pdf', 'izin.pdf:rahasia', '.htaccess', 'a?.pdf', '../izin.pdf'])('refuses %j', (name) => {
    expect(checkDocumentFileName(name).ok).toBe(false);
  });
});

describe('collisions', () => {
  it('folds case and Unicode normalisation', () => {
    expect(collisionKey('Izin.PDF')).toBe(collisionKey('izin.pdf'));
    expect(collisionKey('Sertifikat-Kompeten\u0073i-Jos\u00e9.pdf')).toBe(collisionKey('sertifikat-kompetensi-jose\u0301.pdf'));
  });

  it('reports exact duplicates and folded collisions separately', () => {
    expect(nameClashes(['a.pdf', 'a.pdf', 'A.pdf', 'b.pdf']).map((p) => p.code)).toEqual(['packet_duplicate_entry', 'packet_name_collision']);
  });

  it('recognises operating-system clutter only', () => {
    expect(['__MACOSX/x/._a.pdf', 'x/.DS_Store', 'Thumbs.db', 'desktop.ini'].every(isSystemClutter)).toBe(true);
    expect(['manifest.json', 'izin.pdf', 'DS_Store.pdf'].some(isSystemClutter)).toBe(false);
  });
});
